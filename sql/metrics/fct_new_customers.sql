-- One row per customer at their first sale (int_customer_first_sale), credited to that sale's employee, month, channel.
-- amount_90d: the customer's non-cancelled sales in the window [first_sold_at, first_sold_at + new_customer_window_days × 24 h),
-- first sale included, end excluded; measured in exact instants (no calendar or DST arithmetic).
CREATE OR REPLACE TABLE fct_new_customers AS
WITH window_amount AS (
  SELECT f.customer_id, sum(s.amount) AS amount_90d, count(*) AS orders_90d
  FROM int_customer_first_sale f
  JOIN fct_sales s ON s.customer_id = f.customer_id
  WHERE NOT s.cancelled
    AND s.sold_at >= f.first_sold_at
    AND epoch_us(s.sold_at) - epoch_us(f.first_sold_at) < (SELECT new_customer_window_days FROM cfg_scalar) * 86400000000
  GROUP BY f.customer_id
)
SELECT
  f.customer_id,
  f.first_order_id AS order_id,
  f.first_sold_at,
  s.local_day,
  s.week,
  s.month,
  s.employee_id,
  s.team,
  s.role,
  s.channel,
  s.amount         AS first_amount,
  w.amount_90d,
  w.orders_90d
FROM int_customer_first_sale f
JOIN fct_sales s ON s.order_id = f.first_order_id
LEFT JOIN window_amount w ON w.customer_id = f.customer_id;
