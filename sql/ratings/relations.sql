-- Whom $rater rates in $month, and as what (SPEC 10.6): ratees with a card in the month; the rater employed at least
-- one day of it. The type is the first match of self (rater = ratee), supervisor (rater = the ratee's manager_id),
-- peer (same team); anyone else is not a ratee of theirs. Team and manager are today's (employees has no history).
-- $ratee NULL: every ratee; else only that one. Also the ratings $rater already gave each of them this month.
WITH rater AS (
  SELECT employee_id, team
  FROM employees
  WHERE employee_id = $rater
    AND (hired_on IS NULL OR hired_on <= last_day($month::DATE))
    AND (left_on IS NULL OR left_on >= $month::DATE)
),
related AS (
  SELECT
    c.employee_id, c.name, c.team, c.role,
    CASE
      WHEN c.employee_id = r.employee_id THEN 'self'
      WHEN e.manager_id = r.employee_id THEN 'supervisor'
      WHEN e.team = r.team THEN 'peer'
    END AS rater_type
  FROM appraisal_scorecards c
  JOIN employees e ON e.employee_id = c.employee_id
  CROSS JOIN rater r
  WHERE c.month = $month::DATE
    AND ($ratee::VARCHAR IS NULL OR c.employee_id = $ratee)
)
SELECT
  x.employee_id, x.name, x.team, x.role, x.rater_type,
  coalesce(list({'indicator': g.indicator, 'grade': g.grade, 'score': g.score, 'comment': g.comment, 'source': g.source}
                ORDER BY g.indicator) FILTER (WHERE g.indicator IS NOT NULL), []) AS given
FROM related x
LEFT JOIN ratings g ON g.period = $month::DATE AND g.employee_id = x.employee_id AND g.rater_id = $rater
WHERE x.rater_type IS NOT NULL
GROUP BY x.employee_id, x.name, x.team, x.role, x.rater_type
ORDER BY CASE x.rater_type WHEN 'self' THEN 1 WHEN 'supervisor' THEN 2 ELSE 3 END, x.team, x.employee_id;
