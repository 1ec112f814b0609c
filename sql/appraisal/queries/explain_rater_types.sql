-- Each rater type's mean per indicator with its weight, and its share of the indicator's score (weight / Σ counted weights).
SELECT
  m.indicator,
  m.rater_type,
  m.raters,
  m.type_mean,
  m.rater_weight,
  m.ignored_reason IS NULL AS counted,
  m.ignored_reason,
  CASE WHEN m.ignored_reason IS NULL
    THEN m.rater_weight / nullif(sum(m.rater_weight) FILTER (WHERE m.ignored_reason IS NULL) OVER (PARTITION BY m.indicator), 0) END AS share
FROM appraisal_rater_type_means m
WHERE m.employee_id = $employee AND m.month = $month::DATE
ORDER BY m.indicator, m.rater_weight DESC NULLS LAST, m.rater_type;
