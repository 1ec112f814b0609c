-- Monthly targets per employee (month is the first day of the month).
CREATE OR REPLACE VIEW stg_targets AS
SELECT employee_id, month, sales_target, profit_target, new_customers_target
FROM targets;
