-- Open microseconds of each interval clock up to the latest timestamp L (where unfinished items are judged).
CREATE OR REPLACE TABLE cal_latest_business AS
SELECT c.clock, cal_open_us_at(i.cum_before_us, i.open_from, i.open_to, w.latest_at) AS latest_open_us
FROM (SELECT DISTINCT clock FROM cfg_clock) c
CROSS JOIN wh_latest_timestamp w
ASOF LEFT JOIN cal_open_intervals i ON i.clock = c.clock AND w.latest_at >= i.open_from;
