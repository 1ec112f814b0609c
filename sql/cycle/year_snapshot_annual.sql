-- A published year's annual results (SPEC 10.2): the rows of year snapshot $version, in the order of the live annual
-- read. The scope placeholder is the caller's condition on a.
SELECT
  a.employee_id, a.name, a.team, a.role, a.year, a.graded_months, a.composite, a.grade, a.salary_adjustment_pct,
  a.published_months
FROM appraisal_year_snapshot_rows a
WHERE a.year = $year AND a.version = $version
  AND ($employee::VARCHAR IS NULL OR a.employee_id = $employee)
  AND ($team::VARCHAR IS NULL OR a.team = $team)
  AND {{scope}}
ORDER BY a.grade IS NULL, a.composite DESC NULLS LAST, a.employee_id
