-- The appraisal's input: one row per employee and month with any activity (a sale, cancelled or not; a new customer;
-- a CSAT response; a ticket; an order credited to them; a lead assigned to them). Counts and sums are 0 when the employee had none of that
-- activity in the month; percentiles, means and percentages are NULL when there is nothing to measure.
-- Money stays DECIMAL (exact to the cent). Every value comes from the metric_* macros (sql/macros/metric_definitions.sql).
CREATE OR REPLACE TABLE mart_employee_month AS
WITH sales AS (
  SELECT employee_id, month,
         metric_sales_amount(amount, cancelled) AS sales_amount,
         metric_profit(profit, cancelled)       AS profit,
         metric_sales_n(cancelled)              AS sales_orders
  FROM fct_sales GROUP BY employee_id, month
), new_customers AS (
  SELECT employee_id, month,
         metric_new_customers(customer_id)            AS new_customers,
         metric_new_customer_amount_90d(amount_90d)   AS new_customer_amount_90d
  FROM fct_new_customers GROUP BY employee_id, month
), csat AS (
  SELECT employee_id, month,
         metric_csat_responses(satisfied) AS csat_responses,
         metric_csat_satisfied(satisfied) AS csat_satisfied,
         metric_csat_pct(satisfied)       AS csat_pct
  FROM fct_csat GROUP BY employee_id, month
), tickets AS (
  SELECT employee_id, month,
         metric_tickets(ticket_id)                                  AS tickets,
         metric_first_response_n(first_response_minutes)            AS first_response_count,
         metric_first_response_p50_minutes(first_response_minutes)  AS first_response_p50_minutes,
         metric_first_response_p90_minutes(first_response_minutes)  AS first_response_p90_minutes,
         metric_first_response_mean_minutes(first_response_minutes) AS first_response_mean_minutes,
         metric_resolution_p50_hours(resolution_hours)              AS resolution_p50_hours,
         metric_resolution_mean_hours(resolution_hours)             AS resolution_mean_hours,
         metric_sla_within(sla_status)                              AS sla_within,
         metric_sla_breach(sla_status)                              AS sla_breach,
         metric_sla_pending(sla_status)                             AS sla_pending,
         metric_response_sla_pct(sla_status)                        AS response_sla_pct
  FROM fct_tickets GROUP BY employee_id, month
), orders AS (
  SELECT employee_id, month,
         metric_orders(cancelled, received_at)        AS orders,
         metric_sla_within(sla_status)                AS orders_within,
         metric_sla_breach(sla_status)                AS orders_breach,
         metric_orders_pending(sla_status)            AS orders_pending,
         metric_order_sla_pct(sla_status)             AS order_sla_pct,
         metric_order_cycle_p50_hours(cycle_hours)    AS order_cycle_p50_hours,
         metric_order_cycle_p90_hours(cycle_hours)    AS order_cycle_p90_hours,
         count_if(stage_warning)                      AS orders_stage_warnings
  FROM fct_orders WHERE employee_id IS NOT NULL AND month IS NOT NULL GROUP BY employee_id, month
), compliance AS (
  SELECT employee_id, month, metric_process_compliance_pct(sla_status) AS process_compliance_pct
  FROM fct_sla_items WHERE employee_id IS NOT NULL AND month IS NOT NULL GROUP BY employee_id, month
), leads AS (
  -- SPEC 9.6: lead contact is process activity (its SLA items are in compliance above); no leads, no rows.
  SELECT employee_id, month FROM fct_leads WHERE employee_id IS NOT NULL GROUP BY employee_id, month
), activity AS (
  SELECT employee_id, month FROM sales
  UNION SELECT employee_id, month FROM new_customers
  UNION SELECT employee_id, month FROM csat
  UNION SELECT employee_id, month FROM tickets
  UNION SELECT employee_id, month FROM orders
  UNION SELECT employee_id, month FROM leads
)
SELECT
  a.employee_id,
  a.month,
  coalesce(s.sales_amount, 0)               AS sales_amount,
  coalesce(s.profit, 0)                     AS profit,
  coalesce(n.new_customers, 0)              AS new_customers,
  coalesce(n.new_customer_amount_90d, 0)    AS new_customer_amount_90d,
  coalesce(c.csat_responses, 0)             AS csat_responses,
  coalesce(c.csat_satisfied, 0)             AS csat_satisfied,
  c.csat_pct,
  coalesce(t.tickets, 0)                    AS tickets,
  t.first_response_p50_minutes,
  t.first_response_p90_minutes,
  t.first_response_mean_minutes,
  coalesce(t.sla_within, 0)                 AS sla_within,
  coalesce(t.sla_breach, 0)                 AS sla_breach,
  coalesce(t.sla_pending, 0)                AS sla_pending,
  coalesce(o.orders, 0)                     AS orders,
  coalesce(o.orders_within, 0)              AS orders_within,
  coalesce(o.orders_breach, 0)              AS orders_breach,
  coalesce(o.orders_pending, 0)             AS orders_pending,
  p.process_compliance_pct,
  -- extra columns beyond the contract
  coalesce(s.sales_orders, 0)               AS sales_orders,
  coalesce(t.first_response_count, 0)       AS first_response_count,
  t.resolution_p50_hours,
  t.resolution_mean_hours,
  t.response_sla_pct,
  o.order_sla_pct,
  o.order_cycle_p50_hours,
  o.order_cycle_p90_hours,
  coalesce(o.orders_stage_warnings, 0)      AS orders_stage_warnings
FROM activity a
LEFT JOIN sales s         ON s.employee_id = a.employee_id AND s.month = a.month
LEFT JOIN new_customers n ON n.employee_id = a.employee_id AND n.month = a.month
LEFT JOIN csat c          ON c.employee_id = a.employee_id AND c.month = a.month
LEFT JOIN tickets t       ON t.employee_id = a.employee_id AND t.month = a.month
LEFT JOIN orders o        ON o.employee_id = a.employee_id AND o.month = a.month
LEFT JOIN compliance p    ON p.employee_id = a.employee_id AND p.month = a.month
ORDER BY a.month, a.employee_id;
