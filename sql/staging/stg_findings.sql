-- Findings (SPEC 9.5) in their current round: a fix or a verification dated before reopened_at belongs to the voided
-- round and is ignored (the finding is open again).
CREATE OR REPLACE VIEW stg_findings AS
SELECT
  f.*,
  CASE WHEN f.reopened_at IS NULL OR f.fixed_at >= f.reopened_at THEN f.fixed_at END AS round_fixed_at,
  CASE WHEN f.reopened_at IS NULL OR f.verified_at >= f.reopened_at THEN f.verified_at END AS round_verified_at,
  CASE WHEN f.reopened_at IS NULL OR f.verified_at >= f.reopened_at THEN f.verdict END AS round_verdict
FROM findings f;
