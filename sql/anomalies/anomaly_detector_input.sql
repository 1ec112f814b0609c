-- The daily series handed to the detector (anomaly_detector_output.sql): one series per metric × slice, one step per day,
-- steps counted from a Monday so that step % 7 is the weekday. A percentile or rate resting on fewer than
-- min_records records that day is not judged (NULL here; the day keeps its value in anomaly_daily_series).
-- Special days (SPEC 8.5, dim_calendar.special: holidays, make-up days, company days off) leave every other day's
-- history; on them a volume series (anomaly_watch.volume, from the catalog) is not judged at all (`unjudged_status`
-- holiday or makeup_day) and any other series (rates, latencies, shares) is judged against ordinary days.
CREATE OR REPLACE TABLE anomaly_detector_input AS
SELECT metric || '|' || slice_type || '|' || slice AS series_id,
       metric, slice_type, slice, day,
       (day - DATE '2000-01-03')::BIGINT AS step,
       CASE WHEN w.volume OR n >= (SELECT min_records FROM cfg_anomaly) THEN value END AS value,
       CASE WHEN w.share_scale IS NOT NULL THEN n END AS records,
       coalesce(c.special, false) AS special,
       w.volume,
       CASE WHEN w.volume AND c.special
            THEN CASE WHEN c.kind = 'makeup_workday' AND NOT c.statutory_holiday THEN 'makeup_day' ELSE 'holiday' END END AS unjudged_status
  FROM anomaly_daily_series
  JOIN anomaly_watch w USING (metric)
  LEFT JOIN dim_calendar c USING (day);
