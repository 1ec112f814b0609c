-- The customers whose first sale ever (not cancelled) fell in the month and was this employee's.
SELECT
  n.customer_id,
  n.order_id AS first_order_id,
  strftime(timezone((SELECT business_timezone FROM cfg_scalar), n.first_sold_at), '%Y-%m-%d %H:%M:%S') AS first_sold_at,
  n.first_amount::DOUBLE AS first_amount,
  n.amount_90d::DOUBLE AS amount_90d
FROM fct_new_customers n
WHERE n.employee_id = $employee AND n.month = $month::DATE
ORDER BY n.first_sold_at, n.customer_id;
