-- tickets: one row per ticket. channel is free (lower-cased); first_response_at and resolved_at may be empty
-- (unanswered, open) but never before created_at.
-- employee_id must name a known employee: checked after this step (unknown_employees.sql).
WITH typed AS (
  SELECT
    ingest_src.*,
    ingest_text(raw_ticket_id) AS ticket_id,
    nullif(ingest_enum(raw_channel), '') AS channel,
    ingest_enum(raw_kind) AS kind,
    ingest_text(raw_employee_id) AS employee_id,
    ingest_timestamp(raw_created_at) AS created_at,
    ingest_timestamp(raw_first_response_at) AS first_response_at,
    ingest_timestamp(raw_resolved_at) AS resolved_at,
    ingest_bool(raw_escalated) AS escalated
  FROM ingest_src
)
SELECT
  *,
  CASE
    WHEN ticket_id IS NULL THEN 'ticket_id: missing key'
    WHEN channel IS NULL THEN 'channel: missing value'
    WHEN kind IS NULL OR kind NOT IN ('inquiry', 'complaint', 'after_sales')
      THEN ingest_enum_issue('kind', raw_kind, ['inquiry', 'complaint', 'after_sales'])
    WHEN employee_id IS NULL THEN 'employee_id: missing value'
    WHEN created_at IS NULL THEN ingest_timestamp_issue('created_at', raw_created_at)
    WHEN first_response_at IS NULL AND ingest_text(raw_first_response_at) IS NOT NULL
      THEN ingest_timestamp_issue('first_response_at', raw_first_response_at)
    WHEN resolved_at IS NULL AND ingest_text(raw_resolved_at) IS NOT NULL
      THEN ingest_timestamp_issue('resolved_at', raw_resolved_at)
    WHEN escalated IS NULL AND ingest_text(raw_escalated) IS NOT NULL THEN ingest_bool_issue('escalated', raw_escalated)
    WHEN first_response_at < created_at
      THEN 'first_response_at: timestamp order violated: first_response_at ' || raw_first_response_at || ' is before created_at ' || raw_created_at
    WHEN resolved_at < created_at
      THEN 'resolved_at: timestamp order violated: resolved_at ' || raw_resolved_at || ' is before created_at ' || raw_created_at
  END AS _reason
FROM typed
