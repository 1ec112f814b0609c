import { resolve } from 'node:path';
import { formatMonth, lastFullMonth } from '../../demo/calendar.js';
import { DEMO_DATASETS, generateDemo, type DemoResult } from '../../demo/generate.js';
import { UserError } from '../../lib/server/warehouse/errors.js';
import { configFrom, warehouseFrom, type CommonOptions } from '../runtime.js';

interface DemoCommandOptions extends CommonOptions {
  seed: string;
  employees: string;
  months: string;
  end?: string;
  events?: string;
  out?: string;
  load: boolean;
  from?: string; // a shipped adapter: build the warehouse from a real export instead (demo-from.ts)
  data?: string;
}

/** A whole number from an option, or a one-line error naming the option. */
function integer(value: string, option: string): number {
  if (!/^\d+$/.test(value.trim())) throw new UserError(`${option} must be a whole number, got "${value}"`);
  return Number(value);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Generate the demo company's contract files, then (unless --no-load) load them and build the models. */
export async function run(options: DemoCommandOptions): Promise<void> {
  if (options.from !== undefined) {
    const { runFromAdapter } = await import('./demo-from.js');
    return runFromAdapter({ ...options, from: options.from });
  }
  const config = configFrom(options);
  const started = performance.now();
  const outDir = resolve(options.out ?? config.paths.demo_dir);
  const end = options.end ?? formatMonth(lastFullMonth(new Date()));
  let demo: DemoResult;
  try {
    demo = await generateDemo({
      seed: integer(options.seed, '--seed'),
      employees: integer(options.employees, '--employees'),
      months: integer(options.months, '--months'),
      end,
      events: options.events === undefined ? undefined : integer(options.events, '--events'),
      outDir,
      onProgress: (message) => console.log(`  ${message}`)
    });
  } catch (error) {
    if (error instanceof RangeError) throw new UserError(error.message);
    throw error;
  }
  console.log(`wrote the demo company (${options.months} months to ${end}, seed ${options.seed}) to ${outDir} in ${seconds(performance.now() - started)}`);
  if (!options.load) {
    for (const dataset of DEMO_DATASETS) console.log(`  ${`${dataset}.csv`.padEnd(17)} ${String(demo.rows[dataset]).padStart(10)} rows`);
    console.log(`  ${demo.events} events (sales, order events, tickets, CSAT responses)`);
    return;
  }

  const warehouse = await warehouseFrom(options, config);
  const { loadDemoFiles } = await import('../../demo/load.js');
  const [before] = await warehouse.query<{ employees: number }>('SELECT count(*) AS employees FROM employees');
  const load = await loadDemoFiles(warehouse, demo, (message) => console.log(`  ${message}`));
  if (before!.employees > 0 && load.files.some((file) => file.status === 'loaded')) {
    console.log(`  note: the warehouse already held data; the demo's rows were merged into it (use --db with a new file for a clean demo)`);
  }
  console.log(`loaded into ${options.db ?? config.paths.db} in ${seconds(load.loadMs)}:`);
  console.log(`  ${'dataset'.padEnd(13)} ${'in file'.padStart(10)} ${'loaded'.padStart(10)} ${'rejected'.padStart(9)} ${'in table'.padStart(10)}`);
  for (const dataset of DEMO_DATASETS) {
    const file = load.files.find((f) => f.dataset === dataset);
    const loaded = file?.status === 'duplicate' ? 'already' : String((file?.rowsLoaded ?? 0) + (file?.rowsReplaced ?? 0));
    console.log(
      `  ${dataset.padEnd(13)} ${String(demo.rows[dataset]).padStart(10)} ${loaded.padStart(10)} ${String(file?.rowsRejected ?? 0).padStart(9)} ${String(load.tableRows[dataset]).padStart(10)}`
    );
  }
  if (load.rowsRejected > 0) console.log(`  ${load.rowsRejected} rows rejected: see \`opscore rejects\``);
  const failed = load.files.filter((file) => file.status === 'failed');
  if (failed.length > 0) throw new UserError(failed.map((file) => file.error).join('; '));

  const { buildModels } = await import('../../lib/server/models/build.js');
  const buildStarted = performance.now();
  await buildModels(warehouse, (step) => {
    if (step.ms >= 1000) console.log(`  built ${step.model} (${seconds(step.ms)})`);
  });
  console.log(`models built in ${seconds(performance.now() - buildStarted)}; done in ${seconds(performance.now() - started)}`);
}
