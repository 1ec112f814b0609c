-- The staged ratings with the score each stands for: a rating given as a score (0-100) is used as it is, a grade
-- becomes its cfg_grade.grade_score.
CREATE OR REPLACE TABLE int_ratings AS
SELECT
  r.month,
  r.employee_id,
  r.rater_id,
  r.rater_type,
  r.indicator,
  r.grade,
  r.given_score,
  -- a score, when given, is the rating itself; otherwise the grade's score
  coalesce(r.given_score, g.grade_score)::DOUBLE AS rating_score
FROM stg_ratings r
LEFT JOIN cfg_grade g ON g.grade = r.grade;
