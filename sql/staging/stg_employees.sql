-- Employees as loaded (one row per employee_id: the load replaces a re-sent employee).
CREATE OR REPLACE VIEW stg_employees AS
SELECT employee_id, name, team, role, manager_id, customer_facing, hired_on, left_on
FROM employees;
