-- The daily series handed to the detector (anomaly_detector_output.sql): one series per metric × slice, one step per day,
-- steps counted from a Monday so that step % 7 is the weekday. A percentile or rate resting on fewer than
-- min_records records that day is not judged (NULL here; the day keeps its value in anomaly_daily_series).
CREATE OR REPLACE TABLE anomaly_detector_input AS
SELECT metric || '|' || slice_type || '|' || slice AS series_id,
       metric, slice_type, slice, day,
       (day - DATE '2000-01-03')::BIGINT AS step,
       CASE WHEN w.volume OR n >= (SELECT min_records FROM cfg_anomaly) THEN value END AS value,
       CASE WHEN w.share_scale IS NOT NULL THEN n END AS records
  FROM anomaly_daily_series JOIN anomaly_watch w USING (metric);
