-- Order status events as loaded (one row per order_id + status), the keyword column "at" renamed event_at.
CREATE OR REPLACE VIEW stg_order_events AS
SELECT order_id, status, "at" AS event_at
FROM order_events;
