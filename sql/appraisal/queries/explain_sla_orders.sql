-- The orders received in the month and sold by the employee with their cycle SLA, breaches first; cancelled orders
-- have no status and count neither way.
SELECT
  o.order_id,
  strftime(timezone((SELECT business_timezone FROM cfg_scalar), o.received_at), '%Y-%m-%d %H:%M:%S') AS received_at,
  strftime(timezone((SELECT business_timezone FROM cfg_scalar), o.delivered_at), '%Y-%m-%d %H:%M:%S') AS delivered_at,
  o.cycle_hours::DOUBLE AS cycle_hours,
  o.sla_clock,
  round(o.sla_business_minutes / 60, 2)::DOUBLE AS sla_business_hours,
  (SELECT order_cycle_hours FROM cfg_scalar) AS sla_limit_hours,
  strftime(timezone((SELECT business_timezone FROM cfg_scalar), o.sla_due_at), '%Y-%m-%d %H:%M:%S') AS sla_due_at,
  o.cancelled,
  o.sla_status
FROM fct_orders o
WHERE o.employee_id = $employee AND o.month = $month::DATE
ORDER BY CASE o.sla_status WHEN 'breach' THEN 0 WHEN 'pending' THEN 1 WHEN 'within' THEN 2 ELSE 3 END, o.received_at, o.order_id;
