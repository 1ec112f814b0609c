-- The employee's milestones due in the month (SPEC 9.3) with their status at as_of_day: late first, biggest slip first.
SELECT
  m.project_id,
  m.project_name,
  m.milestone_id,
  m.name,
  strftime(m.due_on, '%Y-%m-%d') AS due_on,
  strftime(m.done_on, '%Y-%m-%d') AS done_on,
  m.status,
  m.slip_days
FROM fct_milestones m
WHERE m.employee_id = $employee AND m.month = $month::DATE
ORDER BY CASE m.status WHEN 'late' THEN 0 WHEN 'pending' THEN 1 WHEN 'on_time' THEN 2 ELSE 3 END, m.slip_days DESC NULLS LAST, m.due_on, m.project_id, m.milestone_id;
