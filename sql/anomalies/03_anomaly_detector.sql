-- The anomaly detector, run over many series at once. Causal: a point is judged only from the points before it.
-- Reads  anomaly_detector_input(series_id, step, value)  -- steps 0..n-1 per series, value NULL where a step has no data
--        anomaly_detector_params(series_id, season, level_window, seasonal_cycles, scale_window, min_history,
--                                band_k, min_abs_change, min_rel_change, quiet_steps, scale_floor, smooth_steps, surprise_quantile)
-- Writes anomaly_detector_output: per step the expected value, the band, a robust score and the flags.
-- Model: expected = level (median of the last `level_window` values) + seasonal offset (median, over the last
-- `seasonal_cycles` cycles at the same phase, of how far the value sat from its own level); the band is
-- expected ± band_k × 1.4826 × MAD of the last `scale_window` residuals. Medians and MADs ignore the outliers they hunt.
CREATE OR REPLACE TABLE anomaly_detector_output AS
WITH base AS (
  SELECT i.series_id, i.step, i.value AS raw_value, p.*  EXCLUDE (series_id),
         i.step % p.season AS phase,
         -- the judged value: the mean of the last `smooth_steps` steps (1 for daily series: the day itself)
         CASE WHEN i.value IS NULL THEN NULL
              ELSE avg(i.value) OVER (PARTITION BY i.series_id ORDER BY i.step ROWS BETWEEN p.smooth_steps - 1 PRECEDING AND CURRENT ROW) END AS value
    FROM anomaly_detector_input i JOIN anomaly_detector_params p USING (series_id)
), leveled AS (
  SELECT *,
         median(raw_value) OVER w_level AS level,
         count(value) OVER w_history AS history
    FROM base
  WINDOW w_level AS (PARTITION BY series_id ORDER BY step ROWS BETWEEN level_window + smooth_steps - 1 PRECEDING AND smooth_steps PRECEDING),
         w_history AS (PARTITION BY series_id ORDER BY step ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
), seasonal AS (
  SELECT *,
         -- a season of 1 means no seasonality: the offset then only tracks a drift of the level
         CASE WHEN season > 1 THEN coalesce(median(value - level) OVER w_phase, 0) ELSE 0 END AS seasonal_offset
    FROM leveled
  WINDOW w_phase AS (PARTITION BY series_id, phase ORDER BY step ROWS BETWEEN seasonal_cycles PRECEDING AND 1 PRECEDING)
), residuals AS (
  SELECT *, level + seasonal_offset AS expected, value - (level + seasonal_offset) AS residual
    FROM seasonal
), scaled AS (
  SELECT *,
         -- floor: a share of the residuals' mean absolute deviation, so a flat stretch (MAD 0) does not make every wiggle infinite
         greatest(1.4826 * mad(residual) OVER w_scale, scale_floor * avg(abs(residual)) OVER w_scale) AS robust_sd
    FROM residuals
  WINDOW w_scale AS (PARTITION BY series_id ORDER BY step ROWS BETWEEN scale_window PRECEDING AND 1 PRECEDING)
), scored AS (
  SELECT *,
         CASE WHEN value IS NULL OR expected IS NULL OR robust_sd IS NULL THEN NULL
              ELSE residual / greatest(robust_sd, 1e-9) END AS z,
         greatest(min_abs_change, min_rel_change * abs(expected)) AS min_change
    FROM scaled
), flagged AS (
  SELECT *,
         CASE WHEN value IS NULL THEN 'no_data'
              WHEN history < min_history OR z IS NULL THEN 'insufficient_history'
              ELSE 'ok' END AS status,
         (history >= min_history AND abs(z) >= band_k AND abs(residual) >= min_change) AS is_anomaly
    FROM scored
)
SELECT series_id, step, raw_value AS value, value AS judged_value, expected,
       expected - band_k * robust_sd AS lower, expected + band_k * robust_sd AS upper,
       robust_sd, z, status,
       coalesce(is_anomaly, false) AS is_anomaly,
       -- surprise: |z| over the `surprise_quantile` of the |z|s of the previous `quiet_steps` steps. Heavy-tailed series
       -- produce large robust z all the time; this puts every series on the same footing, and a sustained
       -- excursion scores at its start (where it beats the recent past), not at every step.
       CASE WHEN status = 'ok' THEN abs(z) / greatest(coalesce(max(abs(z)) OVER (PARTITION BY series_id ORDER BY step
                 ROWS BETWEEN quiet_steps PRECEDING AND 1 PRECEDING), band_k), 1e-9) END AS surprise
  FROM flagged;
