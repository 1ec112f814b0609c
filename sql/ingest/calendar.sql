-- calendar: one row per day the company overrides (SPEC 8.1). `default` undoes an earlier override of that day.
WITH typed AS (
  SELECT
    ingest_src.*,
    ingest_date(raw_day) AS day,
    ingest_enum(raw_kind) AS kind,
    ingest_text(raw_name) AS name
  FROM ingest_src
)
SELECT
  *,
  CASE
    WHEN ingest_text(raw_day) IS NULL THEN 'day: missing key'
    WHEN day IS NULL THEN ingest_date_issue('day', raw_day)
    WHEN kind IS NULL OR kind NOT IN ('holiday', 'workday', 'company_holiday', 'default')
      THEN ingest_enum_issue('kind', raw_kind, ['holiday', 'workday', 'company_holiday', 'default'])
  END AS _reason
FROM typed
