// API latency and model refresh on a demo warehouse of about `rows` events: `npm run bench -- api --rows 1000000`.
// Also runs alone: `node dist/scripts/bench/api.js [--rows N] [--reps N] [--db FILE]` (--db keeps the warehouse for another run).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { resolveConfig } from '../../src/lib/config/load.js';
import { createApiApp } from '../../src/lib/server/api/app.js';
import { LOCAL_CALLER } from '../../src/lib/server/context.js';
import { buildModels, type BuildStep } from '../../src/lib/server/models/build.js';
import { packageRoot } from '../../src/lib/server/paths.js';
import { openWarehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { median, printTable, scratchDir, timeProcess, type BenchContext } from './frame.js';

/** Requests per endpoint; p95 of 20 is the second slowest, enough to see a tail without minutes of runtime. */
const REQUESTS = 20;

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/** What the dashboard's pages ask, in the shapes they ask it; {M} is the latest month, {Y} its year, {E}/{T} an employee/team. */
const DASHBOARD_QUERIES = [
  '/api/kpis?month={M}',
  '/api/trends?from={M24}&to={M}',
  '/api/grades/distribution?month={M}',
  '/api/scorecards?month={M}',
  '/api/scorecards?month={M}&team={T}',
  '/api/scorecards/{E}/history?months=24',
  '/api/explain?employee={E}&month={M}',
  '/api/annual?year={Y}',
  '/api/metrics?metric=sales_amount&grain=day&slice_type=team&from={M12}&to={M}',
  '/api/metrics?metric=first_response_p90_minutes&grain=week&slice_type=employee&team={T}&from={M12}&to={M}',
  '/api/metrics?metric=sla_breach_rate&grain=month&slice_type=channel',
  '/api/metrics?metric=csat_pct&grain=month&slice_type=company&channel=chat',
  '/api/process/response-times?by=channel&from={M}&to={M}',
  '/api/process/response-times?by=employee&from={M}&to={M}',
  '/api/process/heatmap?from={M3}&to={M}',
  '/api/process/resolution?from={M}&to={M}',
  '/api/process/order-stages?from={M}&to={M}',
  '/api/process/order-sla?from={M}&to={M}',
  '/api/process/slowest-agents?from={M}&to={M}',
  '/api/process/slowest-orders?from={M}&to={M}',
  '/api/employees',
  '/api/teams',
  '/api/metrics/catalog'
];

/** Paths of routes that landed after this list was written are probed from the OpenAPI document and timed too, when they need no parameter. */
async function extraPaths(app: ReturnType<typeof createApiApp>): Promise<string[]> {
  const document = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { parameters?: { required?: boolean }[] }>> };
  const known = new Set(DASHBOARD_QUERIES.map((q) => q.split('?')[0]));
  return Object.entries(document.paths)
    .filter(([path, methods]) => methods.get && !known.has(path) && !path.includes('{') && path !== '/api/health' && !(methods.get.parameters ?? []).some((p) => p.required))
    .map(([path]) => path);
}

const monthsBack = (month: string, n: number): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

export async function run(context: BenchContext): Promise<void> {
  const db = join(context.dir, 'bench.duckdb');
  await benchWarehouse(context, db, true);
}

