-- The latest instant anywhere in the warehouse (every timestamp column of every dataset; hired_on/left_on are dates and
-- do not count, nor do the supervision datasets' dates such as due_on). Pending SLA items are judged at this instant.
CREATE OR REPLACE TABLE wh_latest_timestamp AS
SELECT max(latest_at) AS latest_at
FROM (
  SELECT max(sold_at) AS latest_at FROM stg_sales
  UNION ALL SELECT max(event_at) FROM stg_order_events
  UNION ALL SELECT greatest(max(created_at), max(first_response_at), max(resolved_at)) FROM stg_tickets
  UNION ALL SELECT max(responded_at) FROM stg_csat
  UNION ALL SELECT greatest(max(created_at), max(first_contact_at), max(qualified_at), max(lost_at)) FROM leads
  UNION ALL SELECT max(inspected_at) FROM inspections
  -- findings written in the app (loads of format `app`) are clicks, not operational events: not part of L
  UNION ALL SELECT greatest(max(found_at), max(fixed_at), max(verified_at), max(reopened_at), max(withdrawn_at)) FROM findings
            WHERE _ingest_id NOT IN (SELECT ingest_id FROM ingest_log WHERE format = 'app')
);
