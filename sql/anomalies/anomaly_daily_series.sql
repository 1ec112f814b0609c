-- The daily series SPEC section 5 watches (anomaly_watch, from the catalog), for the company, every team and every
-- channel (the slice types of anomalies.slice_types: employee is opt-in), read from metric_values (the same definitions as every other surface) and laid on a calendar with no holes:
-- a day without records is 0 for a volume (sales, ticket volume) and NULL for a percentile, rate or percentage (no
-- value, not zero). A series runs from its own first day with data to the last complete day of its fact (orders: until
-- their cycle could be complete, order_cycle_hours later, so undelivered recent orders do not read as a fall in p90).
-- `n` is the number of records behind the value (0 on an empty day).
CREATE OR REPLACE TABLE anomaly_daily_series AS
WITH observed AS (
  SELECT w.metric, w.volume AS is_volume, v.slice_type, v.slice, v.period AS day, v.value, v.n
    FROM metric_values v JOIN anomaly_watch w ON v.metric = w.source_metric
   WHERE v.grain = 'day' AND v.slice_type IN (SELECT slice_type FROM cfg_anomaly_slice_types)
), spans AS (
  SELECT o.metric, o.is_volume, o.slice_type, o.slice, min(o.day) AS first_day, w.last_day
    FROM observed o JOIN anomaly_watch w USING (metric)
   GROUP BY ALL
  HAVING min(o.day) <= w.last_day
), calendar AS (
  SELECT s.metric, s.is_volume, s.slice_type, s.slice, d.day::DATE AS day
    FROM spans s, LATERAL (SELECT unnest(generate_series(s.first_day, s.last_day, INTERVAL 1 DAY)) AS day) d
)
SELECT c.metric, c.slice_type, c.slice, c.day,
       CASE WHEN o.value IS NOT NULL THEN o.value WHEN c.is_volume THEN 0 END AS value,
       coalesce(o.n, 0)::INTEGER AS n
  FROM calendar c
  LEFT JOIN observed o USING (metric, slice_type, slice, day)
 ORDER BY c.metric, c.slice_type, c.slice, c.day;