async function benchWarehouse(context: BenchContext, db: string, generate: boolean): Promise<void> {
  if (generate) {
    const seconds = timeProcess(process.execPath, [join(context.root, 'bin', 'opscore.js'), 'demo', '--db', db, '--events', String(context.rows), '--out', join(context.dir, 'files')], context.root);
    console.log(`demo warehouse with about ${context.rows.toLocaleString('en')} events: generated, loaded and built in ${seconds.toFixed(1)} s`);
  }
  const warehouse = await openWarehouse(db, resolveConfig({}));
  const [counts] = await warehouse.query<Record<string, number>>(
    `SELECT (SELECT count(*) FROM sales) AS sales, (SELECT count(*) FROM order_events) AS order_events, (SELECT count(*) FROM tickets) AS tickets,
            (SELECT count(*) FROM csat) AS csat, (SELECT count(*) FROM ratings) AS ratings, (SELECT count(*) FROM employees) AS employees`
  );
  const events = Object.entries(counts!).filter(([k]) => k !== 'employees').reduce((sum, [, v]) => sum + v, 0);
  console.log(`rows: ${Object.entries(counts!).map(([k, v]) => `${k} ${v.toLocaleString('en')}`).join(', ')} (events ${events.toLocaleString('en')})`);

  // model refresh: the whole build, best of reps, and its slowest steps
  const builds: { ms: number; steps: BuildStep[] }[] = [];
  try {
    for (let i = 0; i < context.reps; i++) {
      const started = performance.now();
      const steps = await buildModels(warehouse);
      builds.push({ ms: performance.now() - started, steps });
    }
    const best = builds.reduce((a, b) => (a.ms <= b.ms ? a : b));
    console.log(`\nmodel refresh (opscore build): best ${(best.ms / 1000).toFixed(2)} s, median ${(median(builds.map((b) => b.ms)) / 1000).toFixed(2)} s of ${context.reps}; slowest steps:`);
    printTable([...best.steps].sort((a, b) => b.ms - a.ms).slice(0, 8).map((s) => ({ model: s.model, ms: Math.round(s.ms) })));
  } catch (error) {
    // the build runs in one transaction: the models stay as they were, so the API can still be measured on them
    console.log(`\nmodel refresh failed (models left as they were): ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  }

  // API latency: the cache is off (0 entries) so every request runs its queries; a cached hit is timed separately
  const app = createApiApp(async () => ({ warehouse, caller: LOCAL_CALLER }), { cacheEntries: 0 });
  const [latest] = await warehouse.query<{ month: string; employee: string; team: string }>(
    `SELECT strftime(max(month), '%Y-%m') AS month, arg_max(employee_id, month) AS employee, arg_max(team, month) AS team FROM appraisal_scorecards WHERE grade IS NOT NULL`
  );
  const month = latest!.month;
  const fill = (path: string) =>
    path
      .replaceAll('{M24}', monthsBack(month, 23))
      .replaceAll('{M12}', monthsBack(month, 11))
      .replaceAll('{M3}', monthsBack(month, 2))
      .replaceAll('{M}', month)
      .replaceAll('{Y}', month.slice(0, 4))
      .replaceAll('{E}', encodeURIComponent(latest!.employee))
      .replaceAll('{T}', encodeURIComponent(latest!.team));
  const paths = [...DASHBOARD_QUERIES.map(fill), ...(await extraPaths(app))];
  const rows: Record<string, string | number>[] = [];
  const allTimes: number[] = [];
  for (const path of paths) {
    const first = await app.request(path);
    const status = first.status;
    const size = (await first.arrayBuffer()).byteLength;
    const times: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const started = performance.now();
      const response = await app.request(path);
      await response.arrayBuffer();
      times.push(performance.now() - started);
    }
    allTimes.push(...times);
    rows.push({ endpoint: path.length > 70 ? `${path.slice(0, 67)}...` : path, status, kb: Math.round(size / 1024), p50_ms: median(times), p95_ms: percentile(times, 95) });
  }
  console.log(`\nAPI latency, uncached, ${REQUESTS} sequential requests each (latest month ${month}):`);
  printTable(rows);
  const slow = rows.filter((r) => Number(r.p95_ms) > (events >= 5_000_000 ? 150 : 50));
  console.log(`all requests: p50 ${median(allTimes).toFixed(1)} ms, p95 ${percentile(allTimes, 95).toFixed(1)} ms; over the bar (${events >= 5_000_000 ? 150 : 50} ms p95): ${slow.length ? slow.map((r) => r.endpoint).join(', ') : 'none'}`);

  const cached = createApiApp(async () => ({ warehouse, caller: LOCAL_CALLER }));
  const hitPath = fill('/api/scorecards?month={M}');
  await (await cached.request(hitPath)).arrayBuffer();
  const hits: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const started = performance.now();
    await (await cached.request(hitPath)).arrayBuffer();
    hits.push(performance.now() - started);
  }
  console.log(`cached answer (same data version): p50 ${median(hits).toFixed(2)} ms, p95 ${percentile(hits, 95).toFixed(2)} ms`);
  warehouse.close();
}

// Run alone: node dist/scripts/bench/api.js [--rows N] [--reps N] [--db FILE]
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, reps: { type: 'string', default: '3' }, db: { type: 'string' } } });
  const { dir, cleanup } = scratchDir();
  const context = { rows: Number(values.rows), reps: Number(values.reps), dir, root: packageRoot };
  try {
    // --db keeps the warehouse: an existing one is measured as it is, a missing one is generated there first
    if (values.db) await benchWarehouse(context, values.db, !existsSync(values.db));
    else await run(context);
  } finally {
    cleanup();
  }
}
