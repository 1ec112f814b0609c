-- Projects due (planned_end_on) in the range per owner and status at as_of_day, with the owner's on-time rate.
SELECT
  p.employee_id,
  e.name AS owner,
  p.team,
  count(*) AS projects,
  count_if(p.status = 'on_time') AS on_time,
  count_if(p.status = 'late') AS late,
  count_if(p.status = 'pending') AS pending,
  count_if(p.status = 'cancelled') AS cancelled,
  metric_project_on_time_pct(p.status) AS project_on_time_pct,
  list(p.project_id || ' ' || p.status ORDER BY p.planned_end_on, p.project_id) AS project_statuses
FROM (SELECT * FROM fct_projects WHERE {{where}}) p
LEFT JOIN dim_employees e ON e.employee_id = p.employee_id
GROUP BY ALL
ORDER BY late DESC, projects DESC, p.employee_id
