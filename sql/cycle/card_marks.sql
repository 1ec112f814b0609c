-- Per card of a month: when its employee acknowledged the latest version ($version), and its dispute status (open
-- while one is open, else the latest dispute's outcome; NULL when never disputed).
WITH acks AS (
  SELECT employee_id, strftime(max(acknowledged_at), '%Y-%m-%d %H:%M:%S') AS acknowledged_at
  FROM appraisal_acknowledgements
  WHERE month = $month::DATE AND version = $version
  GROUP BY employee_id
),
disputes AS (
  SELECT employee_id,
         CASE WHEN bool_or(status = 'open') THEN 'open' ELSE arg_max(status, dispute_id) END AS dispute_status
  FROM appraisal_disputes
  WHERE month = $month::DATE
  GROUP BY employee_id
)
SELECT coalesce(a.employee_id, d.employee_id) AS employee_id, a.acknowledged_at, d.dispute_status
FROM acks a FULL JOIN disputes d ON d.employee_id = a.employee_id
