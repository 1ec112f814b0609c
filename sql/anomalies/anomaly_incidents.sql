-- Incidents: consecutive anomalous days of one series (metric × slice; unjudged special days skipped) form one incident, from its first to its last
-- day, with its peak severity and score and the direction of its peak day.
CREATE OR REPLACE TABLE anomaly_incidents AS
WITH judged_days AS (
  -- each series' days counted without its unjudged special days, so anomalies on either side of a holiday join up
  SELECT metric, slice_type, slice, day,
         count(*) FILTER (WHERE unjudged_status IS NULL) OVER (PARTITION BY series_id ORDER BY step) AS judged_index
    FROM anomaly_detector_input
), ranked AS (
  SELECT a.*,
         j.judged_index - row_number() OVER (PARTITION BY a.metric, a.slice_type, a.slice ORDER BY a.day) AS run,
         CASE a.severity WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END AS severity_rank
    FROM anomaly_days a JOIN judged_days j USING (metric, slice_type, slice, day)
)
SELECT metric, slice_type, slice,
       min(day) AS start_day,
       max(day) AS end_day,
       count(*)::INTEGER AS days,
       CASE max(severity_rank) WHEN 3 THEN 'high' WHEN 2 THEN 'medium' ELSE 'low' END AS peak_severity,
       max(score) AS peak_score,
       arg_max(day, score) AS peak_day,
       arg_max(direction, score) AS direction
  FROM ranked
 GROUP BY metric, slice_type, slice, run
 ORDER BY start_day, metric, slice_type, slice;
