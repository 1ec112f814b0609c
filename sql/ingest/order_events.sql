-- order_events: one row per order and status. Events out of order across rows load (the models flag them).
WITH typed AS (
  SELECT
    ingest_src.*,
    ingest_text(raw_order_id) AS order_id,
    ingest_enum(raw_status) AS status,
    ingest_timestamp(raw_at) AS "at"
  FROM ingest_src
)
SELECT
  *,
  CASE
    WHEN order_id IS NULL THEN 'order_id: missing key'
    WHEN status IS NULL THEN 'status: missing key'
    WHEN status NOT IN ('received', 'reviewed', 'shipped', 'delivered', 'cancelled')
      THEN ingest_enum_issue('status', raw_status, ['received', 'reviewed', 'shipped', 'delivered', 'cancelled'])
    WHEN "at" IS NULL THEN ingest_timestamp_issue('at', raw_at)
  END AS _reason
FROM typed
