-- Monthly targets as a long table beside metric_values: per employee, summed per team and for the company, so trend
-- charts can draw a target line at any slice. Only sales_amount, profit and new_customers have targets.
CREATE OR REPLACE TABLE target_values AS
WITH long AS (
  SELECT employee_id, team, month, 'sales_amount' AS metric, sales_target AS target FROM fct_targets
  UNION ALL SELECT employee_id, team, month, 'profit', profit_target FROM fct_targets
  UNION ALL SELECT employee_id, team, month, 'new_customers', new_customers_target FROM fct_targets
)
SELECT
  metric,
  month,
  CASE WHEN grouping(employee_id) = 0 THEN 'employee' WHEN grouping(team) = 0 THEN 'team' ELSE 'company' END AS slice_type,
  CASE WHEN grouping(employee_id) = 0 THEN employee_id WHEN grouping(team) = 0 THEN team ELSE 'company' END AS slice,
  sum(target) AS target,                 -- DECIMAL, exact
  count(target) AS employees_with_target
FROM long
WHERE target IS NOT NULL
GROUP BY GROUPING SETS ((metric, month, employee_id), (metric, month, team), (metric, month))
ORDER BY metric, slice_type, slice, month;
