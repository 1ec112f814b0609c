// Adapter ingest against DuckDB's bare read_csv of the same file, and against the plain ingest of a contract file
// (issue 16): whole processes side by side, on the generated sales CSV of the ingest section mapped by a pass-through
// adapter. The adapter's extra cost is its staging of the raw file as text with physical lines, then its SELECT.
import { copyFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, printTable, timeProcess, type BenchContext } from './frame.js';
import { writeFiles } from './ingest.js';

const ADAPTER = `-- A pass-through adapter: the generated export already has the contract's column names.
-- dataset: sales
SELECT order_id, sold_at, employee_id, customer_id, amount, profit, channel, _line FROM raw
`;

export async function run(context: BenchContext): Promise<void> {
  const { dir, root, rows, reps } = context;
  const { sales, employees } = await writeFiles(dir, rows);
  const adapter = join(dir, 'passthrough.sql');
  writeFileSync(adapter, ADAPTER);
  const megabytes = statSync(sales).size / 1e6;
  const cli = join(root, 'bin', 'opscore.js');
  const bare = join(root, 'dist', 'scripts', 'bench', 'bare-load.js');
  const template = join(dir, 'template.duckdb');
  timeProcess(process.execPath, [cli, 'ingest', '--db', template, '--no-build', employees], root);

  const times: Record<'bare' | 'plain' | 'adapter', number[]> = { bare: [], plain: [], adapter: [] };
  for (let rep = 0; rep < reps; rep++) {
    const bareDb = join(dir, `bare-${rep}.duckdb`);
    times.bare.push(timeProcess(process.execPath, [bare, sales, bareDb], root));
    rmSync(bareDb, { force: true });
    for (const kind of ['plain', 'adapter'] as const) {
      const db = join(dir, `${kind}-${rep}.duckdb`);
      copyFileSync(template, db);
      const args = kind === 'plain' ? [sales] : ['--adapter', adapter, sales];
      times[kind].push(timeProcess(process.execPath, [cli, 'ingest', '--db', db, '--no-build', ...args], root));
      rmSync(db, { force: true });
    }
  }
  const best = (values: number[]) => Math.min(...values);
  printTable([
    { run: 'bare read_csv (node process)', best_s: best(times.bare), median_s: median(times.bare), rows_per_s: Math.round(rows / best(times.bare)) },
    { run: 'opscore ingest (contract file)', best_s: best(times.plain), median_s: median(times.plain), rows_per_s: Math.round(rows / best(times.plain)) },
    { run: 'opscore ingest --adapter', best_s: best(times.adapter), median_s: median(times.adapter), rows_per_s: Math.round(rows / best(times.adapter)) }
  ]);
  console.log(`file: ${rows.toLocaleString('en')} rows, ${megabytes.toFixed(1)} MB`);
  console.log(
    `adapter ratio: ${(best(times.adapter) / best(times.bare)).toFixed(2)}x bare read_csv, ${(best(times.adapter) / best(times.plain)).toFixed(2)}x the contract file's ingest (best of ${reps})`
  );
}
