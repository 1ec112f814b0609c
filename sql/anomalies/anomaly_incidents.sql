-- Incidents: consecutive anomalous days of one series (metric × slice) form one incident, from its first to its last
-- day, with its peak severity and score and the direction of its peak day.
CREATE OR REPLACE TABLE anomaly_incidents AS
WITH ranked AS (
  SELECT *,
         day - CAST(row_number() OVER (PARTITION BY metric, slice_type, slice ORDER BY day) AS INTEGER) AS run,
         CASE severity WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END AS severity_rank
    FROM anomaly_days
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
