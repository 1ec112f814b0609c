-- A year's annual results over the displayed cards (SPEC 10.2): each month contributes its latest snapshot when
-- published, its live cards (adjustments applied) otherwise; the rule of sql/appraisal/07_appraisal_annual.sql, plus
-- published_months. The cards placeholder is cycle/displayed_cards.sql; the scope placeholder the caller's condition on a.
WITH cards AS (
  SELECT c.*, c.month IN (SELECT month FROM appraisal_months WHERE state = 'published') AS published
  FROM {{cards}} c
  WHERE year(c.month) = $year
),
yearly AS (
  SELECT
    s.employee_id,
    year(s.month) AS year,
    arg_max(s.name, s.month) AS name,
    arg_max(s.team, s.month) AS team,
    arg_max(s.role, s.month) AS role,
    count(s.grade)::INTEGER AS graded_months,
    count(*) FILTER (WHERE s.published)::INTEGER AS published_months,
    avg(s.composite) FILTER (WHERE s.grade IS NOT NULL) AS composite
  FROM cards s
  GROUP BY s.employee_id, year(s.month)
),
a AS (
  SELECT
    y.*,
    CASE WHEN y.graded_months >= (SELECT annual_min_graded_months FROM cfg_scalar) THEN grade_band(y.composite) END AS grade
  FROM yearly y
)
SELECT
  a.employee_id, a.name, a.team, a.role, a.year::INTEGER AS year, a.graded_months, a.composite, a.grade,
  g.salary_adjustment_pct, a.published_months
FROM a
LEFT JOIN cfg_grade g ON g.grade = a.grade
WHERE ($employee::VARCHAR IS NULL OR a.employee_id = $employee)
  AND ($team::VARCHAR IS NULL OR a.team = $team)
  AND {{scope}}
ORDER BY a.grade IS NULL, a.composite DESC NULLS LAST, a.employee_id
