-- One row per ticket with its first-response and resolution durations (exact instants: µs / 60e6 or / 3600e6)
-- and its response SLA. The limit is the channel's (a channel without its own uses `other`), at most
-- complaint_max_minutes for complaints. Unanswered: breach once strictly more than the limit has passed at the
-- warehouse's latest timestamp, else pending. Comparisons are done in microseconds, so 60 s against 1 minute is exact.
-- The limit runs on the channel's clock (SPEC 8.2-8.3, cfg_sla_clock; `other`, else `clock`): business time is the
-- difference of the clock's open microseconds at both ends (cal_open_intervals, ASOF joins); on `clock` it is b − a,
-- so channels left on the clock keep exactly the numbers they had. Reported durations stay clock durations; the
-- business ones sit beside them.
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
),
clocked AS (
  SELECT l.*, coalesce(sc.clock, so.clock, 'clock') AS sla_clock
  FROM limits l
  CROSS JOIN (SELECT clock FROM cfg_sla_clock WHERE channel = 'other') so
  LEFT JOIN cfg_sla_clock sc ON sc.channel = l.channel
),
at_created AS (
  SELECT c.*, cal_open_us_at(i.cum_before_us, i.open_from, i.open_to, c.created_at) AS created_open_us
  FROM clocked c ASOF LEFT JOIN cal_open_intervals i ON i.clock = c.sla_clock AND c.created_at >= i.open_from
),
at_response AS (
  SELECT c.*, cal_open_us_at(i.cum_before_us, i.open_from, i.open_to, c.first_response_at) AS response_open_us
  FROM at_created c ASOF LEFT JOIN cal_open_intervals i ON i.clock = c.sla_clock AND c.first_response_at >= i.open_from
),
at_resolved AS (
  SELECT c.*, cal_open_us_at(i.cum_before_us, i.open_from, i.open_to, c.resolved_at) AS resolved_open_us
  FROM at_response c ASOF LEFT JOIN cal_open_intervals i ON i.clock = c.sla_clock AND c.resolved_at >= i.open_from
),
business AS (
  SELECT
    r.*,
    CASE WHEN r.sla_clock = 'clock' THEN r.first_response_us ELSE r.response_open_us - r.created_open_us END AS response_business_us,
    CASE WHEN r.sla_clock = 'clock' THEN epoch_us(r.resolved_at) - epoch_us(r.created_at)
         ELSE r.resolved_open_us - r.created_open_us END                                     AS resolution_business_us,
    CASE WHEN r.sla_clock = 'clock' THEN r.open_us_at_latest ELSE lb.latest_open_us - r.created_open_us END AS open_business_us_at_latest,
    coalesce(r.created_open_us, 0) + (r.sla_limit_minutes * 60e6)::BIGINT                    AS due_target_us
  FROM at_resolved r
  LEFT JOIN cal_latest_business lb ON lb.clock = r.sla_clock
),
due AS (
  SELECT
    b.*,
    CASE
      WHEN b.sla_clock = 'clock' THEN b.created_at + to_microseconds((b.sla_limit_minutes * 60e6)::BIGINT)
      WHEN b.sla_limit_minutes = 0 THEN b.created_at
      ELSE cal_due_at(i.cum_before_us, i.open_from, i.open_us, b.due_target_us)
    END AS sla_due_at
  FROM business b ASOF LEFT JOIN cal_open_intervals i ON i.clock = b.sla_clock AND b.due_target_us > i.cum_before_us
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
      THEN CASE WHEN l.response_business_us <= l.sla_limit_minutes * 60e6 THEN 'within' ELSE 'breach' END
    WHEN l.open_business_us_at_latest > l.sla_limit_minutes * 60e6 THEN 'breach'
    ELSE 'pending'
  END                                                    AS sla_status,
  l.sla_clock,
  coalesce(l.response_business_us, l.open_business_us_at_latest) / 60e6 AS sla_business_minutes, -- to the answer, or to L
  l.sla_due_at,
  l.response_business_us / 60e6                          AS first_response_business_minutes,
  l.resolution_business_us / 3600e6                      AS resolution_business_hours
FROM due l
LEFT JOIN dim_employees e USING (employee_id);
