-- The sales behind an employee's month (sales and profit): every order sold in the month, cancelled ones shown as
-- excluded. Times are business-local.
SELECT
  s.order_id,
  strftime(timezone((SELECT business_timezone FROM cfg_scalar), s.sold_at), '%Y-%m-%d %H:%M:%S') AS sold_at,
  s.customer_id,
  s.amount::DOUBLE AS amount,
  s.profit::DOUBLE AS profit,
  s.cancelled,
  NOT s.cancelled AS counted
FROM fct_sales s
WHERE s.employee_id = $employee AND s.month = $month::DATE
ORDER BY s.sold_at, s.order_id;
