-- One row per inspection (SPEC 9.4), by inspected_at. A person inspection (employee_id given) counts for the person's
-- team in team slices (a differing recorded team is kept as recorded_team); a team inspection for its team.
CREATE OR REPLACE TABLE fct_inspections AS
WITH local AS (
  SELECT i.*, timezone((SELECT business_timezone FROM cfg_scalar), i.inspected_at) AS local_at FROM inspections i
)
SELECT
  i.inspection_id,
  i.inspected_at,
  i.local_at::DATE                        AS local_day,
  date_trunc('week', i.local_at)::DATE    AS week,
  date_trunc('month', i.local_at)::DATE   AS month,
  i.process,
  CASE WHEN i.employee_id IS NOT NULL THEN 'person' ELSE 'team' END AS kind,
  i.employee_id,
  coalesce(e.team, i.team)                AS team,
  i.team                                  AS recorded_team,
  i.inspector,
  i.score,
  i.findings_count
FROM local i
LEFT JOIN dim_employees e ON e.employee_id = i.employee_id;
