-- Every metric by day, week and month × team, channel and company, and by week and month × employee, in one long
-- table the explorer and the dashboard read directly. Values come from the metric_* macros (01_metric_definitions.sql);
-- the filtered path of src/lib/server/queries/metrics.ts groups the same facts with the same macros (its METRICS
-- registry repeats these source/value/n triples, and test/metrics/metric-series.test.ts checks that both paths agree on
-- every combination). Day × employee is left out: at that grain nearly every group holds one or two records (it is the
-- facts again, and with percentiles the costliest set by far), so metricSeries answers it from the facts.
-- Built in two steps for speed: one GROUPING SETS scan per fact table into a wide table (metric_grouped: a value and
-- an n column per metric), then the view metric_values unpivots it. Slices without a key (a sale without channel, an order without
-- seller) appear only in the company total.

-- Which grain and slice a GROUPING SETS row belongs to, from grouping() of its keys (0: the key is grouped on).
CREATE OR REPLACE MACRO grouped_grain(day_grouping, week_grouping) AS
  CASE WHEN day_grouping = 0 THEN 'day' WHEN week_grouping = 0 THEN 'week' ELSE 'month' END;
CREATE OR REPLACE MACRO grouped_slice_type(employee_grouping, team_grouping, channel_grouping) AS
  CASE WHEN employee_grouping = 0 THEN 'employee' WHEN team_grouping = 0 THEN 'team' WHEN channel_grouping = 0 THEN 'channel' ELSE 'company' END;
CREATE OR REPLACE MACRO grouped_slice(employee_grouping, team_grouping, channel_grouping, employee_id, team, channel) AS
  CASE WHEN employee_grouping = 0 THEN employee_id WHEN team_grouping = 0 THEN team WHEN channel_grouping = 0 THEN channel ELSE 'company' END;

CREATE OR REPLACE TABLE metric_grouped AS
-- fct_sales
SELECT
  'sales' AS source,
  grouped_grain(grouping(local_day), grouping(week)) AS grain,
  coalesce(local_day, week, month) AS period,
  grouped_slice_type(grouping(employee_id), grouping(team), grouping(channel)) AS slice_type,
  grouped_slice(grouping(employee_id), grouping(team), grouping(channel), employee_id, team, channel) AS slice,
  (metric_sales_amount(amount, cancelled))::DOUBLE AS sales_amount, metric_sales_n(cancelled) AS sales_amount_n,
    (metric_profit(profit, cancelled))::DOUBLE AS profit, metric_sales_n(cancelled) AS profit_n
FROM fct_sales
GROUP BY GROUPING SETS (
  (local_day, team), (local_day, channel), (local_day),
  (week, employee_id), (week, team), (week, channel), (week),
  (month, employee_id), (month, team), (month, channel), (month)
)
UNION ALL BY NAME
-- fct_new_customers
SELECT
  'new_customers' AS source,
  grouped_grain(grouping(local_day), grouping(week)) AS grain,
  coalesce(local_day, week, month) AS period,
  grouped_slice_type(grouping(employee_id), grouping(team), grouping(channel)) AS slice_type,
  grouped_slice(grouping(employee_id), grouping(team), grouping(channel), employee_id, team, channel) AS slice,
  (metric_new_customers(customer_id))::DOUBLE AS new_customers, metric_new_customers(customer_id) AS new_customers_n,
    (metric_new_customer_amount_90d(amount_90d))::DOUBLE AS new_customer_amount_90d, metric_new_customers(customer_id) AS new_customer_amount_90d_n
FROM fct_new_customers
GROUP BY GROUPING SETS (
  (local_day, team), (local_day, channel), (local_day),
  (week, employee_id), (week, team), (week, channel), (week),
  (month, employee_id), (month, team), (month, channel), (month)
)
UNION ALL BY NAME
-- fct_csat
SELECT
  'csat' AS source,
  grouped_grain(grouping(local_day), grouping(week)) AS grain,
  coalesce(local_day, week, month) AS period,
  grouped_slice_type(grouping(employee_id), grouping(team), grouping(channel)) AS slice_type,
  grouped_slice(grouping(employee_id), grouping(team), grouping(channel), employee_id, team, channel) AS slice,
  (metric_csat_pct(satisfied))::DOUBLE AS csat_pct, metric_csat_responses(satisfied) AS csat_pct_n,
    (metric_csat_responses(satisfied))::DOUBLE AS csat_responses, metric_csat_responses(satisfied) AS csat_responses_n
