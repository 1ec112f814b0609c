-- Every known employee with the attributes the appraisal and the slices need.
CREATE OR REPLACE TABLE dim_employees AS
SELECT
  employee_id,
  coalesce(name, employee_id) AS name,
  coalesce(team, '(no team)') AS team,
  role,
  manager_id,
  customer_facing,
  hired_on,
  left_on
FROM stg_employees;
