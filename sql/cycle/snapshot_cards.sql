-- The cards of one snapshot version of a month, the columns of appraisal_scorecards.
SELECT c.* EXCLUDE (version)
FROM appraisal_snapshot_cards c
WHERE c.month = $month::DATE AND c.version = $version
