-- One row per day of every covered year (cal_coverage), with its kind (SPEC 8.1): the company's `calendar` dataset
-- decides first, then the statutory data, then the weekday. `statutory_holiday` keeps the statutory view even where
-- the company works the day (its customers are still on holiday), and `special` is the anomaly detector's (8.5).
CREATE OR REPLACE TABLE dim_calendar AS
WITH days AS (
  SELECT d::DATE AS day
  FROM cal_coverage c, range(make_date(c.year, 1, 1), make_date(c.year + 1, 1, 1), INTERVAL 1 DAY) r(d)
  WHERE c.statutory OR c.company OR c.statutory_none
),
resolved AS (
  SELECT
    d.day,
    isodow(d.day) >= 6                                          AS weekend,
    co.kind                                                     AS company_kind,
    co.name                                                     AS company_name,
    st.kind                                                     AS statutory_kind,
    st.name_en                                                  AS statutory_name_en,
    st.name_zh                                                  AS statutory_name_zh
  FROM days d
  LEFT JOIN calendar co ON co.day = d.day AND co.kind <> 'default'
  LEFT JOIN cal_statutory st ON st.day = d.day

),
kinds AS (
  SELECT
    day,
    CASE
      WHEN company_kind = 'holiday' THEN 'holiday'
      WHEN company_kind = 'company_holiday' THEN 'company_holiday'
      WHEN company_kind = 'workday' THEN CASE WHEN weekend THEN 'makeup_workday' ELSE 'workday' END
      WHEN statutory_kind IS NOT NULL THEN statutory_kind
      WHEN weekend THEN 'weekend'
      ELSE 'workday'
    END                                                         AS kind,
    coalesce(company_name, statutory_name_zh)                   AS name_zh,
    coalesce(company_name, statutory_name_en)                   AS name_en,
    CASE WHEN company_kind IS NOT NULL THEN 'company' WHEN statutory_kind IS NOT NULL THEN 'package' ELSE 'weekday' END AS source,
    coalesce(statutory_kind = 'holiday', false)                 AS statutory_holiday
  FROM resolved
)
SELECT
  day,
  kind,
  kind IN ('workday', 'makeup_workday')                         AS is_workday,
  name_zh,
  name_en,
  source,
  statutory_holiday,
  kind IN ('holiday', 'company_holiday', 'makeup_workday') OR statutory_holiday AS special
FROM kinds;
