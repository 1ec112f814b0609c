-- sales: one row per order. amount is never negative; profit may be (a loss) or empty.
-- employee_id must name a known employee: checked after this step (unknown_employees.sql).
WITH typed AS (
  SELECT
    ingest_src.*,
    ingest_text(raw_order_id) AS order_id,
    ingest_timestamp(raw_sold_at) AS sold_at,
    ingest_text(raw_employee_id) AS employee_id,
    ingest_text(raw_customer_id) AS customer_id,
    ingest_decimal(trim(raw_amount)) AS amount,
    ingest_decimal(trim(raw_profit)) AS profit,
    ingest_text(raw_channel) AS channel,
    ingest_text(raw_region) AS region,
    ingest_text(raw_product) AS product
  FROM ingest_src
)
SELECT
  *,
  CASE
    WHEN order_id IS NULL THEN 'order_id: missing key'
    WHEN sold_at IS NULL THEN ingest_timestamp_issue('sold_at', raw_sold_at)
    WHEN employee_id IS NULL THEN 'employee_id: missing value'
    WHEN customer_id IS NULL THEN 'customer_id: missing value'
    WHEN amount IS NULL OR amount < 0
      THEN coalesce(ingest_number_issue('amount', raw_amount, 0, NULL, false), 'amount: missing value')
    WHEN profit IS NULL AND ingest_text(raw_profit) IS NOT NULL THEN ingest_number_issue('profit', raw_profit, NULL, NULL, false)
  END AS _reason
FROM typed
