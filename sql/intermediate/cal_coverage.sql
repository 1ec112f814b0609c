-- The years the calendar must answer for (SPEC 8.1): every year from the first to the last day with data (business
-- time zone), plus the year after when something covers it (so due times just past New Year are known). A year is
-- covered by the statutory data (cal_statutory_years; every year with `statutory: none`) or by any company calendar
-- row in it. A needed year left uncovered fails the build (src/lib/server/models/build.ts), naming the year.
CREATE OR REPLACE TABLE cal_coverage AS
WITH data_days AS (
  SELECT year(timezone((SELECT business_timezone FROM cfg_scalar), first_at)) AS first_year,
         year(timezone((SELECT business_timezone FROM cfg_scalar), w.latest_at)) AS last_year
  FROM (
    SELECT min(first_at) AS first_at FROM (
      SELECT min(sold_at) AS first_at FROM sales
      UNION ALL SELECT min("at") FROM order_events
      UNION ALL SELECT min(created_at) FROM tickets
      UNION ALL SELECT min(responded_at) FROM csat
      UNION ALL SELECT min(created_at) FROM leads  -- the lead contact clock runs on the calendar (SPEC 9.2)
    )
  ) CROSS JOIN wh_latest_timestamp w
),
years AS (
  SELECT y::INTEGER AS year, y <= last_year AS needed
  FROM data_days, range(first_year, last_year + 2) r(y)
  WHERE first_year IS NOT NULL
)
SELECT
  y.year,
  y.needed,
  y.year IN (SELECT year FROM cal_statutory_years)                            AS statutory,
  EXISTS (SELECT 1 FROM calendar c WHERE year(c.day) = y.year AND c.kind <> 'default') AS company,
  (SELECT source FROM cal_source) = 'none'                                   AS statutory_none
FROM years y;
