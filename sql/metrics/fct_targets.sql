-- Monthly targets per employee with the employee's team and role, for target lines at any slice.
CREATE OR REPLACE TABLE fct_targets AS
SELECT t.employee_id, t.month, e.team, e.role, t.sales_target, t.profit_target, t.new_customers_target
FROM stg_targets t
LEFT JOIN dim_employees e USING (employee_id);
