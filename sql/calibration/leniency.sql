-- SPEC 10.7: leniency index per supervisor rater over months $from..$to: the mean score of the supervisor ratings they
-- gave minus the mean of all supervisor ratings in the company over the same months, both pooled over ratings (a
-- rating's score as in SPEC 4.2: a score as given, else the grade's score), read live from `ratings`.
-- A rater's row counts only their ratings of ratees in the caller's scope ({{scope}} on alias s); the company mean is
-- always the whole company's.
WITH scored AS (
  SELECT
    r.rater_id,
    r.employee_id,
    e.team,
    coalesce(r.score, g.grade_score) AS score
  FROM ratings r
  JOIN cfg_indicator i ON i.indicator = r.indicator AND i.kind IN ('ability', 'attitude')
  LEFT JOIN cfg_grade g ON g.grade = CASE trim(r.grade)
      WHEN '优秀' THEN 'excellent' WHEN '良好' THEN 'good' WHEN '合格' THEN 'qualified' WHEN '不合格' THEN 'unqualified'
      ELSE lower(trim(r.grade)) END
  LEFT JOIN employees e ON e.employee_id = r.employee_id
  WHERE r.rater_type = 'supervisor'
    AND r.period BETWEEN $from::DATE AND $to::DATE
    AND coalesce(r.score, g.grade_score) IS NOT NULL
),
company AS (
  SELECT avg(score) AS mean, count(*) AS n FROM scored
)
SELECT
  s.rater_id,
  coalesce(any_value(re.name), s.rater_id) AS rater_name,
  any_value(re.team) AS rater_team,
  count(*) AS n,
  count(DISTINCT s.employee_id) AS ratees,
  avg(s.score) AS mean_score,
  any_value(c.mean) AS company_mean,
  any_value(c.n) AS company_n,
  avg(s.score) - any_value(c.mean) AS leniency_index,
  abs(avg(s.score) - any_value(c.mean)) >= $flag_points::DOUBLE AND count(*) >= $min_ratings::INTEGER AS flagged
FROM scored s
CROSS JOIN company c
LEFT JOIN employees re ON re.employee_id = s.rater_id
WHERE {{scope}}
GROUP BY s.rater_id
ORDER BY leniency_index DESC, s.rater_id;
