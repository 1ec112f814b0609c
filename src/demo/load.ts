import { ingestFiles, type FileIngestResult } from '../lib/server/ingest/index.js';
import { buildModels, type BuildStep } from '../lib/server/models/build.js';
import type { Warehouse } from '../lib/server/warehouse/warehouse.js';
import { DEMO_DATASETS, generateDemo, type DemoDataset, type DemoOptions, type DemoResult } from './generate.js';

export interface DemoLoadResult {
  files: FileIngestResult[];
  /** Rows in each dataset's table after the load. */
  tableRows: Record<DemoDataset, number>;
  rowsRejected: number;
  loadMs: number;
}

/**
 * Load the demo's contract files through the ingest path every user's files take (employees first). Files already
 * loaded with the same bytes are recognised by their hash and add nothing.
 */
export async function loadDemoFiles(
  warehouse: Warehouse,
  demo: Pick<DemoResult, 'files'>,
  onProgress?: (message: string) => void
): Promise<DemoLoadResult> {
  const started = performance.now();
  const files = await ingestFiles(warehouse, DEMO_DATASETS.map((dataset) => demo.files[dataset]), { onProgress });
  const loadMs = performance.now() - started;
  const [counts] = await warehouse.query<Record<DemoDataset, number>>(
    `SELECT ${DEMO_DATASETS.map((dataset) => `(SELECT count(*) FROM ${dataset}) AS ${dataset}`).join(', ')}`
  );
  return { files, tableRows: counts!, rowsRejected: files.reduce((sum, file) => sum + file.rowsRejected, 0), loadMs };
}

/** Generate the demo company, load it and build the models: what `opscore start` does on a fresh machine. */
export async function createDemoWarehouse(
  warehouse: Warehouse,
  options: DemoOptions,
  hooks: { onProgress?: (message: string) => void; onStep?: (step: BuildStep) => void } = {}
): Promise<{ demo: DemoResult; load: DemoLoadResult; steps: BuildStep[] }> {
  const demo = await generateDemo({ ...options, onProgress: options.onProgress ?? hooks.onProgress });
  const load = await loadDemoFiles(warehouse, demo, hooks.onProgress);
  const failed = load.files.find((file) => file.status === 'failed');
  if (failed) throw new Error(`the demo's own file failed to load: ${failed.error}`);
  const steps = await buildModels(warehouse, hooks.onStep);
  return { demo, load, steps };
}
