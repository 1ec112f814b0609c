-- Per supervisor (SPEC 10.6): expected = the subjective indicators × their direct reports with a card in $month,
-- given = their supervisor ratings of those reports (counted at most once per indicator each), and which reports still
-- miss some. {{scope}} is the caller's scope on the ratee (alias c).
WITH subjective AS (
  SELECT indicator FROM cfg_indicator WHERE kind IN ('ability', 'attitude')
),
reports AS (
  SELECT c.employee_id, c.name, e.manager_id
  FROM appraisal_scorecards c JOIN employees e ON e.employee_id = c.employee_id
  WHERE c.month = $month::DATE AND e.manager_id IS NOT NULL AND {{scope}}
),
given AS (
  SELECT p.manager_id, p.employee_id, count(DISTINCT r.indicator) AS given
  FROM reports p
  JOIN ratings r ON r.period = $month::DATE AND r.employee_id = p.employee_id AND r.rater_id = p.manager_id
                AND r.rater_type = 'supervisor'
  JOIN subjective s ON s.indicator = r.indicator
  GROUP BY p.manager_id, p.employee_id
)
SELECT
  p.manager_id AS supervisor_id,
  coalesce(m.name, p.manager_id) AS supervisor_name,
  m.team AS supervisor_team,
  count(*) AS direct_reports,
  count(*) * (SELECT count(*) FROM subjective) AS expected,
  coalesce(sum(g.given), 0) AS given,
  100.0 * coalesce(sum(g.given), 0) / (count(*) * (SELECT count(*) FROM subjective)) AS completion_pct,
  coalesce(list(p.employee_id ORDER BY p.employee_id) FILTER (WHERE coalesce(g.given, 0) < (SELECT count(*) FROM subjective)), []) AS reports_missing
FROM reports p
LEFT JOIN given g ON g.manager_id = p.manager_id AND g.employee_id = p.employee_id
LEFT JOIN employees m ON m.employee_id = p.manager_id
GROUP BY p.manager_id, m.name, m.team
ORDER BY completion_pct, supervisor_id;
