-- The latest instant anywhere in the warehouse (every timestamp column of every dataset; hired_on/left_on are dates and
-- do not count). Pending SLA items are judged at this instant.
CREATE OR REPLACE TABLE wh_latest_timestamp AS
SELECT max(latest_at) AS latest_at
FROM (
  SELECT max(sold_at) AS latest_at FROM sales
  UNION ALL SELECT max("at") FROM order_events
  UNION ALL SELECT greatest(max(created_at), max(first_response_at), max(resolved_at)) FROM tickets
  UNION ALL SELECT max(responded_at) FROM csat
);
