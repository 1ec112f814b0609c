-- The rating window's dates (SPEC 10.6), defined once for every reader (sql/ratings/window.sql, sql/cycle/overdue_months.sql).
-- The window of month m opens on day `opens_day` and closes at the end of day `closes_day` of month m + 1, each clamped
-- to that month's last day (day 31 of a 30-day month is day 30).
CREATE OR REPLACE MACRO rating_window_day(m, nth) AS
  (m::DATE + INTERVAL 1 MONTH)::DATE + (least(nth::INTEGER, day(last_day((m::DATE + INTERVAL 1 MONTH)::DATE)))::INTEGER - 1);

-- An end moved by hr or admin: the latest row of each month wins.
CREATE OR REPLACE VIEW rating_window_moves AS
SELECT month, arg_max(closes_on, changed_at) AS closes_on, arg_max(reason, changed_at) AS reason
  FROM rating_window_overrides
 GROUP BY month;
