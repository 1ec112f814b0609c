-- The CSAT responses of the month credited to the employee (satisfied = score ≥ 4).
SELECT
  c.response_id,
  strftime(timezone((SELECT business_timezone FROM cfg_scalar), c.responded_at), '%Y-%m-%d %H:%M:%S') AS responded_at,
  c.customer_id,
  c.ticket_id,
  c.order_id,
  c.score,
  c.satisfied
FROM fct_csat c
WHERE c.employee_id = $employee AND c.month = $month::DATE
ORDER BY c.responded_at, c.response_id;
