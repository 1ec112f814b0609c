-- The live scorecards of one month ($month, a DATE) or of every month ($month NULL), with the active adjustments of
-- SPEC 10.4 applied; the columns of appraisal_scorecards. A month without an active adjustment is appraisal_scorecards
-- untouched (same values, same ranks). On an adjusted card: an indicator override replaces that score, and composite,
-- coverage, missing indicators and training areas follow it; a grade override replaces the grade, else the grade
-- follows the bands; bonus follows the grade; the month's ranks are recomputed (a grade override ranks by composite).
-- Flags of an adjusted card whose grade changed: promotion_candidate re-read against the earlier live months, and
-- reassignment_review kept only while the grade is still the lowest.
WITH adj AS (
  SELECT employee_id, month, target, adjusted_value
  FROM appraisal_adjustments
  WHERE revoked_at IS NULL AND ($month::DATE IS NULL OR month = $month::DATE)
  QUALIFY row_number() OVER (PARTITION BY employee_id, month, target ORDER BY adjusted_at DESC, adjustment_id DESC) = 1
),
adjusted_months AS (
  SELECT DISTINCT month FROM adj
),
score_cards AS (
  SELECT DISTINCT employee_id, month FROM adj WHERE target <> 'grade'
),
ind AS (
  SELECT
    s.employee_id, s.month, s.indicator, s.kind, s.position, s.weight, s.actual, s.target,
    CASE WHEN a.employee_id IS NULL THEN s.score ELSE TRY_CAST(a.adjusted_value AS DOUBLE) END AS score
  FROM appraisal_indicator_scores s
  JOIN score_cards c ON c.employee_id = s.employee_id AND c.month = s.month
  LEFT JOIN adj a ON a.employee_id = s.employee_id AND a.month = s.month AND a.target = s.indicator
),
totals AS (
  SELECT
    i.employee_id,
    i.month,
    sum(i.weight) AS weight_total,
    coalesce(sum(i.weight) FILTER (WHERE i.score IS NOT NULL), 0) AS weight_scored,
    sum(i.weight * i.score) FILTER (WHERE i.score IS NOT NULL) AS weighted_sum,
    coalesce(list(i.indicator ORDER BY i.position) FILTER (WHERE i.score IS NULL), []) AS missing_indicators,
    list_slice(coalesce(list(i.indicator ORDER BY i.score, i.position)
      FILTER (WHERE i.kind IN ('ability', 'attitude') AND i.score IS NOT NULL
                AND round(i.score, 10) < (SELECT training_below_score FROM cfg_scalar)), []),
      1, (SELECT training_max_areas FROM cfg_scalar)) AS training_areas,
    list({'indicator': i.indicator, 'weight': i.weight, 'actual': i.actual, 'target': i.target, 'score': i.score} ORDER BY i.position) AS indicators
  FROM ind i
  GROUP BY i.employee_id, i.month
),
recomputed AS (
  SELECT
    t.*,
    t.weighted_sum / nullif(t.weight_scored, 0) AS composite,
    coalesce(t.weight_scored / nullif(t.weight_total, 0), 0) AS coverage
  FROM totals t
),
cards AS (
  SELECT
    s.employee_id, s.name, s.team, s.role, s.month,
    CASE WHEN r.employee_id IS NULL THEN s.composite ELSE r.composite END AS composite,
    CASE WHEN r.employee_id IS NULL THEN s.coverage ELSE r.coverage END AS coverage,
    CASE
      WHEN g.employee_id IS NOT NULL THEN g.adjusted_value
      WHEN r.employee_id IS NOT NULL THEN
        CASE WHEN r.composite IS NOT NULL AND round(r.coverage, 10) >= (SELECT min_coverage FROM cfg_scalar) THEN grade_band(r.composite) END
      ELSE s.grade
    END AS grade,
    s.grade AS live_grade,
    s.bonus_coefficient, s.rank_in_team, s.rank_in_company, s.promotion_candidate, s.reassignment_review,
    CASE WHEN r.employee_id IS NULL THEN s.training_areas ELSE r.training_areas END AS training_areas,
    CASE WHEN r.employee_id IS NULL THEN s.missing_indicators ELSE r.missing_indicators END AS missing_indicators,
    CASE WHEN r.employee_id IS NULL THEN s.indicators ELSE r.indicators END AS indicators,
    CASE WHEN r.employee_id IS NULL THEN s.weighted_sum ELSE r.weighted_sum END AS weighted_sum,
    CASE WHEN r.employee_id IS NULL THEN s.weight_scored ELSE r.weight_scored END AS weight_scored,
    CASE WHEN r.employee_id IS NULL THEN s.weight_total ELSE r.weight_total END AS weight_total,
    s.month IN (SELECT month FROM adjusted_months) AS month_adjusted
  FROM appraisal_scorecards s
  LEFT JOIN recomputed r ON r.employee_id = s.employee_id AND r.month = s.month
  LEFT JOIN adj g ON g.employee_id = s.employee_id AND g.month = s.month AND g.target = 'grade'
  WHERE $month::DATE IS NULL OR s.month = $month::DATE
),
earlier_best AS (
  -- per card: how many of the promotion_months − 1 calendar months before it were graded the best grade (live)
  SELECT c.employee_id, c.month, count(p.month) AS best_months
  FROM cards c
  LEFT JOIN appraisal_monthly_grades p
    ON p.employee_id = c.employee_id AND p.grade_rank = 1
   AND p.month BETWEEN (c.month - to_months((SELECT promotion_months FROM cfg_scalar) - 1))::DATE AND (c.month - INTERVAL 1 MONTH)::DATE
  WHERE c.grade IS DISTINCT FROM c.live_grade
  GROUP BY c.employee_id, c.month
)
SELECT
  c.employee_id, c.name, c.team, c.role, c.month,
  c.composite, c.coverage, c.grade,
  CASE WHEN c.month_adjusted THEN cg.bonus_coefficient ELSE c.bonus_coefficient END AS bonus_coefficient,
  CASE WHEN NOT c.month_adjusted THEN c.rank_in_team WHEN c.grade IS NOT NULL THEN
    rank() OVER (PARTITION BY c.month, c.team, c.grade IS NOT NULL ORDER BY round(c.composite, 10) DESC NULLS LAST) END AS rank_in_team,
  CASE WHEN NOT c.month_adjusted THEN c.rank_in_company WHEN c.grade IS NOT NULL THEN
    rank() OVER (PARTITION BY c.month, c.grade IS NOT NULL ORDER BY round(c.composite, 10) DESC NULLS LAST) END AS rank_in_company,
  CASE WHEN e.employee_id IS NULL THEN c.promotion_candidate
    ELSE coalesce(cg.grade_rank = 1, false) AND e.best_months = (SELECT promotion_months FROM cfg_scalar) - 1 END AS promotion_candidate,
  CASE WHEN e.employee_id IS NULL THEN c.reassignment_review
    ELSE c.reassignment_review AND coalesce(cg.grade_rank = (SELECT max(grade_rank) FROM cfg_grade), false) END AS reassignment_review,
  c.training_areas, c.missing_indicators, c.indicators, c.weighted_sum, c.weight_scored, c.weight_total
FROM cards c
LEFT JOIN cfg_grade cg ON cg.grade = c.grade
LEFT JOIN earlier_best e ON e.employee_id = c.employee_id AND e.month = c.month
