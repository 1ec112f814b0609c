-- One row per order (from its events), credited to its seller (sales.employee_id; NULL when the sale is missing),
-- by month of `received`. Cancelled orders keep their row but have no cycle, no stages and no SLA status.
-- Stage hours are kept as measured; a negative stage (events out of order) sets stage_warning and is left out of
-- stage statistics (metric_stage_* macros). SLA: delivered within order_cycle_hours → within, later → breach;
-- undelivered and strictly more than order_cycle_hours since received at the latest timestamp → breach; else pending.
CREATE OR REPLACE TABLE fct_orders AS
WITH timed AS (
  SELECT
    o.*,
    timezone((SELECT business_timezone FROM cfg_scalar), o.received_at) AS local_at,
    (SELECT order_cycle_hours FROM cfg_scalar) * 3600e6                 AS limit_us,
    epoch_us(w.latest_at) - epoch_us(o.received_at)                     AS open_us_at_latest,
    CASE WHEN NOT o.cancelled THEN epoch_us(o.delivered_at) - epoch_us(o.received_at) END AS cycle_us,
    CASE WHEN NOT o.cancelled THEN (epoch_us(o.reviewed_at) - epoch_us(o.received_at)) / 3600e6 END  AS received_to_reviewed_hours,
    CASE WHEN NOT o.cancelled THEN (epoch_us(o.shipped_at) - epoch_us(o.reviewed_at)) / 3600e6 END   AS reviewed_to_shipped_hours,
    CASE WHEN NOT o.cancelled THEN (epoch_us(o.delivered_at) - epoch_us(o.shipped_at)) / 3600e6 END  AS shipped_to_delivered_hours
  FROM int_orders o
  CROSS JOIN wh_latest_timestamp w
)
SELECT
  t.order_id,
  s.employee_id,
  e.team,
  e.role,
  t.received_at,
  t.local_at::DATE                          AS local_day,
  date_trunc('week', t.local_at)::DATE      AS week,
  date_trunc('month', t.local_at)::DATE     AS month,
  t.reviewed_at,
  t.shipped_at,
  t.delivered_at,
  t.cancelled,
  t.cycle_us / 3600e6                       AS cycle_hours,
  t.received_to_reviewed_hours,
  t.reviewed_to_shipped_hours,
  t.shipped_to_delivered_hours,
  coalesce(t.received_to_reviewed_hours < 0 OR t.reviewed_to_shipped_hours < 0
           OR t.shipped_to_delivered_hours < 0 OR t.cycle_us < 0, false) AS stage_warning,
  nullif(concat_ws('; ',
    CASE WHEN t.received_to_reviewed_hours < 0 THEN 'reviewed before received' END,
    CASE WHEN t.reviewed_to_shipped_hours < 0 THEN 'shipped before reviewed' END,
    CASE WHEN t.shipped_to_delivered_hours < 0 THEN 'delivered before shipped' END,
    CASE WHEN t.cycle_us < 0 THEN 'delivered before received' END), '') AS stage_warning_detail,
  CASE
    WHEN t.cancelled OR t.received_at IS NULL THEN NULL
    WHEN t.delivered_at IS NOT NULL THEN CASE WHEN t.cycle_us <= t.limit_us THEN 'within' ELSE 'breach' END
    WHEN t.open_us_at_latest > t.limit_us THEN 'breach'
    ELSE 'pending'
  END                                       AS sla_status
FROM timed t
LEFT JOIN stg_sales s USING (order_id)
LEFT JOIN dim_employees e ON e.employee_id = s.employee_id;
