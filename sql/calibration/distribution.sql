-- SPEC 10.7: the grade distribution of the cards of months $from..$to per team, per manager (their direct reports,
-- the people that supervisor rates) and for the company, on the cards' grades; cards without a grade counted apart.
-- Shares and flags against calibration.target_shares are added by the caller (src/lib/server/ratings/calibration.ts).
-- The cards placeholder is the displayed cards (a published month's snapshot, live cards elsewhere: cycle/cards.ts cardSource);
-- {{scope}} is the caller's scope on the card (alias c).
WITH shown AS (
  SELECT c.employee_id, c.team, c.grade, e.manager_id
  FROM {{cards}} c
  JOIN employees e ON e.employee_id = c.employee_id
  WHERE c.month BETWEEN $from::DATE AND $to::DATE AND {{scope}}
),
grouped AS (
  SELECT 'company' AS group_type, 'company' AS group_id, grade FROM shown
  UNION ALL
  SELECT 'team', team, grade FROM shown
  UNION ALL
  SELECT 'manager', manager_id, grade FROM shown WHERE manager_id IS NOT NULL
)
SELECT
  g.group_type,
  g.group_id,
  CASE WHEN g.group_type = 'manager' THEN coalesce(m.name, g.group_id) ELSE g.group_id END AS group_name,
  count(g.grade) AS graded,
  count(*) - count(g.grade) AS ungraded,
  count(*) FILTER (WHERE g.grade = 'excellent') AS excellent,
  count(*) FILTER (WHERE g.grade = 'good') AS good,
  count(*) FILTER (WHERE g.grade = 'qualified') AS qualified,
  count(*) FILTER (WHERE g.grade = 'unqualified') AS unqualified
FROM grouped g
LEFT JOIN employees m ON g.group_type = 'manager' AND m.employee_id = g.group_id
GROUP BY g.group_type, g.group_id, m.name
ORDER BY CASE g.group_type WHEN 'company' THEN 1 WHEN 'team' THEN 2 ELSE 3 END, g.group_id;
