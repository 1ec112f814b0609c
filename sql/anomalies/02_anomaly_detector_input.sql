-- The daily series handed to the detector (03_anomaly_detector.sql): one series per metric × slice, one step per day,
-- steps counted from a Monday so that step % 7 is the weekday. A percentile or rate resting on fewer than
-- min_records records that day is not judged (NULL here; the day keeps its value in anomaly_daily_series).
CREATE OR REPLACE TABLE anomaly_detector_input AS
SELECT metric || '|' || slice_type || '|' || slice AS series_id,
       metric, slice_type, slice, day,
       (day - DATE '2000-01-03')::BIGINT AS step,
       CASE WHEN metric IN ('sales_amount', 'ticket_volume') OR n >= (SELECT min_records FROM cfg_anomaly) THEN value END AS value,
       CASE WHEN metric IN ('sla_breach_rate', 'csat_pct') THEN n END AS records
  FROM anomaly_daily_series;

-- Per-series parameters from the configuration (cfg_anomaly): weekly season, a level that is the median of the last
-- week (every weekday once; CSAT: two weeks, no season), the band's spread over window_days, the minimum change by metric.
CREATE OR REPLACE TABLE anomaly_detector_params AS
SELECT DISTINCT i.series_id,
       -- CSAT has no weekday pattern worth the noise a weekday offset adds on a few responses a day: no season, and a
       -- two-week level
       CASE WHEN i.metric = 'csat_pct' THEN 1 ELSE 7 END AS season,
       CASE WHEN i.metric = 'csat_pct' THEN 14 ELSE 7 END AS level_window,
       c.seasonal_weeks::INTEGER AS seasonal_cycles,
       c.window_days::INTEGER AS scale_window,
       c.min_history_days::INTEGER AS min_history,
       c.band_k,
       CASE i.metric
         WHEN 'sales_amount' THEN c.min_change_sales_amount
         WHEN 'ticket_volume' THEN c.min_change_ticket_volume
         WHEN 'first_response_p50_minutes' THEN c.min_change_first_response_minutes
         WHEN 'sla_breach_rate' THEN c.min_change_sla_breach_rate
         WHEN 'order_cycle_p90_hours' THEN c.min_change_order_cycle_hours
         WHEN 'csat_pct' THEN c.min_change_csat_pct
       END AS min_abs_change,
       c.min_relative_change AS min_rel_change,
       0 AS quiet_steps,
       0.5 AS scale_floor,
       1 AS smooth_steps,
       -- the metric's domain bounds the expected value (a share cannot be expected above 100 % or below 0)
       0.0 AS min_value,
       CASE i.metric WHEN 'sla_breach_rate' THEN 1.0 WHEN 'csat_pct' THEN 100.0 END AS max_value,
       CASE i.metric WHEN 'sla_breach_rate' THEN 1.0 WHEN 'csat_pct' THEN 100.0 ELSE 0.0 END AS rate_scale,
       true AS sustain
  FROM anomaly_detector_input i CROSS JOIN cfg_anomaly c;
