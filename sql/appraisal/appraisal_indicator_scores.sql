-- Every indicator of the employee's role template (positive weights) for every appraised month, with the actual,
-- the target and the score (NULL: no score). SPEC 4.1 and 4.2:
--   sales, profit, new_customers: score = clamp(100 × actual / target, 0, score_cap); no target row or a target of 0:
--     no score. A month without sales has actual 0 (and scores 0 against a target).
--   csat: actual = csat_pct (NULL below csat_min_responses, from the metrics layer), target = csat_target, same clamp.
--   process_compliance: score = actual = process_compliance_pct; its target is NULL (the score is the percentage).
--   rectification, inspection, milestones (SPEC 9.6): score = actual = rectification_on_time_pct (month of due_on),
--     inspection_score (month of inspected_at), milestone_on_time_pct (month of due_on); no target, not clamped.
--     Weight 0 by default, so they are on no card until a template weights them.
--   ability and attitude indicators: actual = score = the rater-weighted rating; target NULL.
CREATE OR REPLACE TABLE appraisal_indicator_scores AS
WITH inputs AS (
  SELECT
    ro.employee_id,
    ro.month,
    ro.role,
    coalesce(m.sales_amount, 0)::DOUBLE AS sales_amount,
    coalesce(m.profit, 0)::DOUBLE AS profit,
    coalesce(m.new_customers, 0)::DOUBLE AS new_customers,
    m.csat_pct::DOUBLE AS csat_pct,
    m.process_compliance_pct::DOUBLE AS process_compliance_pct,
    t.sales_target::DOUBLE AS sales_target,
    t.profit_target::DOUBLE AS profit_target,
    t.new_customers_target::DOUBLE AS new_customers_target,
    sv.rectification_on_time_pct::DOUBLE AS rectification_on_time_pct,
    sv.inspection_score::DOUBLE AS inspection_score,
    sv.milestone_on_time_pct::DOUBLE AS milestone_on_time_pct
  FROM appraisal_roster ro
  LEFT JOIN mart_employee_month m ON m.employee_id = ro.employee_id AND m.month = ro.month
  LEFT JOIN mart_employee_month_supervision sv ON sv.employee_id = ro.employee_id AND sv.month = ro.month
  LEFT JOIN stg_targets t ON t.employee_id = ro.employee_id AND t.month = ro.month
),
performance AS (
  SELECT employee_id, month, role, 'sales' AS indicator, sales_amount AS actual, sales_target AS target, 'ratio' AS rule FROM inputs
  UNION ALL SELECT employee_id, month, role, 'profit', profit, profit_target, 'ratio' FROM inputs
  UNION ALL SELECT employee_id, month, role, 'new_customers', new_customers, new_customers_target, 'ratio' FROM inputs
  UNION ALL SELECT employee_id, month, role, 'csat', csat_pct, (SELECT csat_target FROM cfg_scalar), 'ratio' FROM inputs
  UNION ALL SELECT employee_id, month, role, 'process_compliance', process_compliance_pct, NULL::DOUBLE, 'as_is' FROM inputs
  UNION ALL SELECT employee_id, month, role, 'rectification', rectification_on_time_pct, NULL::DOUBLE, 'as_is' FROM inputs
  UNION ALL SELECT employee_id, month, role, 'inspection', inspection_score, NULL::DOUBLE, 'as_is' FROM inputs
  UNION ALL SELECT employee_id, month, role, 'milestones', milestone_on_time_pct, NULL::DOUBLE, 'as_is' FROM inputs
),
performance_scored AS (
  SELECT
    p.employee_id, p.month, p.role, p.indicator, p.actual, p.target,
    CASE
      WHEN p.rule = 'as_is' THEN p.actual
      WHEN p.actual IS NULL OR p.target IS NULL OR p.target = 0 THEN NULL
      ELSE greatest(0.0, least((SELECT score_cap FROM cfg_scalar), 100 * p.actual / p.target))
    END AS score
  FROM performance p
),
subjective AS (
  SELECT ro.employee_id, ro.month, ro.role, i.indicator, s.score AS actual, NULL::DOUBLE AS target, s.score
  FROM appraisal_roster ro
  CROSS JOIN cfg_indicator i
  LEFT JOIN appraisal_subjective_scores s ON s.employee_id = ro.employee_id AND s.month = ro.month AND s.indicator = i.indicator
  WHERE i.kind IN ('ability', 'attitude')
),
all_scores AS (
  SELECT * FROM performance_scored
  UNION ALL SELECT * FROM subjective
)
SELECT
  a.employee_id,
  a.month,
  a.indicator,
  i.kind,
  i.position,
  w.weight,
  a.actual,
  a.target,
  a.score
FROM all_scores a
JOIN cfg_template_weight w ON w.role = a.role AND w.indicator = a.indicator
JOIN cfg_indicator i ON i.indicator = a.indicator;
