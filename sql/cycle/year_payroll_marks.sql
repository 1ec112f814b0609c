-- Per employee of year $year: whether an adjustment in force when a month's latest version was published shaped their
-- card, and the latest publication of the year's months.
WITH latest AS (
  SELECT n.month, n.version, n.published_at
  FROM appraisal_snapshots n JOIN appraisal_months m ON m.month = n.month AND m.version = n.version AND m.state = 'published'
  WHERE year(n.month) = $year
)
SELECT
  c.employee_id,
  bool_or(EXISTS (
    SELECT 1 FROM appraisal_adjustments a
     WHERE a.employee_id = c.employee_id AND a.month = c.month AND a.adjusted_at <= l.published_at
       AND (a.revoked_at IS NULL OR a.revoked_at > l.published_at)
  )) AS adjusted,
  strftime(max(l.published_at), '%Y-%m-%d %H:%M:%S') AS published_at
FROM appraisal_snapshot_cards c
JOIN latest l ON l.month = c.month AND l.version = c.version
GROUP BY c.employee_id
