-- SPEC 10.1: months with cards still not published after their rating window closed (day $closes_day of the next
-- month, or the moved end in rating_window_overrides), local days of $tz. Counts only: status readers need no names.
WITH card_months AS (
  SELECT month, count(*) AS cards FROM appraisal_scorecards GROUP BY month
),
due AS (
  SELECT c.month, c.cards, coalesce(m.state, 'open') AS state,
         -- rating_window_day and rating_window_moves: sql/schema/011_rating_window_dates.sql
         coalesce(mv.closes_on, rating_window_day(c.month, $closes_day)) AS closes_on
    FROM card_months c
    LEFT JOIN appraisal_months m ON m.month = c.month
    LEFT JOIN rating_window_moves mv ON mv.month = c.month
)
SELECT strftime(month, '%Y-%m') AS month, state, cards, strftime(closes_on, '%Y-%m-%d') AS window_closed_on,
       (timezone($tz, now())::DATE - closes_on)::INTEGER AS days_since
  FROM due
 WHERE state <> 'published' AND now() >= timezone($tz, (closes_on + 1::INTEGER)::TIMESTAMP)
 ORDER BY month
