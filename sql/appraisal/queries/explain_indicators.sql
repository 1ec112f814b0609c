-- The scorecard's indicators with their kind and contribution (weight × score) to the composite's weighted sum.
SELECT
  s.indicator, s.kind, s.position, s.weight, s.actual, s.target, s.score, s.weight * s.score AS contribution
FROM appraisal_indicator_scores s
WHERE s.employee_id = $employee AND s.month = $month::DATE
ORDER BY s.position;
