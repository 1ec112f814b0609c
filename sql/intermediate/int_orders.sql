-- One row per order with the instant of each status (stg_order_events is keyed by order_id + status).
-- An order with any `cancelled` event is cancelled, whatever else happened to it.
CREATE OR REPLACE TABLE int_orders AS
SELECT
  order_id,
  min(event_at) FILTER (WHERE status = 'received')  AS received_at,
  min(event_at) FILTER (WHERE status = 'reviewed')  AS reviewed_at,
  min(event_at) FILTER (WHERE status = 'shipped')   AS shipped_at,
  min(event_at) FILTER (WHERE status = 'delivered') AS delivered_at,
  min(event_at) FILTER (WHERE status = 'cancelled') AS cancelled_at,
  bool_or(status = 'cancelled')                      AS cancelled
FROM stg_order_events
GROUP BY order_id;
