-- Ability and attitude indicator scores: Σ_t w_t·mean_t / Σ_t w_t over the rater types that rated the indicator and
-- count (a missing type's weight is thereby shared among the types present). No counted rating (or only types of
-- weight 0): no score.
CREATE OR REPLACE TABLE appraisal_subjective_scores AS
SELECT
  employee_id,
  month,
  indicator,
  sum(rater_weight * type_mean) / nullif(sum(rater_weight), 0) AS score,
  sum(rater_weight) AS rater_weight_total,
  sum(raters)::INTEGER AS raters
FROM appraisal_rater_type_means
WHERE ignored_reason IS NULL
GROUP BY employee_id, month, indicator;
