-- Every metric by day, week and month × employee, team, channel and company, in one long table the explorer and
-- the dashboard read directly. Values come from the metric_* macros (01_metric_definitions.sql); the filtered path of
-- src/lib/server/queries/metrics.ts groups the same facts with the same macros (its METRICS registry repeats these
-- source/value/n triples, and test/metrics/metric-series.test.ts checks both paths agree on every combination).
-- One scan per fact table: GROUPING SETS compute all twelve grain × slice combinations together.
-- Slices without a key (a sale without channel, an order without seller) appear only in the company total.
CREATE OR REPLACE TABLE metric_values AS
WITH grouped AS (
  -- fct_sales
  SELECT
    CASE WHEN grouping(local_day) = 0 THEN 'day' WHEN grouping(week) = 0 THEN 'week' ELSE 'month' END AS grain,
    coalesce(local_day, week, month) AS period,
    CASE WHEN grouping(employee_id) = 0 THEN 'employee' WHEN grouping(team) = 0 THEN 'team' WHEN grouping(channel) = 0 THEN 'channel' ELSE 'company' END AS slice_type,
    CASE WHEN grouping(employee_id) = 0 THEN employee_id WHEN grouping(team) = 0 THEN team WHEN grouping(channel) = 0 THEN channel ELSE 'company' END AS slice,
    [
      {'metric': 'sales_amount', 'value': (metric_sales_amount(amount, cancelled))::DOUBLE, 'n': metric_sales_n(cancelled)},
      {'metric': 'profit', 'value': (metric_profit(profit, cancelled))::DOUBLE, 'n': metric_sales_n(cancelled)}
    ] AS measures
  FROM fct_sales
  GROUP BY GROUPING SETS (
    (local_day, employee_id), (local_day, team), (local_day, channel), (local_day),
    (week, employee_id), (week, team), (week, channel), (week),
    (month, employee_id), (month, team), (month, channel), (month)
  )
  UNION ALL
  -- fct_new_customers
  SELECT
    CASE WHEN grouping(local_day) = 0 THEN 'day' WHEN grouping(week) = 0 THEN 'week' ELSE 'month' END AS grain,
    coalesce(local_day, week, month) AS period,
    CASE WHEN grouping(employee_id) = 0 THEN 'employee' WHEN grouping(team) = 0 THEN 'team' WHEN grouping(channel) = 0 THEN 'channel' ELSE 'company' END AS slice_type,
    CASE WHEN grouping(employee_id) = 0 THEN employee_id WHEN grouping(team) = 0 THEN team WHEN grouping(channel) = 0 THEN channel ELSE 'company' END AS slice,
    [
      {'metric': 'new_customers', 'value': (metric_new_customers(customer_id))::DOUBLE, 'n': metric_new_customers(customer_id)},
      {'metric': 'new_customer_amount_90d', 'value': (metric_new_customer_amount_90d(amount_90d))::DOUBLE, 'n': metric_new_customers(customer_id)}
    ] AS measures
  FROM fct_new_customers
  GROUP BY GROUPING SETS (
    (local_day, employee_id), (local_day, team), (local_day, channel), (local_day),
    (week, employee_id), (week, team), (week, channel), (week),
    (month, employee_id), (month, team), (month, channel), (month)
  )
  UNION ALL
  -- fct_csat
  SELECT
    CASE WHEN grouping(local_day) = 0 THEN 'day' WHEN grouping(week) = 0 THEN 'week' ELSE 'month' END AS grain,
    coalesce(local_day, week, month) AS period,
    CASE WHEN grouping(employee_id) = 0 THEN 'employee' WHEN grouping(team) = 0 THEN 'team' WHEN grouping(channel) = 0 THEN 'channel' ELSE 'company' END AS slice_type,
    CASE WHEN grouping(employee_id) = 0 THEN employee_id WHEN grouping(team) = 0 THEN team WHEN grouping(channel) = 0 THEN channel ELSE 'company' END AS slice,
    [
      {'metric': 'csat_pct', 'value': (metric_csat_pct(satisfied))::DOUBLE, 'n': metric_csat_responses(satisfied)},
      {'metric': 'csat_responses', 'value': (metric_csat_responses(satisfied))::DOUBLE, 'n': metric_csat_responses(satisfied)}
    ] AS measures
  FROM fct_csat
  GROUP BY GROUPING SETS (
    (local_day, employee_id), (local_day, team), (local_day, channel), (local_day),
    (week, employee_id), (week, team), (week, channel), (week),
    (month, employee_id), (month, team), (month, channel), (month)
  )
  UNION ALL
  -- fct_tickets
  SELECT
    CASE WHEN grouping(local_day) = 0 THEN 'day' WHEN grouping(week) = 0 THEN 'week' ELSE 'month' END AS grain,
    coalesce(local_day, week, month) AS period,
    CASE WHEN grouping(employee_id) = 0 THEN 'employee' WHEN grouping(team) = 0 THEN 'team' WHEN grouping(channel) = 0 THEN 'channel' ELSE 'company' END AS slice_type,
    CASE WHEN grouping(employee_id) = 0 THEN employee_id WHEN grouping(team) = 0 THEN team WHEN grouping(channel) = 0 THEN channel ELSE 'company' END AS slice,
    [
      {'metric': 'tickets', 'value': (metric_tickets(ticket_id))::DOUBLE, 'n': metric_tickets(ticket_id)},
      {'metric': 'first_response_p50_minutes', 'value': (metric_first_response_p50_minutes(first_response_minutes))::DOUBLE, 'n': metric_first_response_n(first_response_minutes)},
      {'metric': 'first_response_p90_minutes', 'value': (metric_first_response_p90_minutes(first_response_minutes))::DOUBLE, 'n': metric_first_response_n(first_response_minutes)},
      {'metric': 'first_response_mean_minutes', 'value': (metric_first_response_mean_minutes(first_response_minutes))::DOUBLE, 'n': metric_first_response_n(first_response_minutes)},
      {'metric': 'resolution_p50_hours', 'value': (metric_resolution_p50_hours(resolution_hours))::DOUBLE, 'n': metric_resolution_n(resolution_hours)},
      {'metric': 'resolution_mean_hours', 'value': (metric_resolution_mean_hours(resolution_hours))::DOUBLE, 'n': metric_resolution_n(resolution_hours)},
      {'metric': 'sla_breach_rate', 'value': (metric_sla_breach_rate(sla_status))::DOUBLE, 'n': metric_sla_judged(sla_status)},
      {'metric': 'response_sla_pct', 'value': (metric_response_sla_pct(sla_status))::DOUBLE, 'n': metric_sla_judged(sla_status)}
    ] AS measures
  FROM fct_tickets
  GROUP BY GROUPING SETS (
    (local_day, employee_id), (local_day, team), (local_day, channel), (local_day),
    (week, employee_id), (week, team), (week, channel), (week),
    (month, employee_id), (month, team), (month, channel), (month)
  )
  UNION ALL
  -- fct_orders
  SELECT
    CASE WHEN grouping(local_day) = 0 THEN 'day' WHEN grouping(week) = 0 THEN 'week' ELSE 'month' END AS grain,
    coalesce(local_day, week, month) AS period,
    CASE WHEN grouping(employee_id) = 0 THEN 'employee' WHEN grouping(team) = 0 THEN 'team' ELSE 'company' END AS slice_type,
    CASE WHEN grouping(employee_id) = 0 THEN employee_id WHEN grouping(team) = 0 THEN team ELSE 'company' END AS slice,
    [
      {'metric': 'orders', 'value': (metric_orders(cancelled, received_at))::DOUBLE, 'n': metric_orders(cancelled, received_at)},
      {'metric': 'order_cycle_p50_hours', 'value': (metric_order_cycle_p50_hours(cycle_hours))::DOUBLE, 'n': metric_order_cycle_n(cycle_hours)},
      {'metric': 'order_cycle_p90_hours', 'value': (metric_order_cycle_p90_hours(cycle_hours))::DOUBLE, 'n': metric_order_cycle_n(cycle_hours)},
      {'metric': 'order_sla_pct', 'value': (metric_order_sla_pct(sla_status))::DOUBLE, 'n': metric_sla_judged(sla_status)},
      {'metric': 'orders_pending', 'value': (metric_orders_pending(sla_status))::DOUBLE, 'n': metric_orders(cancelled, received_at)}
    ] AS measures
  FROM fct_orders
  WHERE local_day IS NOT NULL
  GROUP BY GROUPING SETS (
    (local_day, employee_id), (local_day, team), (local_day),
    (week, employee_id), (week, team), (week),
    (month, employee_id), (month, team), (month)
  )
  UNION ALL
  -- fct_sla_items
  SELECT
    CASE WHEN grouping(local_day) = 0 THEN 'day' WHEN grouping(week) = 0 THEN 'week' ELSE 'month' END AS grain,
    coalesce(local_day, week, month) AS period,
    CASE WHEN grouping(employee_id) = 0 THEN 'employee' WHEN grouping(team) = 0 THEN 'team' WHEN grouping(channel) = 0 THEN 'channel' ELSE 'company' END AS slice_type,
    CASE WHEN grouping(employee_id) = 0 THEN employee_id WHEN grouping(team) = 0 THEN team WHEN grouping(channel) = 0 THEN channel ELSE 'company' END AS slice,
    [
      {'metric': 'process_compliance_pct', 'value': (metric_process_compliance_pct(sla_status))::DOUBLE, 'n': metric_sla_judged(sla_status)}
    ] AS measures
  FROM fct_sla_items
  GROUP BY GROUPING SETS (
    (local_day, employee_id), (local_day, team), (local_day, channel), (local_day),
    (week, employee_id), (week, team), (week, channel), (week),
    (month, employee_id), (month, team), (month, channel), (month)
  )
)
SELECT m.metric, g.grain, g.period, g.slice_type, g.slice, m.value, m.n
FROM grouped g, unnest(g.measures) AS u(m)
WHERE g.slice IS NOT NULL AND g.period IS NOT NULL
ORDER BY m.metric, g.grain, g.slice_type, g.slice, g.period;
