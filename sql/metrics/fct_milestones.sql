-- One row per milestone (SPEC 9.3) with its status at as_of_day, by month of due_on, credited to its owner.
-- First that applies: cancelled (its own cancelled_on, or its project's while it was not done on or before that day;
-- counts neither way), on_time (done_on <= due_on), late (done after due_on, or not done and as_of_day > due_on),
-- pending. slip_days: a late milestone's (done_on, or as_of_day while not done) − due_on, in calendar days.
CREATE OR REPLACE TABLE fct_milestones AS
WITH judged AS (
  SELECT
    m.*,
    p.project_id IS NOT NULL AS project_loaded,
    p.name AS project_name,
    d.as_of_day,
    CASE
      WHEN m.cancelled_on IS NOT NULL THEN 'cancelled'
      WHEN p.cancelled_on IS NOT NULL AND NOT coalesce(m.done_on <= p.cancelled_on, false) THEN 'cancelled'
      WHEN m.done_on <= m.due_on THEN 'on_time'
      WHEN m.done_on > m.due_on THEN 'late'
      WHEN m.done_on IS NULL AND d.as_of_day > m.due_on THEN 'late'
      ELSE 'pending'
    END AS status
  FROM milestones m
  CROSS JOIN wh_as_of_day d
  LEFT JOIN projects p ON p.project_id = m.project_id
)
SELECT
  j.project_id,
  j.milestone_id,
  j.name,
  j.project_name,
  j.project_loaded,
  j.employee_id,
  e.team,
  e.role,
  j.due_on,
  j.due_on                             AS local_day,
  date_trunc('week', j.due_on)::DATE   AS week,
  date_trunc('month', j.due_on)::DATE  AS month,
  j.done_on,
  j.cancelled_on,
  j.status,
  CASE WHEN j.status = 'late' THEN date_diff('day', j.due_on, coalesce(j.done_on, j.as_of_day)) END AS slip_days
FROM judged j
LEFT JOIN dim_employees e ON e.employee_id = j.employee_id;
