-- projects (SPEC 9.3): one row per project. planned_end_on, closed_on and cancelled_on never before started_on;
-- an acceptance verdict needs the project closed. employee_id (the owner) must name a known employee: checked after
-- this step (unknown_employees.sql).
WITH typed AS (
  SELECT
    ingest_src.*,
    ingest_text(raw_project_id) AS project_id,
    ingest_text(raw_name) AS name,
    ingest_text(raw_employee_id) AS employee_id,
    ingest_date(raw_started_on) AS started_on,
    ingest_date(raw_planned_end_on) AS planned_end_on,
    ingest_date(raw_closed_on) AS closed_on,
    ingest_bool(raw_accepted) AS accepted,
    ingest_date(raw_cancelled_on) AS cancelled_on
  FROM ingest_src
)
SELECT
  *,
  CASE
    WHEN project_id IS NULL THEN 'project_id: missing key'
    WHEN name IS NULL THEN 'name: missing value'
    WHEN employee_id IS NULL THEN 'employee_id: missing value'
    WHEN started_on IS NULL THEN ingest_date_issue('started_on', raw_started_on)
    WHEN planned_end_on IS NULL THEN ingest_date_issue('planned_end_on', raw_planned_end_on)
    WHEN closed_on IS NULL AND ingest_text(raw_closed_on) IS NOT NULL THEN ingest_date_issue('closed_on', raw_closed_on)
    WHEN accepted IS NULL AND ingest_text(raw_accepted) IS NOT NULL THEN ingest_bool_issue('accepted', raw_accepted)
    WHEN cancelled_on IS NULL AND ingest_text(raw_cancelled_on) IS NOT NULL THEN ingest_date_issue('cancelled_on', raw_cancelled_on)
    WHEN planned_end_on < started_on
      THEN 'planned_end_on: date order violated: planned_end_on ' || planned_end_on || ' is before started_on ' || started_on
    WHEN closed_on < started_on
      THEN 'closed_on: date order violated: closed_on ' || closed_on || ' is before started_on ' || started_on
    WHEN cancelled_on < started_on
      THEN 'cancelled_on: date order violated: cancelled_on ' || cancelled_on || ' is before started_on ' || started_on
    WHEN accepted IS NOT NULL AND closed_on IS NULL THEN 'accepted: a project that is not closed has no acceptance'
  END AS _reason
FROM typed
