-- Annual results (SPEC 4.4): one row per employee with a monthly card in the calendar year, leavers and the
-- insufficiently graded included. composite = mean of the graded months' composites; below annual_min_graded_months
-- graded months there is no grade ("insufficient data"): as for a month, the composite is still reported (NULL only
-- when no month was graded) but grade and salary adjustment are NULL. Bands as for a month (rounded to 10 decimals).
CREATE OR REPLACE TABLE appraisal_annual AS
WITH yearly AS (
  SELECT
    s.employee_id,
    year(s.month) AS year,
    arg_max(s.name, s.month) AS name,
    arg_max(s.team, s.month) AS team,
    arg_max(s.role, s.month) AS role,
    count(*) AS months,
    count(s.grade)::INTEGER AS graded_months,
    avg(s.composite) FILTER (WHERE s.grade IS NOT NULL) AS composite
  FROM appraisal_scorecards s
  GROUP BY s.employee_id, year(s.month)
),
graded AS (
  SELECT
    y.*,
    CASE WHEN y.graded_months >= (SELECT annual_min_graded_months FROM cfg_scalar) THEN
      grade_band(y.composite)
    END AS grade
  FROM yearly y
)
SELECT
  gr.employee_id,
  gr.name,
  gr.team,
  gr.role,
  gr.year::INTEGER AS year,
  gr.graded_months,
  gr.composite,
  gr.grade,
  g.salary_adjustment_pct,
  gr.months AS carded_months
FROM graded gr
LEFT JOIN cfg_grade g ON g.grade = gr.grade;
