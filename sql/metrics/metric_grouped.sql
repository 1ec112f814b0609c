-- Every catalog metric (src/lib/catalog/metrics.ts) by day, week and month × team, channel and company, and by week
-- and month × employee: one GROUPING SETS scan per fact table (sql/templates/metric_grouped_fact.sql, expanded per fact
-- by src/lib/server/models/compile-metrics.ts) into one wide table, a value and an n column per metric. Values come
-- from the metric_* macros, the same expressions the filtered path of src/lib/server/queries/metrics.ts groups the facts
-- with (test/metrics/metric-series.test.ts checks that both paths agree on every combination). Day × employee is left
-- out: at that grain nearly every group holds one or two records (it is the facts again, and with percentiles the
-- costliest set by far), so metricSeries answers it from the facts. Slices without a key (a sale without channel, an
-- order without seller) appear only in the company total.
CREATE OR REPLACE TABLE metric_grouped AS
{{metric_grouped_blocks}};
