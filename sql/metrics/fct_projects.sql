-- One row per project (SPEC 9.3) with its status at as_of_day, by month of planned_end_on, credited to its owner.
-- First that applies: cancelled (counts neither way); on_time (closed by planned_end_on and accepted); late (closed
-- after planned_end_on, or failed acceptance, or not closed and as_of_day > planned_end_on); pending (not closed and
-- not yet due, or closed in time with acceptance pending).
CREATE OR REPLACE TABLE fct_projects AS
SELECT
  p.project_id,
  p.name,
  p.employee_id,
  e.team,
  e.role,
  p.started_on,
  p.planned_end_on,
  p.planned_end_on                             AS local_day,
  date_trunc('week', p.planned_end_on)::DATE   AS week,
  date_trunc('month', p.planned_end_on)::DATE  AS month,
  p.closed_on,
  p.accepted,
  p.cancelled_on,
  CASE
    WHEN p.cancelled_on IS NOT NULL THEN 'cancelled'
    WHEN p.closed_on <= p.planned_end_on AND p.accepted THEN 'on_time'
    WHEN p.closed_on > p.planned_end_on THEN 'late'
    WHEN p.accepted = false THEN 'late'
    WHEN p.closed_on IS NULL AND d.as_of_day > p.planned_end_on THEN 'late'
    ELSE 'pending'
  END AS status,
  (SELECT count(*) FROM milestones m WHERE m.project_id = p.project_id) AS milestones
FROM projects p
CROSS JOIN wh_as_of_day d
LEFT JOIN dim_employees e ON e.employee_id = p.employee_id;
