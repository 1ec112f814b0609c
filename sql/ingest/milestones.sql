-- milestones (SPEC 9.3): one row per project and milestone. The project need not be loaded (a warning at build, like
-- an order event without a sale). employee_id (the owner) must name a known employee: checked after this step.
WITH typed AS (
  SELECT
    ingest_src.*,
    ingest_text(raw_project_id) AS project_id,
    ingest_text(raw_milestone_id) AS milestone_id,
    ingest_text(raw_name) AS name,
    ingest_text(raw_employee_id) AS employee_id,
    ingest_date(raw_due_on) AS due_on,
    ingest_date(raw_done_on) AS done_on,
    ingest_date(raw_cancelled_on) AS cancelled_on
  FROM ingest_src
)
SELECT
  *,
  CASE
    WHEN project_id IS NULL THEN 'project_id: missing key'
    WHEN milestone_id IS NULL THEN 'milestone_id: missing key'
    WHEN name IS NULL THEN 'name: missing value'
    WHEN employee_id IS NULL THEN 'employee_id: missing value'
    WHEN due_on IS NULL THEN ingest_date_issue('due_on', raw_due_on)
    WHEN done_on IS NULL AND ingest_text(raw_done_on) IS NOT NULL THEN ingest_date_issue('done_on', raw_done_on)
    WHEN cancelled_on IS NULL AND ingest_text(raw_cancelled_on) IS NOT NULL THEN ingest_date_issue('cancelled_on', raw_cancelled_on)
  END AS _reason
FROM typed
