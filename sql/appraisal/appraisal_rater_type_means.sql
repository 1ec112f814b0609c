-- Each rater type's mean rating per appraised employee, month and ability/attitude indicator (SPEC 4.2), with the
-- type's weight and whether it counts: customer ratings count only for customer-facing employees; a rater type the
-- configuration does not know, or a rating that is neither a known grade nor a score, does not count.
CREATE OR REPLACE TABLE appraisal_rater_type_means AS
SELECT
  r.employee_id,
  r.month,
  r.indicator,
  r.rater_type,
  count(*) AS raters,
  avg(r.rating_score) AS type_mean,
  any_value(w.weight) AS rater_weight,
  CASE
    WHEN any_value(w.weight) IS NULL THEN 'unknown rater type'
    WHEN r.rater_type = 'customer' AND NOT any_value(ro.customer_facing) THEN 'customer ratings count only for customer-facing employees'
  END AS ignored_reason
FROM int_ratings r
JOIN appraisal_roster ro ON ro.employee_id = r.employee_id AND ro.month = r.month
JOIN cfg_indicator i ON i.indicator = r.indicator AND i.kind IN ('ability', 'attitude')
LEFT JOIN cfg_rater_weight w ON w.rater_type = r.rater_type
WHERE r.rating_score IS NOT NULL
GROUP BY r.employee_id, r.month, r.indicator, r.rater_type;
