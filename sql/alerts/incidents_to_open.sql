-- Incidents rule $rule announces and has not announced yet (issue 17): on one of its metric's anomaly series ($series)
-- and slice types, with a peak severity at least $min_rank (low 1, medium 2, high 3), no 'opened' notice of the rule
-- for the same incident (same series, the notice's first day within the incident: an incident notifies once, not each
-- day, even when a reload moves its start), and still running within $within_days days of its series' last day (older
-- incidents stay silent, so a first load of years of history notifies nothing old).
-- The value and expected value are the peak day's.
WITH series_last AS (
  SELECT metric, slice_type, slice, max(day) AS last_day
    FROM anomaly_detector_input
   GROUP BY ALL
)
SELECT i.metric, i.slice_type, i.slice, i.start_day::VARCHAR AS start_day, i.end_day::VARCHAR AS end_day, i.days, i.peak_severity, i.peak_score,
       i.peak_day::VARCHAR AS peak_day, i.direction, d.value, d.expected
  FROM anomaly_incidents i
  JOIN series_last s USING (metric, slice_type, slice)
  LEFT JOIN anomaly_days d ON d.metric = i.metric AND d.slice_type = i.slice_type AND d.slice = i.slice AND d.day = i.peak_day
 WHERE list_contains($series::VARCHAR[], i.metric)
   AND list_contains($slice_types::VARCHAR[], i.slice_type)
   AND CASE i.peak_severity WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END >= $min_rank
   AND i.end_day >= s.last_day - $within_days::INTEGER
   AND NOT EXISTS (
         SELECT 1 FROM alert_notices n
          WHERE n.rule = $rule AND n.kind = 'opened' AND n.metric = i.metric AND n.slice_type = i.slice_type
            AND n.slice = i.slice AND n.start_day BETWEEN i.start_day AND i.end_day)
 ORDER BY i.start_day, i.slice_type, i.slice;
