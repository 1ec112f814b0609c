-- The grade band a composite falls in (cfg_grade.min_composite, best first; below every minimum: the lowest grade).
-- Shared by the monthly and the annual grade. The composite is rounded to 10 decimals first, so a composite of exactly
-- 90 that floating point computes as 89.99999999999999 is excellent.
CREATE OR REPLACE MACRO grade_band(composite) AS coalesce(
  (SELECT g.grade FROM cfg_grade g
    WHERE g.min_composite IS NOT NULL AND round(composite, 10) >= g.min_composite
    ORDER BY g.min_composite DESC LIMIT 1),
  (SELECT g.grade FROM cfg_grade g WHERE g.min_composite IS NULL ORDER BY g.grade_rank DESC LIMIT 1));
