-- The long form of metric_grouped, one row per metric × grain × period × slice: metric_values(metric, grain, period,
-- slice_type, slice, value, n). The UNPIVOT's column list is the catalog's metrics (compile-metrics.ts). A metric's
-- columns are empty on other facts' rows (n IS NULL there); a value may be NULL where n is not (CSAT below its minimum
-- responses), hence INCLUDE NULLS and the filter on n.
CREATE OR REPLACE VIEW metric_values AS
SELECT metric, grain, period, slice_type, slice, value, n
  FROM metric_grouped UNPIVOT INCLUDE NULLS ((value, n) FOR metric IN ({{metric_values_columns}}))
 WHERE n IS NOT NULL AND slice IS NOT NULL AND period IS NOT NULL;
