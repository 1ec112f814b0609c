-- Per appraised employee and month (SPEC 4.3, 4.4): composite = Σ w·s / Σ w over the template's indicators with a
-- score; coverage = that Σ w / the template's total weight (100 by validation); below min_coverage the month gets no
-- grade ("insufficient data"): the composite is still reported, but grade, bonus coefficient and ranks are NULL.
-- Composite and coverage are compared with band edges after rounding to 10 decimals, so a composite of exactly 90
-- that floating point computes as 89.99999999999999 is excellent. Ranks use the same rounded composite (ties share).
-- Training areas: ability/attitude indicators scored below training_below_score, lowest first, ties in cfg_indicator
-- order, at most training_max_areas; named whether or not the month is graded.
CREATE OR REPLACE TABLE appraisal_monthly_grades AS
WITH totals AS (
  SELECT
    s.employee_id,
    s.month,
    sum(s.weight) AS weight_total,
    coalesce(sum(s.weight) FILTER (WHERE s.score IS NOT NULL), 0) AS weight_scored,
    sum(s.weight * s.score) FILTER (WHERE s.score IS NOT NULL) AS weighted_sum,
    coalesce(list(s.indicator ORDER BY s.position) FILTER (WHERE s.score IS NULL), []) AS missing_indicators,
    coalesce(list(s.indicator ORDER BY s.score, s.position)
      FILTER (WHERE s.kind IN ('ability', 'attitude') AND s.score IS NOT NULL
                AND round(s.score, 10) < (SELECT training_below_score FROM cfg_scalar)), []) AS below_training
  FROM appraisal_indicator_scores s
  GROUP BY s.employee_id, s.month
),
composites AS (
  SELECT
    ro.employee_id,
    ro.month,
    ro.team,
    coalesce(t.weight_total, 0) AS weight_total,
    coalesce(t.weight_scored, 0) AS weight_scored,
    t.weighted_sum,
    t.weighted_sum / nullif(t.weight_scored, 0) AS composite,
    coalesce(t.weight_scored / nullif(t.weight_total, 0), 0) AS coverage,
    coalesce(t.missing_indicators, []) AS missing_indicators,
    list_slice(coalesce(t.below_training, []), 1, (SELECT training_max_areas FROM cfg_scalar)) AS training_areas
  FROM appraisal_roster ro
  LEFT JOIN totals t ON t.employee_id = ro.employee_id AND t.month = ro.month
),
graded AS (
  SELECT
    c.*,
    CASE WHEN c.composite IS NOT NULL AND round(c.coverage, 10) >= (SELECT min_coverage FROM cfg_scalar) THEN
      grade_band(c.composite)
    END AS grade
  FROM composites c
)
SELECT
  gr.employee_id,
  gr.month,
  gr.team,
  gr.composite,
  gr.coverage,
  gr.weight_scored,
  gr.weight_total,
  gr.weighted_sum,
  gr.grade,
  g.grade_rank,
  g.bonus_coefficient,
  CASE WHEN gr.grade IS NOT NULL THEN
    rank() OVER (PARTITION BY gr.month, gr.team, gr.grade IS NOT NULL ORDER BY round(gr.composite, 10) DESC) END AS rank_in_team,
  CASE WHEN gr.grade IS NOT NULL THEN
    rank() OVER (PARTITION BY gr.month, gr.grade IS NOT NULL ORDER BY round(gr.composite, 10) DESC) END AS rank_in_company,
  gr.training_areas,
  gr.missing_indicators
FROM graded gr
LEFT JOIN cfg_grade g ON g.grade = gr.grade;
