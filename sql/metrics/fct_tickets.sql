-- One row per ticket with its first-response and resolution durations (exact instants: µs / 60e6 or / 3600e6)
-- and its response SLA. The limit is the channel's (a channel without its own uses `other`), at most
-- complaint_max_minutes for complaints. Unanswered: breach once strictly more than the limit has passed at the
-- warehouse's latest timestamp, else pending. Comparisons are done in microseconds, so 60 s against 1 minute is exact.
CREATE OR REPLACE TABLE fct_tickets AS
WITH limits AS (
  SELECT
    t.*,
    timezone((SELECT business_timezone FROM cfg_scalar), t.created_at) AS local_at,
    CASE WHEN t.kind = 'complaint'
         THEN least(coalesce(c.limit_minutes, other.limit_minutes), (SELECT complaint_max_minutes FROM cfg_scalar))
         ELSE coalesce(c.limit_minutes, other.limit_minutes) END     AS sla_limit_minutes,
    epoch_us(t.first_response_at) - epoch_us(t.created_at)          AS first_response_us,
    epoch_us(w.latest_at) - epoch_us(t.created_at)                   AS open_us_at_latest
  FROM stg_tickets t
  CROSS JOIN wh_latest_timestamp w
  CROSS JOIN (SELECT limit_minutes FROM cfg_sla_response WHERE channel = 'other') other
  LEFT JOIN cfg_sla_response c ON c.channel = t.channel
)
SELECT
  l.ticket_id,
  l.created_at,
  l.local_at::DATE                                       AS local_day,
  date_trunc('week', l.local_at)::DATE                   AS week,
  date_trunc('month', l.local_at)::DATE                  AS month,
  hour(l.local_at)                                       AS hour,
  isodow(l.local_at)                                     AS weekday,   -- 1 = Monday … 7 = Sunday
  l.channel,
  l.kind,
  l.employee_id,
  e.team,
  e.role,
  l.first_response_at,
  l.resolved_at,
  l.escalated,
  l.first_response_us / 60e6                              AS first_response_minutes,
  (epoch_us(l.resolved_at) - epoch_us(l.created_at)) / 3600e6 AS resolution_hours,
  l.sla_limit_minutes,
  CASE
    WHEN l.first_response_at IS NOT NULL
      THEN CASE WHEN l.first_response_us <= l.sla_limit_minutes * 60e6 THEN 'within' ELSE 'breach' END
    WHEN l.open_us_at_latest > l.sla_limit_minutes * 60e6 THEN 'breach'
    ELSE 'pending'
  END                                                    AS sla_status
FROM limits l
LEFT JOIN dim_employees e USING (employee_id);
