-- Whom an incident on an employee's or a team's slice is reported to (issue 17), from the manager_id tree of the
-- loaded employees (the raw table: routing needs no build). Staff = employees not gone before $today.
-- employee slice: the employee's manager_id, when that manager is on the staff.
-- team slice: the person above the team: among the managers of the team's staff, those who are not in the team
-- themselves (the head of a team that includes its own lead is the lead's manager); the one most of the team's staff
-- report to, ties to the lowest id. When every manager is inside the team (nobody above it), the most common
-- manager_id among its staff. No manager at all: no row (the rule's company-level fallback).
WITH staff AS (
  SELECT * FROM employees WHERE left_on IS NULL OR left_on >= $today::DATE
), employee_superior AS (
  SELECT 'employee' AS slice_type, e.employee_id AS slice, m.employee_id AS superior_id, m.name AS superior_name
    FROM staff e JOIN staff m ON m.employee_id = e.manager_id
), team_managers AS (
  SELECT e.team, m.employee_id AS manager_id, m.name AS manager_name,
         m.team IS DISTINCT FROM e.team AS outside_team, count(*) AS reports
    FROM staff e JOIN staff m ON m.employee_id = e.manager_id
   GROUP BY ALL
), team_superior AS (
  SELECT 'team' AS slice_type, team AS slice, manager_id AS superior_id, manager_name AS superior_name
    FROM team_managers
 QUALIFY row_number() OVER (PARTITION BY team ORDER BY outside_team DESC, reports DESC, manager_id) = 1
)
SELECT * FROM employee_superior
UNION ALL
SELECT * FROM team_superior;
