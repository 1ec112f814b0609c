-- Per watched series: how much history it has and whether it can be judged yet. A series with fewer than
-- min_history_days days of values says "insufficient_history" here and lists no anomalies.
CREATE OR REPLACE TABLE anomaly_series_status AS
SELECT i.metric, i.slice_type, i.slice,
       min(i.day) AS first_day,
       max(i.day) AS last_day,
       count(*)::INTEGER AS days,
       count(i.value)::INTEGER AS days_with_value,
       count_if(o.status = 'ok' AND i.unjudged_status IS NULL)::INTEGER AS days_judged,
       (SELECT min_history_days FROM cfg_anomaly)::INTEGER AS min_history_days,
       CASE WHEN count_if(o.status = 'ok') > 0 THEN 'ok' ELSE 'insufficient_history' END AS status
  FROM anomaly_detector_input i
  JOIN anomaly_detector_output o USING (series_id, step)
 GROUP BY i.metric, i.slice_type, i.slice
 ORDER BY i.metric, i.slice_type, i.slice;
