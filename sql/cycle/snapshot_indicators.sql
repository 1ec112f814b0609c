-- Each indicator of each card of the month into snapshot $version: the computed score, the score after the active
-- adjustments (SPEC 10.4), its contribution, and the evidence counts (given as JSON in $counts).
INSERT INTO appraisal_snapshot_indicators
WITH adj AS (
  SELECT employee_id, target, adjusted_value
  FROM appraisal_adjustments
  WHERE revoked_at IS NULL AND month = $month::DATE
  QUALIFY row_number() OVER (PARTITION BY employee_id, target ORDER BY adjusted_at DESC, adjustment_id DESC) = 1
),
counts AS (
  SELECT c->>'employee_id' AS employee_id, c->>'indicator' AS indicator, c->'counts' AS counts
  FROM (SELECT unnest(from_json($counts::JSON, '["JSON"]')) AS c)
),
scored AS (
  SELECT s.*, CASE WHEN a.employee_id IS NULL THEN s.score ELSE TRY_CAST(a.adjusted_value AS DOUBLE) END AS final_score
  FROM appraisal_indicator_scores s
  LEFT JOIN adj a ON a.employee_id = s.employee_id AND a.target = s.indicator
  WHERE s.month = $month::DATE
)
SELECT
  s.month, $version, s.employee_id, s.indicator, s.kind, s.position, s.weight, s.actual, s.target,
  s.score, s.final_score, s.weight * s.final_score, k.counts
FROM scored s
LEFT JOIN counts k ON k.employee_id = s.employee_id AND k.indicator = s.indicator
