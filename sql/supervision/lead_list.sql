-- Leads created in the range, slowest first: by the time waited for the first contact (to the contact, to losing the
-- lead, or to the latest timestamp while waiting), with their SLA status and conversion link. Times in business time.
SELECT
  l.lead_id,
  l.source,
  l.employee_id,
  e.name,
  l.team,
  strftime(timezone((SELECT business_timezone FROM cfg_scalar), l.created_at), '%Y-%m-%d %H:%M') AS created_at,
  strftime(timezone((SELECT business_timezone FROM cfg_scalar), l.first_contact_at), '%Y-%m-%d %H:%M') AS first_contact_at,
  (epoch_us(coalesce(least(l.first_contact_at, l.lost_at), w.latest_at)) - epoch_us(l.created_at)) / 3600e6 AS waited_hours,
  l.sla_business_minutes / 60 AS sla_business_hours,
  l.sla_limit_minutes / 60 AS sla_limit_hours,
  l.sla_status,
  l.conversion_status,
  l.converted_order_id
FROM (SELECT * FROM fct_leads WHERE {{where}}) l
CROSS JOIN wh_latest_timestamp w
LEFT JOIN dim_employees e ON e.employee_id = l.employee_id
ORDER BY waited_hours DESC NULLS LAST, l.lead_id
LIMIT $limit
