-- Warehouse-wide input (kept small and separate so an incremental build can refresh it first): each customer's first
-- sale over orders not cancelled, ever. Two sales at the same instant: the smallest order_id is the first.
CREATE OR REPLACE TABLE int_customer_first_sale AS
SELECT
  s.customer_id,
  arg_min(s.order_id, (s.sold_at, s.order_id)) AS first_order_id,
  min(s.sold_at)                               AS first_sold_at
FROM stg_sales s
LEFT JOIN int_orders o USING (order_id)
WHERE NOT coalesce(o.cancelled, false)
GROUP BY s.customer_id;
