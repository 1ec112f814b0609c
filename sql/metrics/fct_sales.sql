-- One row per sale, cut into the business time zone's day, week (Monday) and month; cancelled orders kept and flagged.
CREATE OR REPLACE TABLE fct_sales AS
WITH local AS (
  SELECT s.*, timezone((SELECT business_timezone FROM cfg_scalar), s.sold_at) AS local_at
  FROM stg_sales s
)
SELECT
  l.order_id,
  l.sold_at,
  l.local_at::DATE                          AS local_day,
  date_trunc('week', l.local_at)::DATE      AS week,
  date_trunc('month', l.local_at)::DATE     AS month,
  l.employee_id,
  e.team,
  e.role,
  l.customer_id,
  l.channel,
  l.region,
  l.product,
  l.amount,
  l.profit,
  coalesce(o.cancelled, false)              AS cancelled
FROM local l
LEFT JOIN int_orders o USING (order_id)
LEFT JOIN dim_employees e USING (employee_id);
