-- targets: one row per employee and month. Targets are optional per row (none: no score) but never negative.
-- employee_id must name a known employee: checked after this step (unknown_employees.sql).
WITH typed AS (
  SELECT
    ingest_src.*,
    ingest_text(raw_employee_id) AS employee_id,
    ingest_month(raw_month) AS month,
    ingest_decimal(trim(raw_sales_target)) AS sales_target,
    ingest_decimal(trim(raw_profit_target)) AS profit_target,
    ingest_decimal(trim(raw_new_customers_target)) AS new_customers_target
  FROM ingest_src
)
SELECT
  *,
  CASE
    WHEN employee_id IS NULL THEN 'employee_id: missing key'
    WHEN month IS NULL THEN ingest_month_issue('month', raw_month)
    WHEN (sales_target IS NULL AND ingest_text(raw_sales_target) IS NOT NULL) OR sales_target < 0
      THEN ingest_number_issue('sales_target', raw_sales_target, 0, NULL, false)
    WHEN (profit_target IS NULL AND ingest_text(raw_profit_target) IS NOT NULL) OR profit_target < 0
      THEN ingest_number_issue('profit_target', raw_profit_target, 0, NULL, false)
    WHEN (new_customers_target IS NULL AND ingest_text(raw_new_customers_target) IS NOT NULL) OR new_customers_target < 0
      THEN ingest_number_issue('new_customers_target', raw_new_customers_target, 0, NULL, false)
  END AS _reason
FROM typed
