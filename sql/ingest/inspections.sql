-- inspections (SPEC 9.4): one row per inspection, of a team or of one person (employee_id). A row needs one of them.
-- A given employee_id must name a known employee (unknown_employees.sql), a given team the team of some loaded
-- employee (inspections_teams.sql): both checked after this step.
WITH typed AS (
  SELECT
    ingest_src.*,
    ingest_text(raw_inspection_id) AS inspection_id,
    ingest_timestamp(raw_inspected_at) AS inspected_at,
    ingest_enum(raw_process) AS process,
    ingest_text(raw_team) AS team,
    ingest_text(raw_employee_id) AS employee_id,
    ingest_text(raw_inspector) AS inspector,
    ingest_number(raw_score) AS score,
    TRY_CAST(ingest_number(raw_findings_count) AS INTEGER) AS findings_count
  FROM ingest_src
)
SELECT
  *,
  CASE
    WHEN inspection_id IS NULL THEN 'inspection_id: missing key'
    WHEN inspected_at IS NULL THEN ingest_timestamp_issue('inspected_at', raw_inspected_at)
    WHEN process IS NULL OR process NOT IN ('customer_acquisition', 'customer_service', 'order_processing', 'data_analysis', 'project_execution')
      THEN ingest_enum_issue('process', raw_process, ['customer_acquisition', 'customer_service', 'order_processing', 'data_analysis', 'project_execution'])
    WHEN team IS NULL AND employee_id IS NULL THEN 'team: missing value: an inspection needs a team or an employee_id'
    WHEN inspector IS NULL THEN 'inspector: missing value'
    WHEN ingest_text(raw_score) IS NULL THEN 'score: missing value'
    WHEN ingest_number_issue('score', raw_score, 0, 100, false) IS NOT NULL THEN ingest_number_issue('score', raw_score, 0, 100, false)
    WHEN ingest_number_issue('findings_count', raw_findings_count, 0, NULL, true) IS NOT NULL
      THEN ingest_number_issue('findings_count', raw_findings_count, 0, NULL, true)
  END AS _reason
FROM typed
