-- SPEC 10.8: every month with a card (optionally of one year), its state and latest version, the cards it shows,
-- acknowledgements of the latest version, open disputes, and live cards missing from the snapshot.
WITH live AS (
  SELECT month, employee_id FROM appraisal_scorecards WHERE $year::INTEGER IS NULL OR year(month) = $year
),
months AS (
  SELECT DISTINCT month FROM live
  UNION SELECT month FROM appraisal_months WHERE $year::INTEGER IS NULL OR year(month) = $year
),
snap AS (
  SELECT c.month, c.employee_id FROM appraisal_snapshot_cards c JOIN appraisal_months m ON m.month = c.month AND m.version = c.version
)
SELECT
  strftime(mo.month, '%Y-%m') AS month,
  coalesce(m.state, 'open') AS state,
  nullif(coalesce(m.version, 0), 0) AS version,
  (SELECT strftime(max(published_at), '%Y-%m-%d %H:%M:%S') FROM appraisal_snapshots s WHERE s.month = mo.month AND s.version = m.version) AS published_at,
  CASE WHEN m.state = 'published' THEN (SELECT count(*) FROM snap WHERE snap.month = mo.month)
       ELSE (SELECT count(*) FROM live WHERE live.month = mo.month) END AS cards,
  (SELECT count(*) FROM appraisal_acknowledgements a WHERE a.month = mo.month AND a.version = m.version) AS acknowledged,
  (SELECT count(*) FROM appraisal_disputes d WHERE d.month = mo.month AND d.status = 'open') AS open_disputes,
  CASE WHEN coalesce(m.version, 0) > 0 THEN (SELECT count(*) FROM live l WHERE l.month = mo.month
       AND NOT EXISTS (SELECT 1 FROM snap WHERE snap.month = l.month AND snap.employee_id = l.employee_id)) ELSE 0 END AS live_cards_not_in_snapshot,
  m.reason,
  m.changed_by
FROM months mo
LEFT JOIN appraisal_months m ON m.month = mo.month
ORDER BY mo.month