FROM fct_csat
GROUP BY GROUPING SETS (
  (local_day, team), (local_day, channel), (local_day),
  (week, employee_id), (week, team), (week, channel), (week),
  (month, employee_id), (month, team), (month, channel), (month)
)
UNION ALL BY NAME
-- fct_tickets
SELECT
  'tickets' AS source,
  grouped_grain(grouping(local_day), grouping(week)) AS grain,
  coalesce(local_day, week, month) AS period,
  grouped_slice_type(grouping(employee_id), grouping(team), grouping(channel)) AS slice_type,
  grouped_slice(grouping(employee_id), grouping(team), grouping(channel), employee_id, team, channel) AS slice,
  (metric_tickets(ticket_id))::DOUBLE AS tickets, metric_tickets(ticket_id) AS tickets_n,
    (metric_first_response_p50_minutes(first_response_minutes))::DOUBLE AS first_response_p50_minutes, metric_first_response_n(first_response_minutes) AS first_response_p50_minutes_n,
    (metric_first_response_p90_minutes(first_response_minutes))::DOUBLE AS first_response_p90_minutes, metric_first_response_n(first_response_minutes) AS first_response_p90_minutes_n,
    (metric_first_response_mean_minutes(first_response_minutes))::DOUBLE AS first_response_mean_minutes, metric_first_response_n(first_response_minutes) AS first_response_mean_minutes_n,
    (metric_resolution_p50_hours(resolution_hours))::DOUBLE AS resolution_p50_hours, metric_resolution_n(resolution_hours) AS resolution_p50_hours_n,
    (metric_resolution_mean_hours(resolution_hours))::DOUBLE AS resolution_mean_hours, metric_resolution_n(resolution_hours) AS resolution_mean_hours_n,
    (metric_sla_breach_rate(sla_status))::DOUBLE AS sla_breach_rate, metric_sla_judged(sla_status) AS sla_breach_rate_n,
    (metric_response_sla_pct(sla_status))::DOUBLE AS response_sla_pct, metric_sla_judged(sla_status) AS response_sla_pct_n
FROM fct_tickets
GROUP BY GROUPING SETS (
  (local_day, team), (local_day, channel), (local_day),
  (week, employee_id), (week, team), (week, channel), (week),
  (month, employee_id), (month, team), (month, channel), (month)
)
UNION ALL BY NAME
-- fct_orders
SELECT
  'orders' AS source,
  grouped_grain(grouping(local_day), grouping(week)) AS grain,
  coalesce(local_day, week, month) AS period,
  grouped_slice_type(grouping(employee_id), grouping(team), 1) AS slice_type,  -- orders have no channel
  grouped_slice(grouping(employee_id), grouping(team), 1, employee_id, team, NULL) AS slice,
  (metric_orders(cancelled, received_at))::DOUBLE AS orders, metric_orders(cancelled, received_at) AS orders_n,
    (metric_order_cycle_p50_hours(cycle_hours))::DOUBLE AS order_cycle_p50_hours, metric_order_cycle_n(cycle_hours) AS order_cycle_p50_hours_n,
    (metric_order_cycle_p90_hours(cycle_hours))::DOUBLE AS order_cycle_p90_hours, metric_order_cycle_n(cycle_hours) AS order_cycle_p90_hours_n,
    (metric_order_sla_pct(sla_status))::DOUBLE AS order_sla_pct, metric_sla_judged(sla_status) AS order_sla_pct_n,
    (metric_orders_pending(sla_status))::DOUBLE AS orders_pending, metric_orders(cancelled, received_at) AS orders_pending_n
FROM fct_orders
WHERE local_day IS NOT NULL
GROUP BY GROUPING SETS (
  (local_day, team), (local_day),
  (week, employee_id), (week, team), (week),
  (month, employee_id), (month, team), (month)
)
UNION ALL BY NAME
-- fct_sla_items
SELECT
  'sla_items' AS source,
  grouped_grain(grouping(local_day), grouping(week)) AS grain,
  coalesce(local_day, week, month) AS period,
  grouped_slice_type(grouping(employee_id), grouping(team), grouping(channel)) AS slice_type,
  grouped_slice(grouping(employee_id), grouping(team), grouping(channel), employee_id, team, channel) AS slice,
  (metric_process_compliance_pct(sla_status))::DOUBLE AS process_compliance_pct, metric_sla_judged(sla_status) AS process_compliance_pct_n
FROM fct_sla_items
GROUP BY GROUPING SETS (
  (local_day, team), (local_day, channel), (local_day),
  (week, employee_id), (week, team), (week, channel), (week),
  (month, employee_id), (month, team), (month, channel), (month)
);

