-- SPEC 10.4 in a published month: snapshot $version copies version $version − 1's indicators; only the card of
-- $employee takes its active adjustments (an indicator's score; none: the computed score again).
INSERT INTO appraisal_snapshot_indicators
WITH adj AS (
  SELECT target, adjusted_value
  FROM appraisal_adjustments
  WHERE revoked_at IS NULL AND month = $month::DATE AND employee_id = $employee
  QUALIFY row_number() OVER (PARTITION BY target ORDER BY adjusted_at DESC, adjustment_id DESC) = 1
),
scored AS (
  SELECT i.*,
    CASE WHEN i.employee_id <> $employee THEN i.score
         WHEN a.target IS NULL THEN i.computed_score
         ELSE TRY_CAST(a.adjusted_value AS DOUBLE) END AS final_score
  FROM appraisal_snapshot_indicators i
  LEFT JOIN adj a ON i.employee_id = $employee AND a.target = i.indicator
  WHERE i.month = $month::DATE AND i.version = $version - 1
)
SELECT month, $version, employee_id, indicator, kind, position, weight, actual, target, computed_score, final_score,
       weight * final_score, evidence_counts
FROM scored
