-- The anomaly likelihood: the robust detector's surprise, calibrated to each series' own rate of surprises.
-- Reads  anomaly_detector_output (surprise, status)
--        anomaly_detector_params (min_history, lh_short, lh_long, lh_min_sd, lh_threshold, lh_suppress)
-- Writes anomaly_detector_likelihood(series_id, step, raw, short_mean, long_mean, long_sd, likelihood, log_score,
--          fires, repeat, alert, score)
-- After Numenta's AnomalyLikelihood (nupic, algorithms/anomaly_likelihood.py; the "numenta" detector of NAB), rewritten as
-- window functions. Causal: a step is judged from itself and the steps before it.
--   raw        = (surprise − 1) / surprise where the robust detector's surprise (its strength over the larger of band_k
--                and its recent maximum) exceeds 1, 0 on other judged steps, NULL on steps it does not judge (0 ≤ raw < 1;
--                chosen on NAB's tuning half over strength / (strength + band_k) and the ensemble's vote share)
--   short_mean = the mean raw of the last `lh_short` steps (this one included)
--   long_mean, long_sd = mean and sample sd of short_mean over the `lh_long` steps before this one (sd floored at
--                lh_min_sd, so a flat history does not make every wobble infinitely unlikely)
--   likelihood = 1 − Q((short_mean − long_mean) / long_sd), Q the Gaussian upper tail (Abramowitz & Stegun 26.2.17,
--                computed as the tail itself so that 1 − likelihood keeps its digits far out)
--   log_score  = ln(1 − likelihood + 1e-10) / ln(1e-10): Numenta's log-scaled likelihood, 0.5 at a tail of 1e-5
-- Judged only once `min_history` short means precede the step (like the robust detector's own history rule).
-- Suppression: a step `fires` when log_score ≥ lh_threshold; it is a `repeat` when any of the previous `lh_suppress`
-- steps fired; `alert` = fires and not a repeat. `score` (NAB's per-step score, any threshold) = log_score where it
-- beats every log_score of the previous lh_suppress steps, else 0 — the same suppression whatever the threshold.
-- The daily flags (anomaly_days) keep their severity rules; this is an extra score beside them.
CREATE OR REPLACE TABLE anomaly_detector_likelihood AS
WITH raw AS (
  SELECT o.series_id, o.step, p.min_history, p.lh_short, p.lh_long, p.lh_min_sd, p.lh_threshold, p.lh_suppress,
         CASE WHEN o.status = 'ok' AND o.surprise > 1 THEN (o.surprise - 1) / o.surprise WHEN o.status = 'ok' THEN 0 END AS raw
    FROM anomaly_detector_output o JOIN anomaly_detector_params p USING (series_id)
), averaged AS (
  SELECT *, CASE WHEN raw IS NOT NULL THEN avg(raw) OVER (PARTITION BY series_id ORDER BY step
                 ROWS BETWEEN lh_short - 1 PRECEDING AND CURRENT ROW) END AS short_mean
    FROM raw
), history AS (
  SELECT *, avg(short_mean) OVER w_long AS long_mean,
         greatest(coalesce(stddev_samp(short_mean) OVER w_long, 0), lh_min_sd) AS long_sd,
         count(short_mean) OVER w_long AS n_long
    FROM averaged
  WINDOW w_long AS (PARTITION BY series_id ORDER BY step ROWS BETWEEN lh_long PRECEDING AND 1 PRECEDING)
), tailed AS (
  SELECT *, abs(x) AS ax, 1 / (1 + 0.2316419 * abs(x)) AS t
    FROM (SELECT *, CASE WHEN short_mean IS NOT NULL AND n_long >= min_history THEN (short_mean - long_mean) / long_sd END AS x
            FROM history)
), scored AS (
  SELECT *, 1 - tail AS likelihood, ln(tail + 1e-10) / ln(1e-10) AS log_score
    FROM (SELECT *, CASE WHEN x IS NOT NULL THEN
                   -- q = Q(|x|) = φ(|x|) × polynomial in t; Q(x) = q for x ≥ 0, 1 − q below
                   (CASE WHEN x >= 0 THEN 0 ELSE 1 END)
                   + sign(x + 1e-300) * exp(-ax * ax / 2) / sqrt(2 * pi())
                     * t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))))
                 END AS tail
            FROM tailed)
), fired AS (
  SELECT *, coalesce(log_score >= lh_threshold, false) AS fires FROM scored
)
SELECT series_id, step, raw, short_mean, long_mean, long_sd, likelihood, log_score, fires, repeat,
       fires AND NOT repeat AS alert,
       CASE WHEN log_score > coalesce(max(log_score) OVER w_recent, 0) THEN log_score ELSE 0 END AS score
  FROM (SELECT *, coalesce(bool_or(fires) OVER w_recent, false) AS repeat FROM fired
        WINDOW w_recent AS (PARTITION BY series_id ORDER BY step ROWS BETWEEN lh_suppress PRECEDING AND 1 PRECEDING))
WINDOW w_recent AS (PARTITION BY series_id ORDER BY step ROWS BETWEEN lh_suppress PRECEDING AND 1 PRECEDING);