-- The long form, unpivoted on read: a filter on metric prunes every other branch, so a read touches one metric's rows.
CREATE OR REPLACE VIEW metric_values AS
SELECT 'sales_amount' AS metric, grain, period, slice_type, slice, sales_amount AS value, sales_amount_n AS n FROM metric_grouped WHERE source = 'sales' AND slice IS NOT NULL AND period IS NOT NULL
UNION ALL SELECT 'profit' AS metric, grain, period, slice_type, slice, profit AS value, profit_n AS n FROM metric_grouped WHERE source = 'sales' AND slice IS NOT NULL AND period IS NOT NULL
UNION ALL SELECT 'new_customers' AS metric, grain, period, slice_type, slice, new_customers AS value, new_customers_n AS n FROM metric_grouped WHERE source = 'new_customers' AND slice IS NOT NULL AND period IS NOT NULL
UNION ALL SELECT 'new_customer_amount_90d' AS metric, grain, period, slice_type, slice, new_customer_amount_90d AS value, new_customer_amount_90d_n AS n FROM metric_grouped WHERE source = 'new_customers' AND slice IS NOT NULL AND period IS NOT NULL
UNION ALL SELECT 'csat_pct' AS metric, grain, period, slice_type, slice, csat_pct AS value, csat_pct_n AS n FROM metric_grouped WHERE source = 'csat' AND slice IS NOT NULL AND period IS NOT NULL
UNION ALL SELECT 'csat_responses' AS metric, grain, period, slice_type, slice, csat_responses AS value, csat_responses_n AS n FROM metric_grouped WHERE source = 'csat' AND slice IS NOT NULL AND period IS NOT NULL
UNION ALL SELECT 'tickets' AS metric, grain, period, slice_type, slice, tickets AS value, tickets_n AS n FROM metric_grouped WHERE source = 'tickets' AND slice IS NOT NULL AND period IS NOT NULL
UNION ALL SELECT 'first_response_p50_minutes' AS metric, grain, period, slice_type, slice, first_response_p50_minutes AS value, first_response_p50_minutes_n AS n FROM metric_grouped WHERE source = 'tickets' AND slice IS NOT NULL AND period IS NOT NULL
UNION ALL SELECT 'first_response_p90_minutes' AS metric, grain, period, slice_type, slice, first_response_p90_minutes AS value, first_response_p90_minutes_n AS n FROM metric_grouped WHERE source = 'tickets' AND slice IS NOT NULL AND period IS NOT NULL
UNION ALL SELECT 'first_response_mean_minutes' AS metric, grain, period, slice_type, slice, first_response_mean_minutes AS value, first_response_mean_minutes_n AS n FROM metric_grouped WHERE source = 'tickets' AND slice IS NOT NULL AND period IS NOT NULL
UNION ALL SELECT 'resolution_p50_hours' AS metric, grain, period, slice_type, slice, resolution_p50_hours AS value, resolution_p50_hours_n AS n FROM metric_grouped WHERE source = 'tickets' AND slice IS NOT NULL AND period IS NOT NULL
UNION ALL SELECT 'resolution_mean_hours' AS metric, grain, period, slice_type, slice, resolution_mean_hours AS value, resolution_mean_hours_n AS n FROM metric_grouped WHERE source = 'tickets' AND slice IS NOT NULL AND period IS NOT NULL
UNION ALL SELECT 'sla_breach_rate' AS metric, grain, period, slice_type, slice, sla_breach_rate AS value, sla_breach_rate_n AS n FROM metric_grouped WHERE source = 'tickets' AND slice IS NOT NULL AND period IS NOT NULL
UNION ALL SELECT 'response_sla_pct' AS metric, grain, period, slice_type, slice, response_sla_pct AS value, response_sla_pct_n AS n FROM metric_grouped WHERE source = 'tickets' AND slice IS NOT NULL AND period IS NOT NULL
UNION ALL SELECT 'orders' AS metric, grain, period, slice_type, slice, orders AS value, orders_n AS n FROM metric_grouped WHERE source = 'orders' AND slice IS NOT NULL AND period IS NOT NULL
UNION ALL SELECT 'order_cycle_p50_hours' AS metric, grain, period, slice_type, slice, order_cycle_p50_hours AS value, order_cycle_p50_hours_n AS n FROM metric_grouped WHERE source = 'orders' AND slice IS NOT NULL AND period IS NOT NULL
UNION ALL SELECT 'order_cycle_p90_hours' AS metric, grain, period, slice_type, slice, order_cycle_p90_hours AS value, order_cycle_p90_hours_n AS n FROM metric_grouped WHERE source = 'orders' AND slice IS NOT NULL AND period IS NOT NULL
UNION ALL SELECT 'order_sla_pct' AS metric, grain, period, slice_type, slice, order_sla_pct AS value, order_sla_pct_n AS n FROM metric_grouped WHERE source = 'orders' AND slice IS NOT NULL AND period IS NOT NULL
UNION ALL SELECT 'orders_pending' AS metric, grain, period, slice_type, slice, orders_pending AS value, orders_pending_n AS n FROM metric_grouped WHERE source = 'orders' AND slice IS NOT NULL AND period IS NOT NULL
UNION ALL SELECT 'process_compliance_pct' AS metric, grain, period, slice_type, slice, process_compliance_pct AS value, process_compliance_pct_n AS n FROM metric_grouped WHERE source = 'sla_items' AND slice IS NOT NULL AND period IS NOT NULL;
