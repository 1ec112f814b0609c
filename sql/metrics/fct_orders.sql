-- One row per order (from its events), credited to its seller (sales.employee_id; NULL when the sale is missing),
-- by month of `received`. Cancelled orders keep their row but have no cycle, no stages and no SLA status.
-- Stage hours are kept as measured; a negative stage (events out of order) sets stage_warning and is left out of
-- stage statistics (metric_stage_* macros). SLA: delivered within order_cycle_hours → within, later → breach;
-- undelivered and strictly more than order_cycle_hours since received at the latest timestamp → breach; else pending.
-- The limit runs on sla.order_cycle_clock (cfg_order_clock, SPEC 8.3): `clock` counts hours as they pass (b − a),
-- `working_days` or a business-hour clock counts its open time only (cal_open_intervals, as in fct_tickets).
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
),
clocked AS (
  SELECT t.*, (SELECT clock FROM cfg_order_clock) AS sla_clock FROM timed t
),
at_received AS (
  SELECT c.*, cal_open_us_at(i.cum_before_us, i.open_from, i.open_to, c.received_at) AS received_open_us
  FROM clocked c ASOF LEFT JOIN cal_open_intervals i ON i.clock = c.sla_clock AND c.received_at >= i.open_from
),
at_delivered AS (
  SELECT c.*, cal_open_us_at(i.cum_before_us, i.open_from, i.open_to, c.delivered_at) AS delivered_open_us
  FROM at_received c ASOF LEFT JOIN cal_open_intervals i ON i.clock = c.sla_clock AND c.delivered_at >= i.open_from
),
business AS (
  SELECT
    d.*,
    CASE WHEN d.sla_clock = 'clock' THEN d.cycle_us ELSE d.delivered_open_us - d.received_open_us END      AS cycle_business_us,
    CASE WHEN d.sla_clock = 'clock' THEN d.open_us_at_latest ELSE lb.latest_open_us - d.received_open_us END AS open_business_us_at_latest,
    coalesce(d.received_open_us, 0) + d.limit_us::BIGINT                                                    AS due_target_us
  FROM at_delivered d
  LEFT JOIN cal_latest_business lb ON lb.clock = d.sla_clock
),
due AS (
  SELECT
    b.*,
    CASE
      WHEN b.received_at IS NULL THEN NULL
      WHEN b.sla_clock = 'clock' THEN b.received_at + to_microseconds(b.limit_us::BIGINT)
      ELSE cal_due_at(i.cum_before_us, i.open_from, i.open_us, b.due_target_us)
    END AS due_at
  FROM business b ASOF LEFT JOIN cal_open_intervals i ON i.clock = b.sla_clock AND b.due_target_us > i.cum_before_us
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
    WHEN t.delivered_at IS NOT NULL THEN CASE WHEN t.cycle_business_us <= t.limit_us THEN 'within' ELSE 'breach' END
    WHEN t.open_business_us_at_latest > t.limit_us THEN 'breach'
    ELSE 'pending'
  END                                       AS sla_status,
  t.sla_clock,
  CASE WHEN NOT t.cancelled AND t.received_at IS NOT NULL
       THEN coalesce(t.cycle_business_us, t.open_business_us_at_latest) / 60e6 END AS sla_business_minutes, -- to delivery, or to L
  CASE WHEN NOT t.cancelled THEN t.due_at END AS sla_due_at
FROM due t
LEFT JOIN stg_sales s USING (order_id)
LEFT JOIN dim_employees e ON e.employee_id = s.employee_id;
