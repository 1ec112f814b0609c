-- Every rating of the employee's month: rater, type, grade or score, the score it stands for, and whether it counts.
SELECT
  r.indicator,
  r.rater_id,
  r.rater_type,
  r.grade,
  r.given_score,
  r.rating_score,
  m.ignored_reason IS NULL AND r.rating_score IS NOT NULL AS counted,
  CASE WHEN r.rating_score IS NULL THEN 'neither a known grade nor a score' ELSE m.ignored_reason END AS ignored_reason
FROM int_ratings r
LEFT JOIN appraisal_rater_type_means m
  ON m.employee_id = r.employee_id AND m.month = r.month AND m.indicator = r.indicator AND m.rater_type = r.rater_type
WHERE r.employee_id = $employee AND r.month = $month::DATE
ORDER BY r.indicator, r.rater_type, r.rater_id;
