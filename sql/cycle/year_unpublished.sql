-- The months of year $year with a card that are not published now (open, reopened, or marked without a snapshot).
SELECT DISTINCT strftime(s.month, '%Y-%m') AS month
FROM appraisal_scorecards s
WHERE year(s.month) = $year
  AND NOT EXISTS (
    SELECT 1 FROM appraisal_months m JOIN appraisal_snapshots n ON n.month = m.month AND n.version = m.version
     WHERE m.month = s.month AND m.state = 'published'
  )
ORDER BY month
