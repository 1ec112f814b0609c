-- The tickets of the month credited to the employee with their response SLA, breaches first: the clock duration the
-- customer waited and, beside it, the SLA clock's business minutes and the due time (SPEC 8.3: explain shows both).
SELECT
  t.ticket_id,
  t.channel,
  t.kind,
  strftime(timezone((SELECT business_timezone FROM cfg_scalar), t.created_at), '%Y-%m-%d %H:%M:%S') AS created_at,
  strftime(timezone((SELECT business_timezone FROM cfg_scalar), t.first_response_at), '%Y-%m-%d %H:%M:%S') AS first_response_at,
  t.first_response_minutes::DOUBLE AS first_response_minutes,
  t.sla_clock,
  round(t.sla_business_minutes, 2)::DOUBLE AS sla_business_minutes,
  t.sla_limit_minutes::DOUBLE AS sla_limit_minutes,
  strftime(timezone((SELECT business_timezone FROM cfg_scalar), t.sla_due_at), '%Y-%m-%d %H:%M:%S') AS sla_due_at,
  t.sla_status
FROM fct_tickets t
WHERE t.employee_id = $employee AND t.month = $month::DATE
ORDER BY CASE t.sla_status WHEN 'breach' THEN 0 WHEN 'pending' THEN 1 ELSE 2 END, t.created_at, t.ticket_id;
