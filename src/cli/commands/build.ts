import { alertsAfterBuild } from '../../lib/server/alerts/after-build.js';
import { buildModels } from '../../lib/server/models/build.js';
import { warehouseFrom, type CommonOptions } from '../runtime.js';

/** Rebuild every model and say how long each step took. */
export async function run(options: CommonOptions): Promise<void> {
  const warehouse = await warehouseFrom(options);
  const started = performance.now();
  await buildModels(warehouse, (step) => console.log(`  built ${step.model.padEnd(44)} ${step.ms.toFixed(0).padStart(7)} ms`));
  console.log(`models built in ${((performance.now() - started) / 1000).toFixed(2)} s`);
  await alertsAfterBuild(warehouse, (line) => process.stderr.write(`${line}\n`)); // one line per event (announced, sent, an error)
}
