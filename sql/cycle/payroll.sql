-- The payroll rows of a published month (SPEC 10.8, issue 12): the latest snapshot's cards, with whether an adjustment
-- in force when that version was published touched the card.
WITH snapshot AS (
  SELECT s.month, s.version, s.published_at
  FROM appraisal_snapshots s JOIN appraisal_months m ON m.month = s.month AND m.version = s.version
  WHERE s.month = $month::DATE AND m.state = 'published'
)
SELECT
  c.employee_id, c.name, c.team, c.role, c.grade, c.bonus_coefficient,
  CASE WHEN EXISTS (
    SELECT 1 FROM appraisal_adjustments a
     WHERE a.employee_id = c.employee_id AND a.month = c.month AND a.adjusted_at <= sn.published_at
       AND (a.revoked_at IS NULL OR a.revoked_at > sn.published_at)
  ) THEN 'yes' ELSE 'no' END AS adjusted,
  strftime(sn.published_at, '%Y-%m-%d %H:%M:%S') AS published_at
FROM appraisal_snapshot_cards c
JOIN snapshot sn ON sn.month = c.month AND sn.version = c.version
ORDER BY c.team, c.employee_id
