-- Findings not closed (SPEC 9.5): open (never fixed, or open again after a reopening) or fixed and awaiting
-- verification, withdrawn ones left out; overdue first, then by severity (high first) and age (oldest first).
-- Age in days from found_at's local day to as_of_day. The range filters by due_on.
SELECT
  f.finding_id,
  f.employee_id,
  e.name AS owner,
  f.team,
  f.severity,
  f.process,
  f.source,
  f.source_ref,
  f.origin,
  strftime(timezone((SELECT business_timezone FROM cfg_scalar), f.found_at), '%Y-%m-%d %H:%M') AS found_at,
  strftime(f.due_on, '%Y-%m-%d') AS due_on,
  CASE WHEN f.fixed_at IS NULL THEN CASE WHEN f.reopened_at IS NOT NULL THEN 'reopened' ELSE 'open' END ELSE 'awaiting_verification' END AS state,
  f.overdue_open AS overdue,
  date_diff('day', timezone((SELECT business_timezone FROM cfg_scalar), f.found_at)::DATE, (SELECT as_of_day FROM wh_as_of_day)) AS age_days
FROM (SELECT * FROM fct_findings WHERE {{where}}) f
LEFT JOIN dim_employees e ON e.employee_id = f.employee_id
WHERE f.withdrawn_at IS NULL AND (f.fixed_at IS NULL OR f.verdict IS NULL)
ORDER BY f.overdue_open DESC, CASE f.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, age_days DESC NULLS LAST, f.finding_id
LIMIT $limit
