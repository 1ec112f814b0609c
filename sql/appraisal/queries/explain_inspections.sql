-- The inspections covering the employee in the month (SPEC 9.4): their person inspections and their team's.
SELECT
  c.inspection_id,
  c.kind,
  i.recorded_team AS team,
  c.process,
  strftime(timezone((SELECT business_timezone FROM cfg_scalar), i.inspected_at), '%Y-%m-%d %H:%M:%S') AS inspected_at,
  i.inspector,
  c.score,
  c.findings_count
FROM fct_inspection_coverage c
JOIN fct_inspections i USING (inspection_id)
WHERE c.employee_id = $employee AND c.month = $month::DATE
ORDER BY i.inspected_at, c.inspection_id;
