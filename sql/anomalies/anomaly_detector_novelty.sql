-- The novelty detector: has this series ever been here before? A vote of histogram tests at several resolutions over
-- the whole history, with suppression of repeated alerts.
-- Reads  anomaly_detector_input (value, special)
--        anomaly_detector_params (novelty_range, novelty_min_bins, novelty_resolutions, novelty_smooth,
--          novelty_threshold, novelty_suppress)
-- Writes anomaly_detector_novelty(series_id, step, lo, hi, novel_tests, tests, novelty, smoothed, fires, repeat, alert, score)
-- After Skyline's histogram_bins test (a value in a thin bin of the history is anomalous), taken to its limit: the
-- history is all of it, and thin means empty. Causal: a step is judged against the ordinary steps before it.
--   range      lo, hi = the least and greatest value of the series' first `novelty_range` ordinary steps with a value
--              (the period it learns its scale from; no step of it is judged)
--   tests      j = 0 … novelty_resolutions − 1 cut the line into bins of width (hi − lo) / (novelty_min_bins × √2^j),
--              counted from lo (a value beyond the range lands in a bin of its own, further out the further it is);
--              test j votes when no earlier ordinary step fell in the step's bin
--   novelty    the share of the tests that vote (0 … 1): 1 = a value unlike any before at every resolution
--   smoothed   the mean novelty of the last `novelty_smooth` judged steps (this one included), so that a run of new
--              values counts more than one stray value
-- A series that has seen much has few empty bins left near its usual values: its false alarms thin out as its history
-- grows, while a value that has never been seen still votes at once. Special days (SPEC 8.5) are judged, but leave
-- every later step's history, as in the other detectors.
-- Suppression: `fires` = smoothed ≥ novelty_threshold; a firing step is a `repeat` when any of the previous
-- `novelty_suppress` steps fired; `alert` = fires and not a repeat. `score` (NAB's per-step score, any threshold) =
-- smoothed where it beats every smoothed novelty of the previous novelty_suppress steps, else 0.
CREATE OR REPLACE TABLE anomaly_detector_novelty AS
WITH steps AS (
  SELECT i.series_id, i.step, i.value, coalesce(i.special, false) AS special,
         p.novelty_range, p.novelty_min_bins, p.novelty_resolutions, p.novelty_smooth, p.novelty_threshold, p.novelty_suppress,
         -- ordinary steps with a value before this one
         count(i.value) FILTER (WHERE NOT coalesce(i.special, false)) OVER (PARTITION BY i.series_id ORDER BY i.step
           ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS seen
    FROM anomaly_detector_input i JOIN anomaly_detector_params p USING (series_id)
), ranged AS (
  SELECT s.*, r.lo, r.hi
    FROM steps s
    LEFT JOIN (SELECT series_id, min(value) AS lo, max(value) AS hi FROM steps
                WHERE NOT special AND value IS NOT NULL AND seen < novelty_range GROUP BY series_id) r USING (series_id)
), binned AS (
  -- one row per step and resolution
  SELECT series_id, step, special, value, lo, hi, seen, novelty_range, j,
         floor((value - lo) / greatest(hi - lo, 1e-9) * novelty_min_bins * sqrt(2) ^ j) AS bin
    FROM (SELECT *, unnest(range(0, novelty_resolutions::BIGINT)) AS j FROM ranged)
), voted AS (
  SELECT *,
         count(value) FILTER (WHERE NOT special) OVER (PARTITION BY series_id, j, bin ORDER BY step
           ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) = 0 AS novel
    FROM binned
), judged AS (
  SELECT series_id, step, any_value(lo) AS lo, any_value(hi) AS hi,
         CASE WHEN any_value(value) IS NOT NULL AND any_value(lo) IS NOT NULL AND any_value(seen) >= any_value(novelty_range)
              THEN count(*) FILTER (WHERE novel) END AS novel_tests,
         count(*) AS tests
    FROM voted
   GROUP BY series_id, step
), smoothed AS (
  SELECT j.*, j.novel_tests / j.tests AS novelty,
         CASE WHEN j.novel_tests IS NOT NULL THEN avg(j.novel_tests / j.tests) OVER (PARTITION BY j.series_id ORDER BY j.step
           ROWS BETWEEN p.novelty_smooth - 1 PRECEDING AND CURRENT ROW) END AS smoothed,
         p.novelty_threshold, p.novelty_suppress
    FROM judged j JOIN anomaly_detector_params p USING (series_id)
), fired AS (
  SELECT *, coalesce(smoothed >= novelty_threshold, false) AS fires FROM smoothed
)
SELECT series_id, step, lo, hi, novel_tests, tests, novelty, smoothed, fires, repeat,
       fires AND NOT repeat AS alert,
       CASE WHEN smoothed > coalesce(max(smoothed) OVER w_recent, 0) THEN smoothed ELSE 0 END AS score
  FROM (SELECT *, coalesce(bool_or(fires) OVER w_recent, false) AS repeat FROM fired
        WINDOW w_recent AS (PARTITION BY series_id ORDER BY step ROWS BETWEEN novelty_suppress PRECEDING AND 1 PRECEDING))
WINDOW w_recent AS (PARTITION BY series_id ORDER BY step ROWS BETWEEN novelty_suppress PRECEDING AND 1 PRECEDING);
