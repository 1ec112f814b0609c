-- The one definition of every metric of SPEC section 3, as aggregate macros over the fact tables' columns.
-- The mart, metric_grouped and the filtered queries of src/lib/server/queries/metrics.ts all call these (the metric
-- catalog, src/lib/catalog/metrics.ts, names each metric's calls), so a metric cannot mean one thing on a scorecard and another in the explorer.
-- metric_<name>(...) is the value; metric_<name>_n(...) the count of records behind it.

-- Sales and profit: cancelled orders are left out (0 when every sale of the group was cancelled). Sums stay DECIMAL.
CREATE OR REPLACE MACRO metric_sales_amount(amount, cancelled) AS coalesce(sum(amount) FILTER (WHERE NOT cancelled), 0);
CREATE OR REPLACE MACRO metric_profit(profit, cancelled) AS coalesce(sum(profit) FILTER (WHERE NOT cancelled), 0);
CREATE OR REPLACE MACRO metric_sales_n(cancelled) AS count_if(NOT cancelled);

-- Orders (fct_orders): non-cancelled orders received in the period, credited to the seller.
CREATE OR REPLACE MACRO metric_orders(cancelled, received_at) AS count_if(NOT cancelled AND received_at IS NOT NULL);

-- New customers (fct_new_customers, one row per customer at their first sale).
CREATE OR REPLACE MACRO metric_new_customers(customer_id) AS count(customer_id);
CREATE OR REPLACE MACRO metric_new_customer_amount_90d(amount_90d) AS sum(amount_90d);

-- CSAT: share of satisfied (score >= 4) responses; fewer than csat_min_responses gives no value (NULL, not 0).
CREATE OR REPLACE MACRO metric_csat_responses(satisfied) AS count(satisfied);
CREATE OR REPLACE MACRO metric_csat_satisfied(satisfied) AS count_if(satisfied);
CREATE OR REPLACE MACRO metric_csat_pct(satisfied) AS
  CASE WHEN count(satisfied) >= (SELECT csat_min_responses FROM cfg_scalar) AND count(satisfied) > 0
       THEN 100.0 * count_if(satisfied) / count(satisfied) END;

-- Tickets and first response (unanswered tickets count as tickets but have no minutes).
CREATE OR REPLACE MACRO metric_tickets(ticket_id) AS count(ticket_id);
-- p50 and p90 index one shared quantile_cont([0.5, 0.9]) call: DuckDB computes an aggregate repeated in a SELECT once,
-- so a query asking for both sorts each group once (about 2.5× faster on millions of tickets).
CREATE OR REPLACE MACRO metric_first_response_quantiles(minutes) AS quantile_cont(minutes, [0.5, 0.9]);
CREATE OR REPLACE MACRO metric_first_response_p50_minutes(minutes) AS metric_first_response_quantiles(minutes)[1];
CREATE OR REPLACE MACRO metric_first_response_p90_minutes(minutes) AS metric_first_response_quantiles(minutes)[2];
CREATE OR REPLACE MACRO metric_first_response_mean_minutes(minutes) AS avg(minutes);
CREATE OR REPLACE MACRO metric_first_response_n(minutes) AS count(minutes);
CREATE OR REPLACE MACRO metric_resolution_p50_hours(hours) AS quantile_cont(hours, 0.5);
CREATE OR REPLACE MACRO metric_resolution_mean_hours(hours) AS avg(hours);
CREATE OR REPLACE MACRO metric_resolution_n(hours) AS count(hours);
-- Escalation: the share of tickets escalated (an unknown flag counts as not escalated, as staged).
CREATE OR REPLACE MACRO metric_escalation_rate(escalated) AS count_if(escalated)::DOUBLE / nullif(count(escalated), 0);

-- SLA outcomes (sla_status within | breach | pending): pending items count neither way.
CREATE OR REPLACE MACRO metric_sla_within(sla_status) AS count_if(sla_status = 'within');
CREATE OR REPLACE MACRO metric_sla_breach(sla_status) AS count_if(sla_status = 'breach');
CREATE OR REPLACE MACRO metric_sla_pending(sla_status) AS count_if(sla_status = 'pending');
CREATE OR REPLACE MACRO metric_sla_judged(sla_status) AS count_if(sla_status IN ('within', 'breach'));
CREATE OR REPLACE MACRO metric_sla_pct(sla_status) AS
  100.0 * count_if(sla_status = 'within') / nullif(count_if(sla_status IN ('within', 'breach')), 0);
CREATE OR REPLACE MACRO metric_sla_breach_rate(sla_status) AS
  count_if(sla_status = 'breach')::DOUBLE / nullif(count_if(sla_status IN ('within', 'breach')), 0);
-- Response SLA over tickets, order SLA over orders, process compliance over both (fct_sla_items): one formula.
CREATE OR REPLACE MACRO metric_response_sla_pct(sla_status) AS metric_sla_pct(sla_status);
CREATE OR REPLACE MACRO metric_order_sla_pct(sla_status) AS metric_sla_pct(sla_status);
CREATE OR REPLACE MACRO metric_process_compliance_pct(sla_status) AS metric_sla_pct(sla_status);
CREATE OR REPLACE MACRO metric_orders_pending(sla_status) AS metric_sla_pending(sla_status);

-- Order cycle (delivered − received; NULL for cancelled or undelivered orders).
CREATE OR REPLACE MACRO metric_order_cycle_quantiles(hours) AS quantile_cont(hours, [0.5, 0.9]);
CREATE OR REPLACE MACRO metric_order_cycle_p50_hours(hours) AS metric_order_cycle_quantiles(hours)[1];
CREATE OR REPLACE MACRO metric_order_cycle_p90_hours(hours) AS metric_order_cycle_quantiles(hours)[2];
CREATE OR REPLACE MACRO metric_order_cycle_n(hours) AS count(hours);

-- Stage statistics leave out negative stages (events out of order are a data-quality warning, not a duration).
CREATE OR REPLACE MACRO metric_stage_p50_hours(hours) AS quantile_cont(hours, 0.5) FILTER (WHERE hours >= 0);
CREATE OR REPLACE MACRO metric_stage_n(hours) AS count(hours) FILTER (WHERE hours >= 0);
