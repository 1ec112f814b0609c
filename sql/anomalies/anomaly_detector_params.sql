-- Per-series parameters from the configuration (cfg_anomaly): weekly season, a level that is the median of the last
-- week (every weekday once) or as the series sets (anomaly_watch: CSAT two weeks, no season), the band's spread over window_days, the minimum change by metric.
CREATE OR REPLACE TABLE anomaly_detector_params AS
SELECT DISTINCT i.series_id,
       w.season,
       w.level_window,
       c.seasonal_weeks::INTEGER AS seasonal_cycles,
       c.window_days::INTEGER AS scale_window,
       c.min_history_days::INTEGER AS min_history,
       c.band_k,
       w.min_abs_change,
       c.min_relative_change AS min_rel_change,
       0 AS quiet_steps,
       0.5 AS scale_floor,
       1 AS smooth_steps,
       -- the metric's domain bounds the expected value (a share cannot be expected above 100 % or below 0)
       0.0 AS min_value,
       w.share_scale AS max_value,
       coalesce(w.share_scale, 0.0) AS rate_scale,
       true AS sustain,
       -- the ensemble of tests (anomaly_detector_votes.sql); its "first period" is the minimum history
       c.vote_window_days::INTEGER AS vote_window,
       c.vote_moving_days::INTEGER AS ma_window,
       c.vote_tail_days::INTEGER AS tail_steps,
       c.vote_sigma AS vote_k,
       c.vote_mad_k AS mad_k,
       c.vote_hist_bins::INTEGER AS hist_bins,
       c.vote_hist_share AS hist_share,
       c.min_history_days::INTEGER AS first_steps,
       c.vote_grubbs_alpha AS grubbs_alpha,
       c.vote_consensus::INTEGER AS consensus,
       c.suppress_days::INTEGER AS suppress_steps,
       c.suppress_history_share AS suppress_share,
       -- the anomaly likelihood (anomaly_detector_likelihood.sql)
       c.likelihood_short_days::INTEGER AS lh_short,
       c.likelihood_long_days::INTEGER AS lh_long,
       c.likelihood_min_sd AS lh_min_sd,
       c.likelihood_threshold AS lh_threshold,
       c.likelihood_suppress_days::INTEGER AS lh_suppress,
       -- the novelty detector (anomaly_detector_novelty.sql)
       c.novelty_range_days::INTEGER AS novelty_range,
       c.novelty_min_bins AS novelty_min_bins,
       c.novelty_resolutions::INTEGER AS novelty_resolutions,
       c.novelty_smooth_days::INTEGER AS novelty_smooth,
       c.novelty_threshold AS novelty_threshold,
       c.novelty_suppress_days::INTEGER AS novelty_suppress
  FROM anomaly_detector_input i JOIN anomaly_watch w USING (metric) CROSS JOIN cfg_anomaly c;
