import { resolve } from 'node:path';
import { ingestWithAdapter } from '../../lib/server/ingest/index.js';
import { buildModels } from '../../lib/server/models/build.js';
import { UserError } from '../../lib/server/warehouse/errors.js';
import { describeResult } from './ingest.js';
import { configFrom, warehouseFrom, type CommonOptions } from '../runtime.js';

export interface DemoFromOptions extends CommonOptions {
  from: string;
  data?: string;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** `opscore demo --from olist --data DIR`: a warehouse built from a real public export through its shipped adapter,
 * so the dashboard shows data nobody here wrote. The files are the user's: nothing is read from elsewhere. */
export async function runFromAdapter(options: DemoFromOptions): Promise<void> {
  if (!options.data) throw new UserError(`--from ${options.from} needs --data DIR: the folder of the export's files`, 'data');
  const config = configFrom(options);
  const started = performance.now();
  const warehouse = await warehouseFrom(options, config);
  const [before] = await warehouse.query<{ rows: number }>('SELECT (SELECT count(*) FROM employees) + (SELECT count(*) FROM sales) AS rows');
  const loaded = await ingestWithAdapter(warehouse, options.from, [resolve(options.data)], {
    onProgress: (message) => console.log(`  ${message}`)
  });
  for (const file of loaded.unmatched) console.log(`  ${file}: not read (matches no input of adapter ${loaded.adapter})`);
  for (const result of loaded.results) console.log(`  ${describeResult(result)}`);
  const failed = loaded.results.filter((r) => r.status === 'failed');
  if (failed.length > 0) throw new UserError(failed.map((r) => r.error).join('; '));
  if (before!.rows > 0) console.log('  note: the warehouse already held data; the export was merged into it (use --db with a new file for a clean showcase)');
  const rejected = loaded.results.reduce((sum, r) => sum + r.rowsRejected, 0);
  if (rejected > 0) console.log(`  ${rejected.toLocaleString('en')} rows rejected: see \`opscore rejects\``);
  const buildStarted = performance.now();
  await buildModels(warehouse);
  console.log(`models built in ${seconds(performance.now() - buildStarted)}; done in ${seconds(performance.now() - started)}`);
  console.log(`see it: opscore serve${options.db ? ` --db ${options.db}` : ''}`);
}
