-- The lead funnel (SPEC 9.2) by {{group}} over leads created in the range: leads → contacted → qualified → converted,
-- with the contact SLA and the conversion rate (metric_* macros). An unassigned lead groups under a NULL employee/team.
SELECT
  {{group}} AS slice,
  metric_leads(lead_id) AS leads,
  count(first_contact_at) AS contacted,
  count(qualified_at) AS qualified,
  count_if(conversion_status = 'converted') AS converted,
  count_if(lost_at IS NOT NULL AND conversion_status <> 'converted') AS lost,
  count_if(sla_status = 'within') AS sla_within,
  count_if(sla_status = 'breach') AS sla_breach,
  count_if(sla_status = 'pending') AS sla_pending,
  metric_lead_contact_sla_pct(sla_status) AS lead_contact_sla_pct,
  metric_lead_conversion_pct(conversion_judged, converted_within) AS lead_conversion_pct,
  metric_lead_first_contact_p50_minutes(first_contact_minutes) AS first_contact_p50_minutes,
  metric_lead_first_contact_p90_minutes(first_contact_minutes) AS first_contact_p90_minutes
FROM fct_leads
WHERE {{where}}
GROUP BY ALL
ORDER BY leads DESC, slice NULLS LAST
