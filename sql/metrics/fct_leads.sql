-- One row per lead (SPEC 9.2), by created_at, credited to the assigned salesperson and their team (an unassigned lead
-- has neither and counts in company and source slices only).
--   contact SLA: limit lead_contact_minutes on lead_contact_clock (any clock of SPEC 8.2, default working_days); handled (first contact, or lost before any contact):
--     within when the clock minutes to it are <= the limit, else breach; not handled: breach once strictly more than
--     the limit has passed at the latest timestamp L, else pending (no L: pending). A sale does not stop the clock.
--   conversion link, resolved here at every build: `converted` when converted_order_id names a sale not cancelled, sold
--     at or after created_at, that no earlier lead (tie: smaller lead_id) names; `not_converted` when it names no order
--     or a cancelled one; `unlinked` otherwise (a data-quality warning, out of the conversion metrics).
--   conversion judged once created_at + N × 24 h <= L (N = lead_conversion_days), not unlinked; converted within N
--     days when converted and sold_at − created_at <= N × 24 h.
CREATE OR REPLACE TABLE fct_leads AS
WITH claims AS (
  -- The lead that claims each order first; later leads naming it are unlinked.
  SELECT converted_order_id, arg_min(lead_id, (created_at, lead_id)) AS first_lead_id
  FROM leads WHERE converted_order_id IS NOT NULL GROUP BY converted_order_id
),
linked AS (
  SELECT
    l.*,
    s.sold_at,
    CASE
      WHEN l.converted_order_id IS NULL THEN 'not_converted'
      WHEN s.order_id IS NOT NULL AND s.cancelled THEN 'not_converted'
      WHEN s.order_id IS NOT NULL AND s.sold_at >= l.created_at AND c.first_lead_id = l.lead_id THEN 'converted'
      ELSE 'unlinked'
    END AS conversion_status,
    CASE
      WHEN l.converted_order_id IS NULL OR (s.order_id IS NOT NULL AND s.cancelled) THEN NULL
      WHEN s.order_id IS NULL THEN 'order not loaded'
      WHEN s.sold_at < l.created_at THEN 'sale before the lead'
      WHEN c.first_lead_id <> l.lead_id THEN 'order claimed by lead ' || c.first_lead_id
    END AS unlinked_reason,
    (SELECT lead_contact_minutes FROM cfg_supervision) AS sla_limit_minutes,
    (SELECT lead_contact_clock FROM cfg_supervision) AS sla_clock,
    w.latest_at
  FROM stg_leads l
  CROSS JOIN wh_latest_timestamp w
  LEFT JOIN fct_sales s ON s.order_id = l.converted_order_id
  LEFT JOIN claims c ON c.converted_order_id = l.converted_order_id
),
at_created AS (
  -- Business time on the lead clock (SPEC 8.2) from the calendar's open intervals, as fct_orders does: `clock` counts
  -- time as it passes; `working_days` or a business-hour clock counts its open time only (weekends, holidays: 0).
  SELECT l.*, cal_open_us_at(i.cum_before_us, i.open_from, i.open_to, l.created_at) AS created_open_us
  FROM linked l ASOF LEFT JOIN cal_open_intervals i ON i.clock = l.sla_clock AND l.created_at >= i.open_from
),
at_handled AS (
  SELECT l.*, cal_open_us_at(i.cum_before_us, i.open_from, i.open_to, l.handled_at) AS handled_open_us
  FROM at_created l ASOF LEFT JOIN cal_open_intervals i ON i.clock = l.sla_clock AND l.handled_at >= i.open_from
),
business AS (
  SELECT
    l.*,
    CASE
      WHEN l.handled_at IS NOT NULL
        THEN CASE WHEN l.sla_clock = 'clock' THEN epoch_us(l.handled_at) - epoch_us(l.created_at) ELSE l.handled_open_us - l.created_open_us END
      WHEN l.latest_at IS NOT NULL
        THEN CASE WHEN l.sla_clock = 'clock' THEN epoch_us(l.latest_at) - epoch_us(l.created_at) ELSE lb.latest_open_us - l.created_open_us END
    END AS sla_business_us,
    coalesce(l.created_open_us, 0) + (l.sla_limit_minutes * 60e6)::BIGINT AS due_target_us
  FROM at_handled l
  LEFT JOIN cal_latest_business lb ON lb.clock = l.sla_clock
),
clocked AS (
  SELECT
    b.*,
    b.sla_business_us / 60e6 AS sla_business_minutes,
    CASE WHEN b.sla_clock = 'clock' THEN b.created_at + to_microseconds((b.sla_limit_minutes * 60e6)::BIGINT)
         ELSE cal_due_at(i.cum_before_us, i.open_from, i.open_us, b.due_target_us) END AS sla_due_at,
    b.latest_at IS NOT NULL
      AND epoch_us(b.created_at) + (SELECT lead_conversion_days FROM cfg_supervision) * 86400e6 <= epoch_us(b.latest_at)
      AND b.conversion_status <> 'unlinked' AS conversion_judged
  FROM business b ASOF LEFT JOIN cal_open_intervals i ON i.clock = b.sla_clock AND b.due_target_us > i.cum_before_us
)
SELECT
  l.lead_id,
  l.created_at,
  l.local_at::DATE                         AS local_day,
  date_trunc('week', l.local_at)::DATE     AS week,
  date_trunc('month', l.local_at)::DATE    AS month,
  l.source,
  l.employee_id,
  e.team,
  e.role,
  l.first_contact_at,
  l.qualified_at,
  l.converted_order_id,
  l.lost_at,
  l.lost_reason,
  (epoch_us(l.first_contact_at) - epoch_us(l.created_at)) / 60e6 AS first_contact_minutes,
  l.sla_clock,
  l.sla_limit_minutes,
  l.sla_business_minutes,
  l.sla_due_at,
  -- compared in microseconds, so exactly the limit is within (and, unfinished, still pending)
  CASE
    WHEN l.handled_at IS NOT NULL THEN CASE WHEN l.sla_business_us <= l.sla_limit_minutes * 60e6 THEN 'within' ELSE 'breach' END
    WHEN l.sla_business_us > l.sla_limit_minutes * 60e6 THEN 'breach'
    ELSE 'pending'
  END                                      AS sla_status,
  l.conversion_status,
  l.unlinked_reason,
  l.sold_at,
  l.conversion_judged,
  l.conversion_judged AND l.conversion_status = 'converted'
    AND epoch_us(l.sold_at) - epoch_us(l.created_at) <= (SELECT lead_conversion_days FROM cfg_supervision) * 86400e6 AS converted_within,
  CASE WHEN l.conversion_judged AND l.conversion_status = 'converted'
        AND epoch_us(l.sold_at) - epoch_us(l.created_at) <= (SELECT lead_conversion_days FROM cfg_supervision) * 86400e6
       THEN (epoch_us(l.sold_at) - epoch_us(l.created_at)) / 86400e6 END AS lead_to_order_days,
  l.conversion_status = 'converted' AND l.lost_at IS NOT NULL AS converted_and_lost
FROM clocked l
LEFT JOIN dim_employees e ON e.employee_id = l.employee_id;
