import { ModelsNotBuiltError } from '../../errors.js';

/** Names `opscore build` creates (sql/<layer>/): staging, intermediate, facts, marts, metrics, appraisal, anomalies, settings. */
const BUILT = /^(stg_|int_|dim_|fct_|mart_|metric_|target_|wh_|appraisal_|anomaly_|cfg_)/i;

/**
 * DuckDB reports a missing table, view or macro only in its message ("Catalog Error: Table with name X does not
 * exist"): this is the one place that reads it. A missing built model becomes `ModelsNotBuiltError` (503, "run
 * `opscore build`"); anything else is returned unchanged.
 */
export function asModelsNotBuilt(error: unknown): unknown {
  const message = error instanceof Error ? error.message : String(error);
  const missing = /(?:Table|View|Scalar Function|Macro Function|Table Function) with name (\w+) does not exist/i.exec(message);
  return missing && BUILT.test(missing[1]!) ? new ModelsNotBuiltError() : error;
}
