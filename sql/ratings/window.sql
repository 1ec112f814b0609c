-- The rating window of month $month (SPEC 10.6): from day $opens_day 00:00 to the end of day $closes_day of the next
-- month (clamped to that month's last day), local days of $tz; a moved end (rating_window_overrides, latest row) wins.
-- rating_window_day and rating_window_moves: sql/schema/011_rating_window_dates.sql
WITH bounds AS (
  SELECT
    rating_window_day($month, $opens_day) AS opens_on,
    coalesce(m.closes_on, rating_window_day($month, $closes_day)) AS closes_on,
    m.closes_on IS NOT NULL AS moved,
    m.reason
  FROM (SELECT 1) LEFT JOIN rating_window_moves m ON m.month = $month::DATE
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
