-- The ensemble: a vote of simple, explainable tests on every step, and the suppression of repeated alerts.
-- Reads  anomaly_detector_output (the robust detector: value, z, strength, status, seasonal_offset, ordinal, special)
--        anomaly_detector_params (vote_window, ma_window, tail_steps, vote_k, mad_k, hist_bins, hist_share, first_steps,
--          grubbs_alpha, consensus, suppress_steps, suppress_share, band_k)
-- Writes anomaly_detector_votes(series_id, step, tests, votes, v_average, v_moving_average, v_mean_subtraction,
--          v_least_squares, v_grubbs, v_histogram, v_mad, v_first_steps, v_robust, strength, fires, repeat, alert, score)
-- After earthgecko Skyline's analyzer (github.com/earthgecko/skyline, skyline/algorithms.py; NAB's skyline detector
-- averages the same tests' votes), rewritten as window functions. Causal: every test judges a step against the steps
-- before it. Each test looks at d = value − weekly offset (the robust detector's; 0 on a series without season, so d
-- is the value itself), over the last `vote_window` ordinary steps H (special days, SPEC 8.5, leave every history as
-- in the robust detector). t = the mean of the last `tail_steps` d's (Skyline's "tail average"). A test votes when:
--   v_average          |t − mean(H)| > vote_k × sd(H)                                   (stddev_from_average)
--   v_moving_average   |d − mean(M)| > vote_k × sd(M), M = the last `ma_window` steps     (stddev_from_moving_average)
--   v_mean_subtraction |d − mean(H)| > vote_k × sd(H)                                   (mean_subtraction_cumulation)
--   v_least_squares    |d − line(H)| > vote_k × sd of H's residuals around its line      (least_squares)
--   v_grubbs           |t − mean(H)| / sd(H) > Grubbs' critical value for |H| at grubbs_alpha (grubbs)
--   v_histogram        t lands in a bin (of `hist_bins` over H's range) holding ≤ hist_share of H (histogram_bins)
--   v_mad              |d − median(H)| > mad_k × MAD(H)                                 (median_absolute_deviation)
--   v_first_steps      |t − mean(F)| > vote_k × sd(F), F = the series' first `first_steps` steps (first_hour_average)
--   v_robust           the robust detector's strength ≥ band_k: |z| (level + weekly offset + MAD band), the three-day
--                      z3 where the series sustains, or 0.3 × its CUSUM of z (a modest shift that holds)
-- Skyline's ks_test is left out (a two-sample Kolmogorov-Smirnov test is no window aggregate).
-- A test with no spread (sd or MAD 0) votes on any departure at all, as Skyline's do.
-- votes = how many tests vote; a step `fires` when votes ≥ consensus. Suppression: a firing step is a `repeat` when any
-- step of the previous `suppress_steps` fired (the same excursion, or one too close to it to be news): `alert` = fires
-- and not a repeat. `strength` = votes + the mean of the tests' statistic-to-limit ratios capped below 1 (orders steps
-- with equal votes); `score` (NAB's per-step score, any threshold) = strength where it beats every strength of the
-- previous suppress_steps steps and the median-absolute-deviation test votes (the robust test must agree), else 0 — the
-- same suppression at whatever consensus a threshold stands for.
CREATE OR REPLACE TABLE anomaly_detector_votes AS
WITH steps AS (
  SELECT o.series_id, o.step, o.ordinal, o.special, o.status, o.z, o.strength AS robust_strength,
         CASE WHEN o.value IS NOT NULL THEN o.value - coalesce(o.seasonal_offset, 0) END AS d,
         p.vote_window, p.ma_window, p.tail_steps, p.vote_k, p.mad_k, p.hist_bins, p.hist_share, p.first_steps,
         p.grubbs_alpha, p.consensus, p.band_k,
         -- the suppression horizon: suppress_steps, or suppress_share of the steps seen so far when that is longer
         greatest(p.suppress_steps, floor(p.suppress_share * o.step_index))::BIGINT AS suppress_steps
    FROM (SELECT *, row_number() OVER (PARTITION BY series_id ORDER BY step) - 1 AS step_index FROM anomaly_detector_output) o
    JOIN anomaly_detector_params p USING (series_id)
), stats AS (
  SELECT *,
         CASE WHEN special THEN d ELSE avg(d) FILTER (WHERE NOT special) OVER w_tail END AS t,
         count(d) FILTER (WHERE NOT special) OVER w_h AS n_h,
         avg(d) FILTER (WHERE NOT special) OVER w_h AS mean_h,
         stddev_samp(d) FILTER (WHERE NOT special) OVER w_h AS sd_h,
         median(d) FILTER (WHERE NOT special) OVER w_h AS median_h,
         mad(d) FILTER (WHERE NOT special) OVER w_h AS mad_h,
         min(d) FILTER (WHERE NOT special) OVER w_h AS min_h,
         max(d) FILTER (WHERE NOT special) OVER w_h AS max_h,
         regr_slope(d, ordinal) FILTER (WHERE NOT special) OVER w_h AS slope_h,
         regr_intercept(d, ordinal) FILTER (WHERE NOT special) OVER w_h AS intercept_h,
         -- the residual sum of squares around H's least-squares line: Syy − Sxy² / Sxx
         regr_syy(d, ordinal) FILTER (WHERE NOT special) OVER w_h
           - coalesce(regr_sxy(d, ordinal) FILTER (WHERE NOT special) OVER w_h ^ 2 / nullif(regr_sxx(d, ordinal) FILTER (WHERE NOT special) OVER w_h, 0), 0) AS ssr_h,
         list(d) FILTER (WHERE NOT special) OVER w_h AS values_h,
         count(d) FILTER (WHERE NOT special) OVER w_m AS n_m,
         avg(d) FILTER (WHERE NOT special) OVER w_m AS mean_m,
         stddev_samp(d) FILTER (WHERE NOT special) OVER w_m AS sd_m,
         avg(d) FILTER (WHERE NOT special AND ordinal < first_steps) OVER w_all AS mean_f,
         stddev_samp(d) FILTER (WHERE NOT special AND ordinal < first_steps) OVER w_all AS sd_f
    FROM steps
  WINDOW w_tail AS (PARTITION BY series_id ORDER BY ordinal RANGE BETWEEN tail_steps - 1 PRECEDING AND CURRENT ROW),
         w_h AS (PARTITION BY series_id ORDER BY ordinal RANGE BETWEEN vote_window PRECEDING AND 1 PRECEDING),
         w_m AS (PARTITION BY series_id ORDER BY ordinal RANGE BETWEEN ma_window PRECEDING AND 1 PRECEDING),
         w_all AS (PARTITION BY series_id)
), ratios AS (
  -- each test's statistic over its limit: > 1 is a vote. A zero spread makes any departure a vote (ratio 2, capped below).
  SELECT *,
         CASE WHEN t IS NOT NULL AND n_h >= 3 THEN
           CASE WHEN sd_h > 0 THEN abs(t - mean_h) / (vote_k * sd_h) WHEN t <> mean_h THEN 2 ELSE 0 END END AS r_average,
         CASE WHEN d IS NOT NULL AND n_m >= 3 THEN
           CASE WHEN sd_m > 0 THEN abs(d - mean_m) / (vote_k * sd_m) WHEN d <> mean_m THEN 2 ELSE 0 END END AS r_moving_average,
         CASE WHEN d IS NOT NULL AND n_h >= 3 THEN
           CASE WHEN sd_h > 0 THEN abs(d - mean_h) / (vote_k * sd_h) WHEN d <> mean_h THEN 2 ELSE 0 END END AS r_mean_subtraction,
         CASE WHEN d IS NOT NULL AND n_h >= 4 AND slope_h IS NOT NULL THEN
           CASE WHEN ssr_h > 1e-12 THEN abs(d - (intercept_h + slope_h * ordinal)) / (vote_k * sqrt(ssr_h / (n_h - 2)))
                WHEN abs(d - (intercept_h + slope_h * ordinal)) > 1e-9 THEN 2 ELSE 0 END END AS r_least_squares,
         CASE WHEN t IS NOT NULL AND n_h >= 4 THEN
           CASE WHEN sd_h > 0 THEN abs(t - mean_h) / sd_h / grubbs_limit WHEN t <> mean_h THEN 2 ELSE 0 END END AS r_grubbs,
         CASE WHEN t IS NOT NULL AND n_h >= 3 THEN
           CASE WHEN t < min_h OR t > max_h THEN 2
                WHEN max_h = min_h THEN 0
                -- the share of H in t's bin, against hist_share: a thin bin votes
                ELSE hist_share / greatest(len(list_filter(values_h, y -> least(floor((y - min_h) / (max_h - min_h) * hist_bins), hist_bins - 1)
                                                             = least(floor((t - min_h) / (max_h - min_h) * hist_bins), hist_bins - 1))) / n_h, 1e-9) END END AS r_histogram,
         CASE WHEN d IS NOT NULL AND n_h >= 3 THEN
           CASE WHEN mad_h > 0 THEN abs(d - median_h) / (mad_k * mad_h) WHEN d <> median_h THEN 2 ELSE 0 END END AS r_mad,
         CASE WHEN t IS NOT NULL AND ordinal >= first_steps AND sd_f IS NOT NULL THEN
           CASE WHEN sd_f > 0 THEN abs(t - mean_f) / (vote_k * sd_f) WHEN t <> mean_f THEN 2 ELSE 0 END END AS r_first_steps,
         CASE WHEN status = 'ok' THEN robust_strength / band_k END AS r_robust
    FROM (SELECT *,
                 -- Grubbs' two-sided critical value for n points: (n−1)/√n · √(q² / (n−2+q²)), q the upper α/(2n)
                 -- quantile (Student's t with n−2 degrees of freedom ≈ the normal's for the window sizes used here;
                 -- Abramowitz & Stegun 26.2.23 for the normal quantile)
                 CASE WHEN n_h >= 4 THEN (n_h - 1) / sqrt(n_h) * sqrt(q ^ 2 / (n_h - 2 + q ^ 2)) END AS grubbs_limit
            FROM (SELECT *, r - (2.515517 + 0.802853 * r + 0.010328 * r ^ 2) / (1 + 1.432788 * r + 0.189269 * r ^ 2 + 0.001308 * r ^ 3) AS q
                    FROM (SELECT *, sqrt(-2 * ln(grubbs_alpha / (2 * greatest(n_h, 2)))) AS r FROM stats)))
), voted AS (
  SELECT series_id, step, special, status, suppress_steps, consensus,
         (r_average IS NOT NULL)::INTEGER + (r_moving_average IS NOT NULL)::INTEGER + (r_mean_subtraction IS NOT NULL)::INTEGER
           + (r_least_squares IS NOT NULL)::INTEGER + (r_grubbs IS NOT NULL)::INTEGER + (r_histogram IS NOT NULL)::INTEGER
           + (r_mad IS NOT NULL)::INTEGER + (r_first_steps IS NOT NULL)::INTEGER + (r_robust IS NOT NULL)::INTEGER AS tests,
         coalesce(r_average > 1, false) AS v_average,
         coalesce(r_moving_average > 1, false) AS v_moving_average,
         coalesce(r_mean_subtraction > 1, false) AS v_mean_subtraction,
         coalesce(r_least_squares > 1, false) AS v_least_squares,
         coalesce(r_grubbs > 1, false) AS v_grubbs,
         coalesce(r_histogram > 1, false) AS v_histogram,
         coalesce(r_mad > 1, false) AS v_mad,
         coalesce(r_first_steps > 1, false) AS v_first_steps,
         coalesce(r_robust > 1, false) AS v_robust,
         (coalesce(least(r_average, 2), 0) + coalesce(least(r_moving_average, 2), 0) + coalesce(least(r_mean_subtraction, 2), 0)
           + coalesce(least(r_least_squares, 2), 0) + coalesce(least(r_grubbs, 2), 0) + coalesce(least(r_histogram, 2), 0)
           + coalesce(least(r_mad, 2), 0) + coalesce(least(r_first_steps, 2), 0) + coalesce(least(r_robust, 2), 0)) / 18.0 AS closeness
    FROM ratios
), counted AS (
  SELECT *,
         v_average::INTEGER + v_moving_average::INTEGER + v_mean_subtraction::INTEGER + v_least_squares::INTEGER
           + v_grubbs::INTEGER + v_histogram::INTEGER + v_mad::INTEGER + v_first_steps::INTEGER + v_robust::INTEGER AS votes
    FROM voted
), fired AS (
  SELECT *, votes + least(closeness, 0.999) AS strength, status = 'ok' AND votes >= consensus AS fires
    FROM counted
)
SELECT series_id, step, tests, votes, v_average, v_moving_average, v_mean_subtraction, v_least_squares, v_grubbs,
       v_histogram, v_mad, v_first_steps, v_robust, strength, fires, repeat,
       fires AND NOT repeat AS alert,
       CASE WHEN status = 'ok' AND v_mad AND strength > coalesce(max(CASE WHEN status = 'ok' THEN strength END) OVER w_recent, 0)
            THEN strength ELSE 0 END AS score
  FROM (SELECT *, coalesce(bool_or(fires) OVER w_recent, false) AS repeat FROM fired
        WINDOW w_recent AS (PARTITION BY series_id ORDER BY step ROWS BETWEEN suppress_steps PRECEDING AND 1 PRECEDING))
WINDOW w_recent AS (PARTITION BY series_id ORDER BY step ROWS BETWEEN suppress_steps PRECEDING AND 1 PRECEDING);
