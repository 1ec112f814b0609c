-- The anomaly detector, run over many series at once. Causal: a point is judged only from the points before it.
-- Reads  anomaly_detector_input(series_id, step, value, records, special): consecutive steps per series, value NULL where
--          a step has no data, records = how many records a rate rests on (NULL when the value is not a rate), special =
--          a holiday or make-up day (SPEC 8.5): judged against the ordinary steps, and left out of every step's history
--        anomaly_detector_params(series_id, season, level_window, seasonal_cycles, scale_window, min_history, band_k,
--          min_abs_change, min_rel_change, quiet_steps, scale_floor, smooth_steps, sustain, min_value, max_value, rate_scale)
-- Writes anomaly_detector_output(series_id, step, value, judged_value, expected, lower, upper, robust_sd, z, z3, status,
--          is_anomaly, surprise, seasonal_offset, ordinal, special, strength)
-- Model: expected = level (median of the last `level_window` values) + seasonal offset (median, over the last
-- `seasonal_cycles` cycles at the same phase, of how far the value sat from its level), clamped to [min_value,
-- max_value]; spread = 1.4826 × MAD of the last `scale_window` residuals, floored by scale_floor × their mean absolute
-- residual, by a rate's binomial standard error and by the minimum change / band_k. Medians and MADs are not dragged
-- by the outliers they hunt. z = residual / spread; z3 = the last three residuals' mean over spread / √3 (a shift that
-- holds). Every "last N steps" counts ordinary (not special) steps only: frames run over `ordinal`, the number of ordinary
-- steps before a step, and filter special steps out, so with no special step they are the plain ROWS frames. A series
-- with special steps takes its level (daily, weekly season) as the median of the latest ordinary value of each weekday.
-- surprise (NAB only): max(|z|, 0.3 × CUSUM of z) over its recent maximum. The same file runs in `opscore build` (daily series, anomaly_detector_input.sql) and in `npm run eval:nab`.
CREATE OR REPLACE TABLE anomaly_detector_output AS
WITH counted AS (
  SELECT i.series_id, i.step, i.value, i.records, coalesce(i.special, false) AS special, p.*  EXCLUDE (series_id),
         i.step % p.season AS phase,
         count(*) FILTER (WHERE NOT coalesce(i.special, false)) OVER (PARTITION BY i.series_id ORDER BY i.step
           ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS ordinal,
         bool_or(coalesce(i.special, false)) OVER (PARTITION BY i.series_id) AS has_special
    FROM anomaly_detector_input i JOIN anomaly_detector_params p USING (series_id)
), base AS (
  SELECT series_id, step, value AS raw_value, records, special, ordinal, has_special, phase,
         count(*) FILTER (WHERE NOT special) OVER (PARTITION BY series_id, phase ORDER BY step
           ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS phase_ordinal,
         * EXCLUDE (series_id, step, value, records, special, ordinal, has_special, phase),
         -- the judged value: the mean of the last `smooth_steps` ordinary steps (1 for daily series: the day itself)
         CASE WHEN value IS NULL THEN NULL
              WHEN special THEN value
              ELSE avg(value) FILTER (WHERE NOT special) OVER (PARTITION BY series_id ORDER BY ordinal
                     RANGE BETWEEN smooth_steps - 1 PRECEDING AND CURRENT ROW) END AS value
    FROM counted
), leveled AS (
  SELECT *,
         -- a level needs a few values behind it (a sparse series with one value in the window has none)
         CASE WHEN has_special AND season = 7 AND level_window = 7 AND smooth_steps = 1
              THEN CASE WHEN len(list_filter(latest_by_phase, x -> x.v IS NOT NULL)) >= 3
                        THEN list_aggregate(list_transform(latest_by_phase, x -> x.v), 'median') END
              WHEN count(raw_value) FILTER (WHERE NOT special) OVER w_level >= least(3, level_window)
              THEN median(raw_value) FILTER (WHERE NOT special) OVER w_level END AS level,
         count(value) FILTER (WHERE NOT special) OVER w_history AS history
    FROM (SELECT *,
                 -- the latest ordinary value of each weekday, from the last three weeks of ordinary steps
                 CASE WHEN has_special AND season = 7 THEN list_filter(recent, (x, k) -> NOT list_contains(list_transform(recent[k + 1:], y -> y.p), x.p)) END AS latest_by_phase
            FROM (SELECT *,
                         CASE WHEN has_special AND season = 7 THEN list_sort(list(struct_pack(o := ordinal, p := phase, v := raw_value)) FILTER (WHERE NOT special)
                           OVER (PARTITION BY series_id ORDER BY ordinal RANGE BETWEEN 21 PRECEDING AND 1 PRECEDING)) END AS recent
                    FROM base))
  WINDOW w_level AS (PARTITION BY series_id ORDER BY ordinal RANGE BETWEEN level_window + smooth_steps - 1 PRECEDING AND smooth_steps PRECEDING),
         w_history AS (PARTITION BY series_id ORDER BY ordinal RANGE BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
), seasonal AS (
  SELECT *,
         -- a season of 1 means no seasonality: the offset then only tracks a drift of the level
         CASE WHEN season > 1 THEN coalesce(median(value - level) FILTER (WHERE NOT special) OVER w_phase, 0) ELSE 0 END AS seasonal_offset
    FROM leveled
  WINDOW w_phase AS (PARTITION BY series_id, phase ORDER BY phase_ordinal RANGE BETWEEN seasonal_cycles PRECEDING AND 1 PRECEDING)
), residuals AS (
  SELECT *, value - expected AS residual
    FROM (SELECT *, CASE WHEN level IS NOT NULL
                         THEN least(greatest(level + seasonal_offset, coalesce(min_value, -1e308)), coalesce(max_value, 1e308)) END AS expected
            FROM seasonal)
), scaled AS (
  SELECT *,
         -- floor: a share of the residuals' mean absolute deviation, so a flat stretch (MAD 0) does not make every wiggle infinite
         greatest(1.4826 * mad(residual) FILTER (WHERE NOT special) OVER w_scale,
                  scale_floor * avg(abs(residual)) FILTER (WHERE NOT special) OVER w_scale) AS spread_sd,
         -- a rate on few records is noisy whatever its history says: at least its binomial standard error
         CASE WHEN rate_scale > 0 AND records > 0 THEN rate_scale * sqrt(
                least(greatest(expected / rate_scale, 0.02), 0.98) * (1 - least(greatest(expected / rate_scale, 0.02), 0.98)) / records)
              ELSE 0 END AS rate_sd,
         -- and at least the minimum change over band_k: a change too small to matter never leaves the band
         greatest(min_abs_change, min_rel_change * abs(expected)) / band_k AS change_sd
    FROM residuals
  WINDOW w_scale AS (PARTITION BY series_id ORDER BY ordinal RANGE BETWEEN scale_window PRECEDING AND 1 PRECEDING)
), floored AS (
  SELECT *, CASE WHEN spread_sd IS NOT NULL THEN greatest(spread_sd, rate_sd, change_sd) END AS robust_sd
    FROM scaled
), scored AS (
  SELECT *,
         CASE WHEN value IS NULL OR expected IS NULL OR robust_sd IS NULL THEN NULL
              ELSE residual / greatest(robust_sd, 1e-9) END AS z,
         greatest(min_abs_change, min_rel_change * abs(expected)) AS min_change
    FROM floored
), sustained AS (
  -- a shift that is modest on each day but holds for three: the mean residual of the last three days against its own
  -- standard error (robust_sd / √3); it reports a level shift on its third day at the latest
  SELECT *,
         -- (a special step is judged on its own day: its frame would reach the next ordinary step)
         CASE WHEN NOT special AND count(residual) FILTER (WHERE NOT special) OVER w3 = 3
              THEN avg(residual) FILTER (WHERE NOT special) OVER w3 / (greatest(robust_sd, 1e-9) / sqrt(3)) END AS z3
    FROM scored
  WINDOW w3 AS (PARTITION BY series_id ORDER BY ordinal RANGE BETWEEN 2 PRECEDING AND CURRENT ROW)
), flagged AS (
  SELECT *,
         CASE WHEN value IS NULL THEN 'no_data'
              WHEN history < min_history OR z IS NULL THEN 'insufficient_history'
              ELSE 'ok' END AS status,
         (history >= min_history AND abs(residual) >= min_change
           AND (abs(z) >= band_k OR (sustain AND sign(z3) = sign(z) AND abs(z3) >= band_k))) AS is_anomaly
    FROM sustained
)
SELECT series_id, step, raw_value AS value, value AS judged_value, expected,
       -- no band without an expected value and a spread (DuckDB's greatest/least skip NULLs: they would answer the bound)
       CASE WHEN expected IS NOT NULL AND robust_sd IS NOT NULL THEN greatest(expected - band_k * robust_sd, coalesce(min_value, -1e308)) END AS lower,
       CASE WHEN expected IS NOT NULL AND robust_sd IS NOT NULL THEN least(expected + band_k * robust_sd, coalesce(max_value, 1e308)) END AS upper,
       robust_sd, z, CASE WHEN sustain THEN z3 END AS z3, status,
       coalesce(is_anomaly, false) AS is_anomaly,
       -- surprise: |z| over the `surprise_quantile` of the |z|s of the previous `quiet_steps` steps. Heavy-tailed series
       -- produce large robust z all the time; this puts every series on the same footing, and a sustained
       -- excursion scores at its start (where it beats the recent past), not at every step.
       CASE WHEN status = 'ok' THEN strength / greatest(coalesce(max(strength) OVER (PARTITION BY series_id ORDER BY step
                 ROWS BETWEEN quiet_steps PRECEDING AND 1 PRECEDING), 0), band_k, 1e-9) END AS surprise,
       -- for the ensemble of tests (anomaly_detector_votes.sql): the weekly offset it removes, and the step's place among ordinary steps
       seasonal_offset, ordinal, special, CASE WHEN status = 'ok' THEN strength END AS strength
  FROM (SELECT *,
               -- a row's strength: its |z|, or 0.3 × a two-sided CUSUM of z (Page: the cumulative sum of z − 3, clipped at
               -- ±6 so one spike cannot carry it, minus its running minimum), which grows while a modest shift holds
               greatest(CASE WHEN sustain THEN greatest(abs(z), coalesce(abs(z3), 0)) ELSE abs(z) END,
                        0.3 * greatest(cusum_up - min(cusum_up) OVER w_run, min(cusum_down) OVER w_run - cusum_down)) AS strength
          FROM (SELECT *, sum(CASE WHEN status = 'ok' THEN least(z, 6) - 3 ELSE 0 END) OVER w_run AS cusum_up,
                          sum(CASE WHEN status = 'ok' THEN greatest(z, -6) + 3 ELSE 0 END) OVER w_run AS cusum_down
                  FROM flagged
                WINDOW w_run AS (PARTITION BY series_id ORDER BY step ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW))
        WINDOW w_run AS (PARTITION BY series_id ORDER BY step ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW));
