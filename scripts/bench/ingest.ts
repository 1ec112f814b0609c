// Ingest throughput against DuckDB's own bare read_csv of the same file (SPEC 7, issue 3): whole processes side by
// side, `node bin/opscore.js ingest --no-build` against `node bare-load.js`, on a generated sales CSV.
import { copyFileSync, createWriteStream, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { median, printTable, timeProcess, type BenchContext } from './frame.js';

const EMPLOYEES = 60;

/** A deterministic sales file of `rows` orders (about 66 bytes a row), and the employees they name. */
export async function writeFiles(dir: string, rows: number): Promise<{ sales: string; employees: string }> {
  const employees = join(dir, 'employees.csv');
  const people = ['employee_id,name,team,role,manager_id,customer_facing,hired_on,left_on'];
  for (let i = 0; i < EMPLOYEES; i++) people.push(`E${i},员工${i},团队${i % 6},sales,${i === 0 ? '' : 'E0'},true,2023-01-01,`);
  const peopleOut = createWriteStream(employees);
  peopleOut.end(`${people.join('\n')}\n`);
  await once(peopleOut, 'finish');

  const sales = join(dir, 'sales.csv');
  const out = createWriteStream(sales);
  out.write('order_id,sold_at,employee_id,customer_id,amount,profit,channel\n');
  const start = Date.UTC(2024, 0, 1);
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const at = new Date(start + ((i * 37_000) % (730 * 86_400_000))).toISOString().slice(0, 19);
    chunk += `O${i},${at}+08:00,E${(i * 7) % EMPLOYEES},C${(i * 13) % 50_000},${((i % 9973) * 1.37).toFixed(2)},${((i % 997) * 0.31).toFixed(2)},${i % 3 ? 'online' : 'store'}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return { sales, employees };
}

export async function run(context: BenchContext): Promise<void> {
  const { dir, root, rows, reps } = context;
  const { sales, employees } = await writeFiles(dir, rows);
  const megabytes = statSync(sales).size / 1e6;
  const cli = join(root, 'bin', 'opscore.js');
  const bare = join(root, 'dist', 'scripts', 'bench', 'bare-load.js');

  // The employees the sales name, loaded once; every timed run starts from a copy of that warehouse.
  const template = join(dir, 'template.duckdb');
  timeProcess(process.execPath, [cli, 'ingest', '--db', template, '--no-build', employees], root);

  const bareTimes: number[] = [];
  const ingestTimes: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    const bareDb = join(dir, `bare-${rep}.duckdb`);
    bareTimes.push(timeProcess(process.execPath, [bare, sales, bareDb], root));
    rmSync(bareDb, { force: true });

    const db = join(dir, `ingest-${rep}.duckdb`);
    copyFileSync(template, db);
    ingestTimes.push(timeProcess(process.execPath, [cli, 'ingest', '--db', db, '--no-build', sales], root));
    rmSync(db, { force: true });
  }
  const best = (times: number[]) => Math.min(...times);
  printTable([
    { run: 'bare read_csv (node process)', best_s: best(bareTimes), median_s: median(bareTimes), rows_per_s: Math.round(rows / best(bareTimes)) },
    { run: 'opscore ingest (node process)', best_s: best(ingestTimes), median_s: median(ingestTimes), rows_per_s: Math.round(rows / best(ingestTimes)) }
  ]);
  const ratio = best(ingestTimes) / best(bareTimes);
  const medianRatio = median(ingestTimes) / median(bareTimes);
  console.log(`file: ${rows.toLocaleString('en')} rows, ${megabytes.toFixed(1)} MB`);
  console.log(`ingest ratio: ${ratio.toFixed(2)}x bare read_csv (best of ${reps}; median ${medianRatio.toFixed(2)}x; goal <= 2x, aim 1.5x)`);
}
