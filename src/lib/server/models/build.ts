import type { DuckDBConnection } from '@duckdb/node-api';
import { checkCalendarCoverage } from '../calendar/coverage.js';
import { readSql } from '../paths.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import { runDataTests } from './data-tests.js';
import { listModels, macroFiles, type ModelFile } from './graph.js';
import { configHash, writeSettings } from './settings.js';

export { listModels, MODEL_LAYERS, type ModelFile } from './graph.js';

const CALENDAR_COVERAGE_MODEL = 'intermediate/cal_coverage.sql';

export interface BuildStep {
  model: string;
  ms: number;
}

/**
 * Create the macros, then run each model in order and its data tests (a failing test stops the build with a one-line
 * error naming the model and the test). The caller holds the transaction and has written the settings.
 */
export async function runModels(connection: DuckDBConnection, models: ModelFile[], onStep: (step: BuildStep) => void = () => undefined): Promise<void> {
  for (const file of macroFiles()) await connection.run(readSql(file));
  for (const model of models) {
    const t = performance.now();
    await connection.run(model.sql);
    // A day the calendar cannot answer for stops the build before anything reads the calendar (SPEC 8.1).
    if (model.file === CALENDAR_COVERAGE_MODEL) await checkCalendarCoverage(connection);
    await runDataTests(connection, model);
    onStep({ model: model.file, ms: performance.now() - t });
  }
}

/**
 * (Re)materialise every model in one transaction: readers see the old models until the new ones are complete.
 * `onStep` reports each model as it finishes (the CLI prints it).
 */
export function buildModels(warehouse: Warehouse, onStep: (step: BuildStep) => void = () => undefined): Promise<BuildStep[]> {
  // after any load or build of this process still running on the warehouse (Warehouse.exclusive)
  return warehouse.exclusive(() => buildNow(warehouse, onStep));
}

async function buildNow(warehouse: Warehouse, onStep: (step: BuildStep) => void): Promise<BuildStep[]> {
  const started = performance.now();
  const steps: BuildStep[] = [];
  await warehouse.transaction(async (connection) => {
    const t = performance.now();
    await writeSettings(connection, warehouse.config);
    steps.push({ model: 'settings (cfg_*)', ms: performance.now() - t });
    onStep(steps.at(-1)!);
    await runModels(connection, listModels(), (step) => {
      steps.push(step);
      onStep(step);
    });
    await connection.run(
      `INSERT INTO build_log (built_at, last_ingest_id, config_hash, duration_ms, steps, calendar_source)
       SELECT now(), (SELECT max(ingest_id) FROM ingest_log), $1, $2, $3::JSON, (SELECT source FROM cal_source)`,
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
