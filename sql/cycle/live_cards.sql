-- The live scorecards of one month ($month, a DATE) or of every month ($month NULL), with the active adjustments of
-- SPEC 10.4 applied; the columns of appraisal_scorecards. A month without an active adjustment is appraisal_scorecards
-- untouched (same values, same ranks). On an adjusted card: an indicator override replaces that score, and composite,
-- coverage, missing indicators and training areas follow it; a grade override replaces the grade, else the grade
-- follows the bands; bonus follows the grade; the month's ranks are recomputed (a grade override ranks by composite).
-- Flags chain on what people were told (SPEC 10.2 "History"): promotion_candidate and reassignment_review read the
-- earlier months' published grades, composites and training areas where those months are published, their live
-- (adjusted) ones otherwise, and the card's own live values for its month. With nothing published and no adjustment
-- they are exactly appraisal_scorecards' flags (the same rules of SPEC 4.4 over the same grades).
-- Every month is computed (an earlier month's adjustment moves a later month's flags); $month filters the result.
WITH adj AS (
  SELECT employee_id, month, target, adjusted_value
  FROM appraisal_adjustments
  WHERE revoked_at IS NULL
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
),
frozen AS (
  -- published months with a stored snapshot (as displayed_cards.sql reads them)
  SELECT m.month, m.version FROM appraisal_months m
  WHERE m.state = 'published' AND EXISTS (SELECT 1 FROM appraisal_snapshots s WHERE s.month = m.month AND s.version = m.version)
),
history AS (
  -- what each month told each person: the snapshot where published, the live (adjusted) card elsewhere
  SELECT sc.employee_id, sc.month, sc.grade, sc.composite, sc.training_areas
  FROM appraisal_snapshot_cards sc JOIN frozen f ON f.month = sc.month AND f.version = sc.version
  UNION ALL
  SELECT c.employee_id, c.month, c.grade, c.composite, c.training_areas
  FROM cards c WHERE c.month NOT IN (SELECT month FROM frozen)
),
ranked_history AS (
  SELECT h.*, cg.grade_rank, year(h.month) * 12 + month(h.month) AS month_index
  FROM history h LEFT JOIN cfg_grade cg ON cg.grade = h.grade
),
lowest_runs AS (
  -- runs of consecutive calendar months at the lowest grade in the history, with each run's first month
  SELECT employee_id, month, min(month) OVER (PARTITION BY employee_id, island) AS run_start
  FROM (SELECT employee_id, month, month_index - row_number() OVER (PARTITION BY employee_id ORDER BY month) AS island
        FROM ranked_history WHERE grade_rank = (SELECT max(grade_rank) FROM cfg_grade))
),
earlier_best AS (
  -- per card: how many of the promotion_months − 1 calendar months before it were graded the best grade
  SELECT c.employee_id, c.month, count(h.month) AS best_months
  FROM cards c
  LEFT JOIN ranked_history h
    ON h.employee_id = c.employee_id AND h.grade_rank = 1
   AND h.month BETWEEN (c.month - to_months((SELECT promotion_months FROM cfg_scalar) - 1))::DATE AND (c.month - INTERVAL 1 MONTH)::DATE
  GROUP BY c.employee_id, c.month
),
run_of AS (
  -- per card at the lowest grade: the first month of its run (the run of the month before, else the card's own month)
  SELECT c.employee_id, c.month, coalesce(r.run_start, c.month) AS run_start
  FROM cards c
  JOIN cfg_grade cg ON cg.grade = c.grade AND cg.grade_rank = (SELECT max(grade_rank) FROM cfg_grade)
  LEFT JOIN lowest_runs r ON r.employee_id = c.employee_id AND r.month = (c.month - INTERVAL 1 MONTH)::DATE
),
reassignment AS (
  SELECT c.employee_id, c.month,
    (year(c.month) * 12 + month(c.month)) - (year(ro.run_start) * 12 + month(ro.run_start)) + 1 >= (SELECT reassignment_min_months FROM cfg_scalar)
      AND len(CASE WHEN ro.run_start = c.month THEN c.training_areas ELSE h.training_areas END) > 0
      AND round(c.composite - CASE WHEN ro.run_start = c.month THEN c.composite ELSE h.composite END, 10)
          < (SELECT reassignment_min_improvement FROM cfg_scalar) AS review
  FROM cards c
  JOIN run_of ro ON ro.employee_id = c.employee_id AND ro.month = c.month
  LEFT JOIN history h ON h.employee_id = c.employee_id AND h.month = ro.run_start
)
SELECT
  c.employee_id, c.name, c.team, c.role, c.month,
  c.composite, c.coverage, c.grade,
  CASE WHEN c.month_adjusted THEN cg.bonus_coefficient ELSE c.bonus_coefficient END AS bonus_coefficient,
  CASE WHEN NOT c.month_adjusted THEN c.rank_in_team WHEN c.grade IS NOT NULL THEN
    rank() OVER (PARTITION BY c.month, c.team, c.grade IS NOT NULL ORDER BY round(c.composite, 10) DESC NULLS LAST) END AS rank_in_team,
  CASE WHEN NOT c.month_adjusted THEN c.rank_in_company WHEN c.grade IS NOT NULL THEN
    rank() OVER (PARTITION BY c.month, c.grade IS NOT NULL ORDER BY round(c.composite, 10) DESC NULLS LAST) END AS rank_in_company,
  coalesce(cg.grade_rank = 1, false) AND e.best_months = (SELECT promotion_months FROM cfg_scalar) - 1 AS promotion_candidate,
  coalesce(ra.review, false) AS reassignment_review,
  c.training_areas, c.missing_indicators, c.indicators, c.weighted_sum, c.weight_scored, c.weight_total
FROM cards c
LEFT JOIN cfg_grade cg ON cg.grade = c.grade
LEFT JOIN earlier_best e ON e.employee_id = c.employee_id AND e.month = c.month
LEFT JOIN reassignment ra ON ra.employee_id = c.employee_id AND ra.month = c.month
WHERE $month::DATE IS NULL OR c.month = $month::DATE
