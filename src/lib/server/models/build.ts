import { readdirSync } from 'node:fs';
import { readSql, sqlPath } from '../paths.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import { configHash, writeSettings } from './settings.js';

/** The model layers, built in this order; each reads only the layers before it. */
export const MODEL_LAYERS = ['staging', 'metrics', 'appraisal', 'anomalies'] as const;

export interface ModelFile {
  layer: (typeof MODEL_LAYERS)[number];
  file: string;
}

/** Every model file, layer by layer, in file-name order within a layer (prefix names with NN_ to order them). */
export function listModels(): ModelFile[] {
  return MODEL_LAYERS.flatMap((layer) =>
    readdirSync(sqlPath(layer))
      .filter((file) => file.endsWith('.sql'))
      .sort()
      .map((file) => ({ layer, file: `${layer}/${file}` }))
  );
}

export interface BuildStep {
  model: string;
  ms: number;
}

/**
 * (Re)materialise every model in one transaction: readers see the old models until the new ones are complete.
 * `onStep` reports each model as it finishes (the CLI prints it).
 */
export async function buildModels(warehouse: Warehouse, onStep: (step: BuildStep) => void = () => undefined): Promise<BuildStep[]> {
  const started = performance.now();
  const steps: BuildStep[] = [];
  await warehouse.transaction(async (connection) => {
    let t = performance.now();
    await writeSettings(connection, warehouse.config);
    steps.push({ model: 'settings (cfg_*)', ms: performance.now() - t });
    onStep(steps.at(-1)!);
    for (const model of listModels()) {
      t = performance.now();
      await connection.run(readSql(model.file));
      steps.push({ model: model.file, ms: performance.now() - t });
      onStep(steps.at(-1)!);
    }
    await connection.run(
      `INSERT INTO build_log (built_at, last_ingest_id, config_hash, duration_ms, steps)
       SELECT now(), (SELECT max(ingest_id) FROM ingest_log), $1, $2, $3::JSON`,
      [configHash(warehouse.config), performance.now() - started, JSON.stringify(steps)]
    );
  });
  return steps;
}

export interface ModelFreshness {
  built_at: string | null;
  stale: boolean;
  reason: string | null;
}

/** Whether the models reflect the loaded data and the current configuration. */
export async function modelFreshness(warehouse: Warehouse): Promise<ModelFreshness> {
  const [last] = await warehouse.query<{ built_at: string | null; last_ingest_id: number | null; config_hash: string | null; newest: number | null }>(
    `SELECT strftime(b.built_at, '%Y-%m-%d %H:%M:%S') AS built_at, b.last_ingest_id, b.config_hash,
            (SELECT max(ingest_id) FROM ingest_log) AS newest
       FROM (SELECT 1) LEFT JOIN (SELECT * FROM build_log ORDER BY built_at DESC LIMIT 1) b ON true`
  );
  if (!last?.built_at) return { built_at: null, stale: true, reason: 'models were never built: run `opscore build`' };
  if ((last.newest ?? 0) > (last.last_ingest_id ?? 0)) {
    return { built_at: last.built_at, stale: true, reason: 'data was loaded after the last build: run `opscore build`' };
  }
  if (last.config_hash !== configHash(warehouse.config)) {
    return { built_at: last.built_at, stale: true, reason: 'the configuration changed since the last build: run `opscore build`' };
  }
  return { built_at: last.built_at, stale: false, reason: null };
}
