-- The monthly scorecard of SPEC section 6, one row per appraised employee and month, with the flags of SPEC 4.4:
--   promotion_candidate: M and the promotion_months − 1 calendar months before it are all graded excellent (the best
--     grade); a month without a card or without a grade breaks the chain.
--   reassignment_review: M is in a run of consecutive calendar months graded unqualified (the lowest grade) that is at
--     least reassignment_min_months long by M; "the run's first month" is the first month of that whole run (not M's
--     window of the last 3), so a longer run is always judged against where it began; training areas were named in
--     that first month; and composite(M) − composite(first month) < reassignment_min_improvement.
CREATE OR REPLACE TABLE appraisal_scorecards AS
WITH lowest AS (
  SELECT max(grade_rank) AS grade_rank FROM cfg_grade
),
unqualified AS (
  SELECT
    g.employee_id,
    g.month,
    g.composite,
    year(g.month) * 12 + month(g.month) AS month_index,
    year(g.month) * 12 + month(g.month) - row_number() OVER (PARTITION BY g.employee_id ORDER BY g.month) AS island
  FROM appraisal_monthly_grades g
  WHERE g.grade_rank = (SELECT grade_rank FROM lowest)
),
runs AS (
  SELECT
    u.employee_id,
    u.month,
    u.composite,
    u.month_index - min(u.month_index) OVER (PARTITION BY u.employee_id, u.island) + 1 AS run_length,
    min(u.month) OVER (PARTITION BY u.employee_id, u.island) AS run_start
  FROM unqualified u
),
reassignment AS (
  SELECT
    r.employee_id,
    r.month,
    r.run_length >= (SELECT reassignment_min_months FROM cfg_scalar)
      AND len(s.training_areas) > 0
      AND round(r.composite - s.composite, 10) < (SELECT reassignment_min_improvement FROM cfg_scalar) AS review
  FROM runs r
  JOIN appraisal_monthly_grades s ON s.employee_id = r.employee_id AND s.month = r.run_start
),
promotion AS (
  SELECT
    c.employee_id,
    c.month,
    count(*) = (SELECT promotion_months FROM cfg_scalar) AS candidate
  FROM appraisal_monthly_grades c
  JOIN appraisal_monthly_grades p
    ON p.employee_id = c.employee_id
   AND p.month BETWEEN (c.month - to_months((SELECT promotion_months FROM cfg_scalar) - 1))::DATE AND c.month
   AND p.grade_rank = 1
  WHERE c.grade_rank = 1
  GROUP BY c.employee_id, c.month
),
indicators AS (
  SELECT
    employee_id,
    month,
    list({'indicator': indicator, 'weight': weight, 'actual': actual, 'target': target, 'score': score} ORDER BY position) AS indicators
  FROM appraisal_indicator_scores
  GROUP BY employee_id, month
)
SELECT
  ro.employee_id,
  ro.name,
  ro.team,
  ro.role,
  ro.month,
  g.composite,
  g.coverage,
  g.grade,
  g.bonus_coefficient,
  g.rank_in_team,
  g.rank_in_company,
  coalesce(p.candidate, false) AS promotion_candidate,
  coalesce(r.review, false) AS reassignment_review,
  g.training_areas,
  g.missing_indicators,
  coalesce(i.indicators, []) AS indicators,
  g.weighted_sum,
  g.weight_scored,
  g.weight_total
FROM appraisal_roster ro
JOIN appraisal_monthly_grades g ON g.employee_id = ro.employee_id AND g.month = ro.month
LEFT JOIN promotion p ON p.employee_id = ro.employee_id AND p.month = ro.month
LEFT JOIN reassignment r ON r.employee_id = ro.employee_id AND r.month = ro.month
LEFT JOIN indicators i ON i.employee_id = ro.employee_id AND i.month = ro.month;
