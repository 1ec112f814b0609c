-- Completion of month $month's 360° round (SPEC 10.6), one row per ratee with a card and rater type, read live from
-- `ratings` (any source) so a rating given in the app counts at once. Expected raters: supervisor 1 when manager_id
-- names an employee employed in the month; self 1 when $self_expected; peer min($peers_expected, teammates employed in
-- the month other than the ratee and the ratee's supervisor, who rates as supervisor); customer none (given only).
-- expected = raters × the subjective indicators; counted = min(given, expected).
-- `lacking` lists the ratee's subjective template indicators no counting rating covers yet (no score on the card).
-- {{scope}} is the caller's scope on the ratee (alias c).
WITH staff AS (
  SELECT employee_id, team
  FROM employees
  WHERE (hired_on IS NULL OR hired_on <= last_day($month::DATE)) AND (left_on IS NULL OR left_on >= $month::DATE)
),
subjective AS (
  SELECT indicator FROM cfg_indicator WHERE kind IN ('ability', 'attitude')
),
cards AS (
  SELECT c.employee_id, c.name, c.team, e.manager_id, m.name AS manager_name, e.customer_facing
  FROM appraisal_scorecards c
  JOIN employees e ON e.employee_id = c.employee_id
  LEFT JOIN employees m ON m.employee_id = e.manager_id
  WHERE c.month = $month::DATE AND {{scope}}
),
expected AS (
  SELECT c.employee_id, 'supervisor' AS rater_type,
         CASE WHEN c.manager_id IN (SELECT employee_id FROM staff) THEN 1 ELSE 0 END AS raters
  FROM cards c
  UNION ALL
  SELECT c.employee_id, 'self', CASE WHEN $self_expected::BOOLEAN THEN 1 ELSE 0 END FROM cards c
  UNION ALL
  SELECT c.employee_id, 'peer',
         least($peers_expected::INTEGER, (SELECT count(*) FROM staff s
                                           WHERE s.team = e.team AND s.employee_id <> c.employee_id
                                             AND s.employee_id IS DISTINCT FROM c.manager_id))
  FROM cards c JOIN employees e ON e.employee_id = c.employee_id
  UNION ALL
  SELECT c.employee_id, 'customer', 0 FROM cards c
),
given AS (
  SELECT r.employee_id, r.rater_type, count(*) AS given, count(DISTINCT r.rater_id) AS raters_given
  FROM ratings r JOIN subjective s ON s.indicator = r.indicator
  WHERE r.period = $month::DATE
  GROUP BY r.employee_id, r.rater_type
),
covered AS (
  SELECT DISTINCT r.employee_id, r.indicator
  FROM ratings r
  JOIN cards c ON c.employee_id = r.employee_id
  JOIN cfg_rater_weight w ON w.rater_type = r.rater_type AND w.weight > 0
  WHERE r.period = $month::DATE AND (r.rater_type <> 'customer' OR c.customer_facing)
    AND (r.grade IS NOT NULL OR r.score IS NOT NULL)
),
lacking AS (
  SELECT c.employee_id, list(s.indicator ORDER BY i.position) AS lacking
  FROM cards c
  JOIN dim_employees d ON d.employee_id = c.employee_id
  JOIN cfg_template_weight t ON t.role = d.role
  JOIN subjective s ON s.indicator = t.indicator
  JOIN cfg_indicator i ON i.indicator = s.indicator
  WHERE NOT EXISTS (SELECT 1 FROM covered v WHERE v.employee_id = c.employee_id AND v.indicator = s.indicator)
  GROUP BY c.employee_id
)
SELECT
  c.employee_id, c.name, c.team, c.manager_id, c.manager_name,
  x.rater_type,
  x.raters AS expected_raters,
  x.raters * (SELECT count(*) FROM subjective) AS expected,
  coalesce(g.given, 0) AS given,
  coalesce(g.raters_given, 0) AS raters_given,
  least(coalesce(g.given, 0), x.raters * (SELECT count(*) FROM subjective)) AS counted,
  coalesce(l.lacking, []) AS lacking
FROM cards c
JOIN expected x ON x.employee_id = c.employee_id
LEFT JOIN given g ON g.employee_id = c.employee_id AND g.rater_type = x.rater_type
LEFT JOIN lacking l ON l.employee_id = c.employee_id
ORDER BY c.team, c.employee_id, x.rater_type;
