-- Company KPIs per month with the month before and the same month a year before, read by lag over a complete month
-- spine per KPI, so a month without data reads NULL as a base instead of the next month further back.
-- $metrics: JSON ["metric", ...] in the order shown; $points: JSON [{metric, month, value, n}] (the series, read from
-- twelve months before $from_month); $target_months: JSON ["YYYY-MM-DD", ...], months that have targets.
-- Answers the months that have a point or a target, between $from_month and $to_month (either may be NULL).
WITH kpis AS (
  SELECT metric, list_position(from_json($metrics::JSON, '["VARCHAR"]'), metric) AS position
  FROM (SELECT unnest(from_json($metrics::JSON, '["VARCHAR"]')) AS metric)
),
points AS (
  SELECT unnest(from_json($points::JSON, '[{"metric":"VARCHAR","month":"DATE","value":"DOUBLE","n":"BIGINT"}]'), recursive := true)
),
present AS (
  SELECT month FROM points
  UNION
  SELECT unnest(from_json($target_months::JSON, '["DATE"]')) AS month
),
spine AS (
  SELECT k.metric, k.position, s.range::DATE AS month
  FROM kpis k
  CROSS JOIN range((SELECT min(month) FROM present), (SELECT max(month) FROM present) + INTERVAL 1 MONTH, INTERVAL 1 MONTH) s
),
series AS (
  SELECT
    s.metric, s.position, s.month, p.value, coalesce(p.n, 0) AS n,
    lag(p.value, 1) OVER w AS previous_month,
    lag(p.value, 12) OVER w AS previous_year
  FROM spine s
  LEFT JOIN points p ON p.metric = s.metric AND p.month = s.month
  WINDOW w AS (PARTITION BY s.metric ORDER BY s.month)
)
SELECT
  strftime(month, '%Y-%m-%d') AS month,
  metric,
  value,
  n,
  previous_month,
  previous_year,
  value - previous_month AS mom_delta,
  CASE WHEN previous_month <> 0 THEN 100 * (value - previous_month) / abs(previous_month) END AS mom_pct,
  value - previous_year AS yoy_delta,
  CASE WHEN previous_year <> 0 THEN 100 * (value - previous_year) / abs(previous_year) END AS yoy_pct
FROM series
WHERE month IN (SELECT month FROM present)
  AND ($from_month::DATE IS NULL OR month >= $from_month::DATE)
  AND ($to_month::DATE IS NULL OR month <= $to_month::DATE)
ORDER BY month, position;
