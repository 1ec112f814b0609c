-- The rating window of month $month (SPEC 10.6): from day $opens_day 00:00 to the end of day $closes_day of the next
-- month (clamped to that month's last day), local days of $tz; a moved end (rating_window_overrides, latest row) wins.
WITH base AS (
  SELECT
    $month::DATE AS month,
    ($month::DATE + INTERVAL 1 MONTH)::DATE AS next_month
),
moved AS (
  SELECT closes_on, reason FROM rating_window_overrides WHERE month = $month::DATE ORDER BY changed_at DESC LIMIT 1
),
bounds AS (
  SELECT
    (b.next_month + (least($opens_day::INTEGER, day(last_day(b.next_month)))::INTEGER - 1)) AS opens_on,
    coalesce(m.closes_on, b.next_month + (least($closes_day::INTEGER, day(last_day(b.next_month)))::INTEGER - 1)) AS closes_on,
    m.closes_on IS NOT NULL AS moved,
    m.reason
  FROM base b LEFT JOIN moved m ON true
)
SELECT
  strftime(opens_on, '%Y-%m-%d') AS opens_on,
  strftime(closes_on, '%Y-%m-%d') AS closes_on,
  moved,
  reason AS moved_reason,
  -- instants: local midnight of opens_on, and local midnight after closes_on
  now() >= timezone($tz, opens_on::TIMESTAMP) AND now() < timezone($tz, (closes_on + 1::INTEGER)::TIMESTAMP) AS is_open,
  now() < timezone($tz, opens_on::TIMESTAMP) AS not_yet_open
FROM bounds;
