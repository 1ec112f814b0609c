-- The latest instant anywhere in the warehouse (every timestamp column of every dataset; hired_on/left_on are dates and
-- do not count). Pending SLA items are judged at this instant.
CREATE OR REPLACE TABLE wh_latest_timestamp AS
SELECT max(latest_at) AS latest_at
FROM (
  SELECT max(sold_at) AS latest_at FROM stg_sales
  UNION ALL SELECT max(event_at) FROM stg_order_events
  UNION ALL SELECT greatest(max(created_at), max(first_response_at), max(resolved_at)) FROM stg_tickets
  UNION ALL SELECT max(responded_at) FROM stg_csat
);
