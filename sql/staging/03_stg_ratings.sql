-- The 360° ratings, one row per period, employee, rater and indicator, with the score each rating stands for:
-- a rating given as a score (0-100) is used as it is, a grade becomes its cfg_grade.grade_score.
-- Chinese grade names are mapped again here so a row loaded by any path reads the same.
CREATE OR REPLACE TABLE stg_ratings AS
WITH normalised AS (
  SELECT
    r.period AS month,
    r.employee_id,
    r.rater_id,
    lower(trim(r.rater_type)) AS rater_type,
    lower(trim(r.indicator)) AS indicator,
    CASE trim(r.grade)
      WHEN '优秀' THEN 'excellent'
      WHEN '良好' THEN 'good'
      WHEN '合格' THEN 'qualified'
      WHEN '不合格' THEN 'unqualified'
      ELSE nullif(lower(trim(r.grade)), '')
    END AS grade,
    r.score AS given_score
  FROM ratings r
)
SELECT
  n.month,
  n.employee_id,
  n.rater_id,
  n.rater_type,
  n.indicator,
  n.grade,
  n.given_score,
  -- a score, when given, is the rating itself; otherwise the grade's score
  coalesce(n.given_score, g.grade_score)::DOUBLE AS rating_score
FROM normalised n
LEFT JOIN cfg_grade g ON g.grade = n.grade;
