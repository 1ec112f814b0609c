-- SPEC 10.4 in a published month: snapshot $version is version $version − 1 with the card of $employee recomputed from
-- its (already copied) indicators and its grade override, and the month's ranks recomputed; every other field of every
-- other card stays as published. Run after snapshot_adjust_indicators.sql.
INSERT INTO appraisal_snapshot_cards
WITH prev AS (
  SELECT * FROM appraisal_snapshot_cards WHERE month = $month::DATE AND version = $version - 1
),
grade_adj AS (
  SELECT adjusted_value FROM appraisal_adjustments
  WHERE revoked_at IS NULL AND month = $month::DATE AND employee_id = $employee AND target = 'grade'
  ORDER BY adjusted_at DESC, adjustment_id DESC LIMIT 1
),
ind AS (
  SELECT * FROM appraisal_snapshot_indicators WHERE month = $month::DATE AND version = $version AND employee_id = $employee
),
t AS (
  SELECT
    sum(weight) AS weight_total,
    coalesce(sum(weight) FILTER (WHERE score IS NOT NULL), 0) AS weight_scored,
    sum(weight * score) FILTER (WHERE score IS NOT NULL) AS weighted_sum,
    coalesce(list(indicator ORDER BY position) FILTER (WHERE score IS NULL), []) AS missing_indicators,
    list_slice(coalesce(list(indicator ORDER BY score, position)
      FILTER (WHERE kind IN ('ability', 'attitude') AND score IS NOT NULL
                AND round(score, 10) < (SELECT training_below_score FROM cfg_scalar)), []),
      1, (SELECT training_max_areas FROM cfg_scalar)) AS training_areas,
    list({'indicator': indicator, 'weight': weight, 'actual': actual, 'target': target, 'score': score} ORDER BY position) AS indicators
  FROM ind
),
r AS (
  SELECT t.*, t.weighted_sum / nullif(t.weight_scored, 0) AS composite, coalesce(t.weight_scored / nullif(t.weight_total, 0), 0) AS coverage
  FROM t
),
cards AS (
  SELECT p.* REPLACE (
    CASE WHEN p.employee_id = $employee THEN (SELECT composite FROM r) ELSE p.composite END AS composite,
    CASE WHEN p.employee_id = $employee THEN (SELECT coverage FROM r) ELSE p.coverage END AS coverage,
    CASE WHEN p.employee_id <> $employee THEN p.grade
         WHEN EXISTS (SELECT 1 FROM grade_adj) THEN (SELECT adjusted_value FROM grade_adj)
         WHEN (SELECT composite FROM r) IS NOT NULL AND round((SELECT coverage FROM r), 10) >= (SELECT min_coverage FROM cfg_scalar)
           THEN grade_band((SELECT composite FROM r))
    END AS grade,
    CASE WHEN p.employee_id = $employee THEN (SELECT training_areas FROM r) ELSE p.training_areas END AS training_areas,
    CASE WHEN p.employee_id = $employee THEN (SELECT missing_indicators FROM r) ELSE p.missing_indicators END AS missing_indicators,
    CASE WHEN p.employee_id = $employee THEN (SELECT indicators FROM r) ELSE p.indicators END AS indicators,
    CASE WHEN p.employee_id = $employee THEN (SELECT weighted_sum FROM r) ELSE p.weighted_sum END AS weighted_sum,
    CASE WHEN p.employee_id = $employee THEN (SELECT weight_scored FROM r) ELSE p.weight_scored END AS weight_scored,
    CASE WHEN p.employee_id = $employee THEN (SELECT weight_total FROM r) ELSE p.weight_total END AS weight_total
  ), p.grade AS old_grade
  FROM prev p
),
earlier_best AS (
  -- the promotion_months − 1 months before: their published grade where published, the live one otherwise (SPEC 10.2)
  SELECT count(*) AS best_months
  FROM (
    SELECT g.month, CASE WHEN sc.employee_id IS NOT NULL THEN sc.grade ELSE g.grade END AS grade
    FROM appraisal_monthly_grades g
    LEFT JOIN appraisal_months m ON m.month = g.month AND m.state = 'published'
    LEFT JOIN appraisal_snapshot_cards sc ON sc.month = g.month AND sc.version = m.version AND sc.employee_id = g.employee_id
    WHERE g.employee_id = $employee
      AND g.month BETWEEN ($month::DATE - to_months((SELECT promotion_months FROM cfg_scalar) - 1))::DATE AND ($month::DATE - INTERVAL 1 MONTH)::DATE
  ) h
  JOIN cfg_grade cg ON cg.grade = h.grade AND cg.grade_rank = 1
)
SELECT
  c.month, $version AS version, c.employee_id, c.name, c.team, c.role, c.composite, c.coverage, c.grade,
  CASE WHEN c.employee_id = $employee THEN cg.bonus_coefficient ELSE c.bonus_coefficient END AS bonus_coefficient,
  CASE WHEN c.grade IS NOT NULL THEN rank() OVER (PARTITION BY c.team, c.grade IS NOT NULL ORDER BY round(c.composite, 10) DESC NULLS LAST) END AS rank_in_team,
  CASE WHEN c.grade IS NOT NULL THEN rank() OVER (PARTITION BY c.grade IS NOT NULL ORDER BY round(c.composite, 10) DESC NULLS LAST) END AS rank_in_company,
  CASE WHEN c.employee_id <> $employee OR c.grade IS NOT DISTINCT FROM c.old_grade THEN c.promotion_candidate
       ELSE coalesce(cg.grade_rank = 1, false) AND (SELECT best_months FROM earlier_best) = (SELECT promotion_months FROM cfg_scalar) - 1 END AS promotion_candidate,
  CASE WHEN c.employee_id <> $employee OR c.grade IS NOT DISTINCT FROM c.old_grade THEN c.reassignment_review
       ELSE c.reassignment_review AND coalesce(cg.grade_rank = (SELECT max(grade_rank) FROM cfg_grade), false) END AS reassignment_review,
  c.training_areas, c.missing_indicators, c.indicators, c.weighted_sum, c.weight_scored, c.weight_total
FROM cards c
LEFT JOIN cfg_grade cg ON cg.grade = c.grade
