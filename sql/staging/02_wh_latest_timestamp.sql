-- The latest instant anywhere in the warehouse (every timestamp column of every dataset; hired_on/left_on are dates and
-- do not count, nor do the supervision datasets' dates such as due_on). Pending SLA items are judged at this instant.
CREATE OR REPLACE TABLE wh_latest_timestamp AS
SELECT max(latest_at) AS latest_at
FROM (
  SELECT max(sold_at) AS latest_at FROM sales
  UNION ALL SELECT max("at") FROM order_events
  UNION ALL SELECT greatest(max(created_at), max(first_response_at), max(resolved_at)) FROM tickets
  UNION ALL SELECT max(responded_at) FROM csat
  UNION ALL SELECT greatest(max(created_at), max(first_contact_at), max(qualified_at), max(lost_at)) FROM leads
  UNION ALL SELECT max(inspected_at) FROM inspections
  UNION ALL SELECT greatest(max(found_at), max(fixed_at), max(verified_at), max(reopened_at), max(withdrawn_at)) FROM findings
);
