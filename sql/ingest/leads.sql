-- leads (SPEC 9.2): one row per lead. employee_id is empty while unassigned; first_contact_at empty while not
-- contacted; qualified_at, first_contact_at and lost_at never before created_at. converted_order_id is resolved at
-- build (lead and sales files arrive in either order), not checked here.
-- A given employee_id must name a known employee: checked after this step (unknown_employees.sql).
WITH typed AS (
  SELECT
    ingest_src.*,
    ingest_text(raw_lead_id) AS lead_id,
    ingest_timestamp(raw_created_at) AS created_at,
    ingest_enum(raw_source) AS source,
    ingest_text(raw_employee_id) AS employee_id,
    ingest_timestamp(raw_first_contact_at) AS first_contact_at,
    ingest_timestamp(raw_qualified_at) AS qualified_at,
    ingest_text(raw_converted_order_id) AS converted_order_id,
    ingest_timestamp(raw_lost_at) AS lost_at,
    ingest_text(raw_lost_reason) AS lost_reason
  FROM ingest_src
)
SELECT
  *,
  CASE
    WHEN lead_id IS NULL THEN 'lead_id: missing key'
    WHEN created_at IS NULL THEN ingest_timestamp_issue('created_at', raw_created_at)
    WHEN source IS NULL OR source NOT IN ('web_form', 'phone', 'event', 'referral', 'other')
      THEN ingest_enum_issue('source', raw_source, ['web_form', 'phone', 'event', 'referral', 'other'])
    WHEN first_contact_at IS NULL AND ingest_text(raw_first_contact_at) IS NOT NULL
      THEN ingest_timestamp_issue('first_contact_at', raw_first_contact_at)
    WHEN qualified_at IS NULL AND ingest_text(raw_qualified_at) IS NOT NULL
      THEN ingest_timestamp_issue('qualified_at', raw_qualified_at)
    WHEN lost_at IS NULL AND ingest_text(raw_lost_at) IS NOT NULL THEN ingest_timestamp_issue('lost_at', raw_lost_at)
    WHEN first_contact_at < created_at
      THEN 'first_contact_at: timestamp order violated: first_contact_at ' || raw_first_contact_at || ' is before created_at ' || raw_created_at
    WHEN qualified_at < created_at
      THEN 'qualified_at: timestamp order violated: qualified_at ' || raw_qualified_at || ' is before created_at ' || raw_created_at
    WHEN lost_at < created_at
      THEN 'lost_at: timestamp order violated: lost_at ' || raw_lost_at || ' is before created_at ' || raw_created_at
  END AS _reason
FROM typed
