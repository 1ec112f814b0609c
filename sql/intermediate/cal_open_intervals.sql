-- The open set of every interval clock (SPEC 8.2) over the calendar's days: one row per day open under the clock and
-- per opening interval, as instants (local wall time in the business time zone), with the open microseconds of the
-- clock before it. business time up to an instant t = the row with the last open_from ≤ t: cum_before_us +
-- min(t, open_to) − open_from (cal_open_us_at); so business_minutes(c, a, b) is a difference of two ASOF joins,
-- set-based on millions of items. The always-open `clock` has no rows: on it business time is b − a.
CREATE OR REPLACE TABLE cal_open_intervals AS
WITH opened AS (
  SELECT
    c.clock,
    timezone((SELECT business_timezone FROM cfg_scalar), d.day + to_minutes(c.start_minute)) AS open_from,
    timezone((SELECT business_timezone FROM cfg_scalar), d.day + to_minutes(c.end_minute))   AS open_to
  FROM cfg_clock c
  JOIN dim_calendar d ON c.days = 'all' OR d.is_workday
)
SELECT
  clock,
  open_from,
  open_to,
  epoch_us(open_to) - epoch_us(open_from) AS open_us,
  coalesce(sum(epoch_us(open_to) - epoch_us(open_from)) OVER (
    PARTITION BY clock ORDER BY open_from ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)::BIGINT AS cum_before_us
FROM opened
ORDER BY clock, open_from;
