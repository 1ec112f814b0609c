-- The leads created in the month and assigned to the employee with their contact SLA (SPEC 9.2, 9.6), breaches first;
-- none when the configuration leaves leads out of process compliance.
SELECT
  l.lead_id,
  l.source,
  strftime(timezone((SELECT business_timezone FROM cfg_scalar), l.created_at), '%Y-%m-%d %H:%M:%S') AS created_at,
  strftime(timezone((SELECT business_timezone FROM cfg_scalar), l.first_contact_at), '%Y-%m-%d %H:%M:%S') AS first_contact_at,
  strftime(timezone((SELECT business_timezone FROM cfg_scalar), l.lost_at), '%Y-%m-%d %H:%M:%S') AS lost_at,
  l.first_contact_minutes,
  l.sla_clock,
  l.sla_business_minutes,
  l.sla_limit_minutes,
  strftime(timezone((SELECT business_timezone FROM cfg_scalar), l.sla_due_at), '%Y-%m-%d %H:%M:%S') AS sla_due_at,
  l.sla_status
FROM fct_leads l
WHERE l.employee_id = $employee AND l.month = $month::DATE AND (SELECT lead_contact_in_compliance FROM cfg_supervision)
ORDER BY CASE l.sla_status WHEN 'breach' THEN 0 WHEN 'pending' THEN 1 ELSE 2 END, l.created_at, l.lead_id;
