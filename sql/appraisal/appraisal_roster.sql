-- Who is appraised in which month: every employee employed at least one day of the month
-- (hired_on <= month end and (left_on is null or left_on >= month start); both are days of employment).
-- The months appraised are the range of months the appraisal's inputs cover: from the first to the last month with
-- any activity (mart_employee_month: sales, tickets, orders received, CSAT) or any rating period. A month that only
-- holds later events of earlier records (a delivery of last month's order) gets no cards, nor do targets set ahead
-- of time. A month inside the range without activity still gets its cards.
CREATE OR REPLACE TABLE appraisal_roster AS
WITH bounds AS (
  SELECT
    least(
      (SELECT min(month) FROM mart_employee_month),
      (SELECT min(month) FROM stg_ratings)
    ) AS first_month,
    greatest(
      (SELECT max(month) FROM mart_employee_month),
      (SELECT max(month) FROM stg_ratings)
    ) AS last_month
),
months AS (
  SELECT CAST(m AS DATE) AS month
  FROM bounds, range(bounds.first_month::TIMESTAMP, bounds.last_month::TIMESTAMP + INTERVAL 1 MONTH, INTERVAL 1 MONTH) t(m)
  WHERE bounds.first_month IS NOT NULL AND bounds.last_month IS NOT NULL
)
SELECT
  e.employee_id,
  m.month,
  e.name,
  e.team,
  e.role,
  e.customer_facing
FROM months m
JOIN dim_employees e
  ON (e.hired_on IS NULL OR e.hired_on <= (m.month + INTERVAL 1 MONTH - INTERVAL 1 DAY)::DATE)
 AND (e.left_on IS NULL OR e.left_on >= m.month);
