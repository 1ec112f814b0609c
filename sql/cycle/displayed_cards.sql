-- The cards each month displays (SPEC 10.2): a published month's latest snapshot, every other month's live cards
-- (adjustments applied). One month ($month) or every month ($month NULL); the columns of appraisal_scorecards.
SELECT c.* EXCLUDE (version)
FROM appraisal_snapshot_cards c
JOIN appraisal_months m ON m.month = c.month AND m.version = c.version AND m.state = 'published'
WHERE $month::DATE IS NULL OR c.month = $month::DATE
UNION ALL BY NAME
SELECT l.*
FROM ({{live_cards}}) l
WHERE l.month NOT IN (SELECT month FROM appraisal_months WHERE state = 'published')
