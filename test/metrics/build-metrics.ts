import { listModels, runModels } from '../../src/lib/server/models/build.js';
import { writeSettings } from '../../src/lib/server/models/settings.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';

/**
 * What `buildModels` does for the staging and metrics layers (settings, then every model file in order, in one
 * transaction), stopping before the appraisal and anomaly layers so these suites test the metrics alone.
 */
export async function buildMetricModels(warehouse: Warehouse): Promise<void> {
  await warehouse.transaction(async (connection) => {
    await writeSettings(connection, warehouse.config);
    await runModels(connection, listModels().filter((m) => m.layer === 'staging' || m.layer === 'intermediate' || m.layer === 'metrics'));
  });
}
