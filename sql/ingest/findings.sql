-- findings (SPEC 9.5): one row per finding, holding its current state. due_on not before found_at's local day;
-- fixed_at, reopened_at and withdrawn_at not before found_at; verified_at needs fixed_at and is not before it; a verdict
-- is given exactly when verified_at is. employee_id (the owner) must name a known employee: checked after this step.
WITH typed AS (
  SELECT
    ingest_src.*,
    ingest_text(raw_finding_id) AS finding_id,
    ingest_timestamp(raw_found_at) AS found_at,
    ingest_enum(raw_source) AS source,
    ingest_text(raw_source_ref) AS source_ref,
    ingest_enum(raw_process) AS process,
    ingest_text(raw_employee_id) AS employee_id,
    ingest_enum(raw_severity) AS severity,
    ingest_date(raw_due_on) AS due_on,
    ingest_timestamp(raw_fixed_at) AS fixed_at,
    ingest_timestamp(raw_verified_at) AS verified_at,
    nullif(ingest_enum(raw_verdict), '') AS verdict,
    ingest_timestamp(raw_reopened_at) AS reopened_at,
    ingest_timestamp(raw_withdrawn_at) AS withdrawn_at
  FROM ingest_src
)
SELECT
  *,
  CASE
    WHEN finding_id IS NULL THEN 'finding_id: missing key'
    WHEN found_at IS NULL THEN ingest_timestamp_issue('found_at', raw_found_at)
    WHEN source IS NULL OR source NOT IN ('inspection', 'anomaly', 'complaint', 'audit', 'other')
      THEN ingest_enum_issue('source', raw_source, ['inspection', 'anomaly', 'complaint', 'audit', 'other'])
    WHEN process IS NULL OR process NOT IN ('customer_acquisition', 'customer_service', 'order_processing', 'data_analysis', 'project_execution')
      THEN ingest_enum_issue('process', raw_process, ['customer_acquisition', 'customer_service', 'order_processing', 'data_analysis', 'project_execution'])
    WHEN employee_id IS NULL THEN 'employee_id: missing value'
    WHEN severity IS NULL OR severity NOT IN ('low', 'medium', 'high')
      THEN ingest_enum_issue('severity', raw_severity, ['low', 'medium', 'high'])
    WHEN due_on IS NULL THEN ingest_date_issue('due_on', raw_due_on)
    WHEN fixed_at IS NULL AND ingest_text(raw_fixed_at) IS NOT NULL THEN ingest_timestamp_issue('fixed_at', raw_fixed_at)
    WHEN verified_at IS NULL AND ingest_text(raw_verified_at) IS NOT NULL THEN ingest_timestamp_issue('verified_at', raw_verified_at)
    WHEN verdict IS NOT NULL AND verdict NOT IN ('effective', 'ineffective')
      THEN ingest_enum_issue('verdict', raw_verdict, ['effective', 'ineffective'])
    WHEN reopened_at IS NULL AND ingest_text(raw_reopened_at) IS NOT NULL THEN ingest_timestamp_issue('reopened_at', raw_reopened_at)
    WHEN withdrawn_at IS NULL AND ingest_text(raw_withdrawn_at) IS NOT NULL THEN ingest_timestamp_issue('withdrawn_at', raw_withdrawn_at)
    WHEN due_on < timezone(getvariable('ingest_timezone'), found_at)::DATE
      THEN 'due_on: date order violated: due_on ' || due_on || ' is before the day of found_at ' || raw_found_at
    WHEN fixed_at < found_at
      THEN 'fixed_at: timestamp order violated: fixed_at ' || raw_fixed_at || ' is before found_at ' || raw_found_at
    WHEN verified_at IS NOT NULL AND fixed_at IS NULL THEN 'verified_at: given without fixed_at'
    WHEN verified_at < fixed_at
      THEN 'verified_at: timestamp order violated: verified_at ' || raw_verified_at || ' is before fixed_at ' || raw_fixed_at
    WHEN verified_at IS NOT NULL AND verdict IS NULL THEN 'verdict: missing value'
    WHEN verdict IS NOT NULL AND verified_at IS NULL THEN 'verdict: given without verified_at'
    WHEN reopened_at < found_at
      THEN 'reopened_at: timestamp order violated: reopened_at ' || raw_reopened_at || ' is before found_at ' || raw_found_at
    WHEN withdrawn_at < found_at
      THEN 'withdrawn_at: timestamp order violated: withdrawn_at ' || raw_withdrawn_at || ' is before found_at ' || raw_found_at
  END AS _reason
FROM typed
