-- A year's annual results (SPEC section 6 fields), best first; the scope placeholder is the caller's scope condition on a.
SELECT
  a.employee_id, a.name, a.team, a.role, a.year, a.graded_months, a.composite, a.grade, a.salary_adjustment_pct
FROM appraisal_annual a
WHERE a.year = $year
  AND ($employee::VARCHAR IS NULL OR a.employee_id = $employee)
  AND ($team::VARCHAR IS NULL OR a.team = $team)
  AND {{scope}}
ORDER BY a.grade IS NULL, a.composite DESC NULLS LAST, a.employee_id;
