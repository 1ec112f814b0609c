-- The 360° ratings as loaded, one row per period, employee, rater and indicator: period renamed month, rater type and
-- indicator lower-cased, Chinese grade names mapped again so a row loaded by any path reads the same.
CREATE OR REPLACE VIEW stg_ratings AS
SELECT
  period AS month,
  employee_id,
  rater_id,
  lower(trim(rater_type)) AS rater_type,
  lower(trim(indicator)) AS indicator,
  CASE trim(grade)
    WHEN '优秀' THEN 'excellent'
    WHEN '良好' THEN 'good'
    WHEN '合格' THEN 'qualified'
    WHEN '不合格' THEN 'unqualified'
    ELSE nullif(lower(trim(grade)), '')
  END AS grade,
  score AS given_score
FROM ratings;
