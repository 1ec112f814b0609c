-- Milestones due in the range with their status at as_of_day: by due day (the calendar), or biggest slip first.
SELECT
  m.project_id,
  m.project_name,
  m.milestone_id,
  m.name,
  m.employee_id,
  e.name AS owner,
  m.team,
  strftime(m.due_on, '%Y-%m-%d') AS due_on,
  strftime(m.done_on, '%Y-%m-%d') AS done_on,
  m.status,
  m.slip_days
FROM (SELECT * FROM fct_milestones WHERE {{where}}) m
LEFT JOIN dim_employees e ON e.employee_id = m.employee_id
ORDER BY {{order}}
LIMIT $limit
