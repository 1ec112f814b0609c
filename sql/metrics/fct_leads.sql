-- One row per lead (SPEC 9.2), by created_at, credited to the assigned salesperson and their team (an unassigned lead
-- has neither and counts in company and source slices only).
--   contact SLA: limit lead_contact_minutes on lead_contact_clock; handled (first contact, or lost before any contact):
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
clocked AS (
  SELECT
    *,
    CASE WHEN handled_at IS NOT NULL THEN clock_minutes(sla_clock, created_at, handled_at)
         WHEN latest_at IS NOT NULL THEN clock_minutes(sla_clock, created_at, greatest(created_at, latest_at)) END AS sla_business_minutes,
    latest_at IS NOT NULL
      AND epoch_us(created_at) + (SELECT lead_conversion_days FROM cfg_supervision) * 86400e6 <= epoch_us(latest_at)
      AND conversion_status <> 'unlinked' AS conversion_judged
  FROM linked
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
  CASE
    WHEN l.handled_at IS NOT NULL THEN CASE WHEN l.sla_business_minutes <= l.sla_limit_minutes THEN 'within' ELSE 'breach' END
    WHEN l.sla_business_minutes > l.sla_limit_minutes THEN 'breach'
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
