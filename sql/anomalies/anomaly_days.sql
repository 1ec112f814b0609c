-- Anomalous days (SPEC section 5): the detector's statistics plus the monitor's policy.
-- Each series has a harmful direction (anomaly_watch: fewer sales, more tickets, slower answers, more breaches, slower
-- orders, lower CSAT); a move the other way counts benign_direction_weight as much. A day is listed when its weighted robust z
-- reaches band_k, or when it is an extreme move either way (extreme_ratio × or ÷ the expected value, say a
-- double-loaded file or an intake channel gone dead; volumes only), and the change clears the metric's minimum absolute and
-- relative change. Severity: high from high_score, medium from medium_score or any extreme move, else low.
-- The ensemble (anomaly_detector_votes.sql) confirms the weak ones: a day the robust band flags below medium_score is
-- listed only when at least vote_consensus of the nine tests vote for it (medium, high and extreme moves stand alone). `votes` says how many did;
-- `repeat` marks a day of a series that already fired within suppress_days before it (the same excursion: not news).
-- A volume series lists nothing on a special day (SPEC 8.5: unjudged_status).
CREATE OR REPLACE TABLE anomaly_days AS
WITH judged AS (
  SELECT i.metric, i.slice_type, i.slice, i.day, o.value, o.expected, o.lower, o.upper, o.z, o.z3,
         p.min_abs_change, p.min_rel_change, p.band_k, p.consensus, v.votes, v.repeat, h.harmful_direction, h.volume,
         CASE WHEN o.value > o.expected THEN 'spike' ELSE 'drop' END AS direction
    FROM anomaly_detector_output o
    JOIN anomaly_detector_input i USING (series_id, step)
    JOIN anomaly_detector_params p USING (series_id)
    JOIN anomaly_detector_votes v USING (series_id, step)
    JOIN anomaly_watch h ON h.metric = i.metric
   WHERE o.status = 'ok' AND o.is_anomaly AND i.unjudged_status IS NULL
), weighed AS (
  SELECT j.*,
         -- the stronger of the day's own z and the three-day z (a shift that holds)
         greatest(abs(j.z), coalesce(abs(j.z3), 0)) * CASE WHEN j.direction = j.harmful_direction THEN 1 ELSE c.benign_direction_weight END AS score,
         j.volume AND j.expected > 0
           AND (j.value >= c.extreme_ratio * j.expected OR j.value <= j.expected / c.extreme_ratio) AS extreme,
         abs(j.value - j.expected) >= greatest(j.min_abs_change, j.min_rel_change * abs(j.expected)) AS material,
         c.medium_score, c.high_score
    FROM judged j CROSS JOIN cfg_anomaly c
)
SELECT metric, slice_type, slice, day, value, expected, lower, upper, score,
       CASE WHEN score >= high_score THEN 'high'
            WHEN score >= medium_score OR extreme THEN 'medium'
            ELSE 'low' END AS severity,
       direction,
       direction = harmful_direction AS harmful,
       z, votes, repeat
  FROM weighed
 WHERE material AND ((score >= band_k AND (votes >= consensus OR score >= medium_score)) OR extreme)
 ORDER BY day, metric, slice_type, slice;
