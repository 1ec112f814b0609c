-- The cards each month displays (SPEC 10.2): a published month's latest snapshot, every other month's live cards
-- (adjustments applied). One month ($month) or every month ($month NULL); the columns of appraisal_scorecards.
-- A month marked published without a stored snapshot (set by hand, or from before snapshots existed) reads live.
WITH frozen AS (
  SELECT m.month, m.version
  FROM appraisal_months m
  WHERE m.state = 'published' AND EXISTS (SELECT 1 FROM appraisal_snapshots s WHERE s.month = m.month AND s.version = m.version)
)
SELECT c.* EXCLUDE (version)
FROM appraisal_snapshot_cards c
JOIN frozen f ON f.month = c.month AND f.version = c.version
WHERE $month::DATE IS NULL OR c.month = $month::DATE
UNION ALL BY NAME
SELECT l.*
FROM ({{live_cards}}) l
WHERE l.month NOT IN (SELECT month FROM frozen)
