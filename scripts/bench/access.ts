// What access control costs: the password hash (sign-in) and the added latency per API request, in one run.
// `node dist/scripts/bench/access.js [--db FILE] [--reps N]`: a demo warehouse (generated once into --db when missing).
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { resolveConfig } from '../../src/lib/config/load.js';
import { addUser, createToken, createSession, findUser } from '../../src/lib/server/access/accounts.js';
import { hashPassword, verifyPassword } from '../../src/lib/server/access/passwords.js';
import { authenticate } from '../../src/lib/server/access/authenticate.js';
import { createApiApp } from '../../src/lib/server/api/app.js';
import { LOCAL_CALLER } from '../../src/lib/server/context.js';
import { packageRoot } from '../../src/lib/server/paths.js';
import { openWarehouse } from '../../src/lib/server/warehouse/warehouse.js';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed(work: () => Promise<unknown>, reps: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return median(times);
}

const { values } = parseArgs({ options: { db: { type: 'string' }, reps: { type: 'string', default: '200' } } });
const reps = Number(values.reps);
const db = values.db ?? join(mkdtempSync(join(tmpdir(), 'opscore-bench-access-')), 'demo.duckdb');
if (!existsSync(db)) {
  const demo = spawnSync(process.execPath, [join(packageRoot, 'bin', 'opscore.js'), 'demo', '--db', db, '--out', join(db, '..', 'demo')], { stdio: 'inherit' });
  if (demo.status !== 0) throw new Error('demo failed');
}
const config = resolveConfig({});
const warehouse = await openWarehouse(db, config);

const hash = await hashPassword('a long password');
console.log(`scrypt (N=2^15, r=8, p=1) hash ${(await timed(() => hashPassword('a long password'), 5)).toFixed(1)} ms, verify ${(await timed(() => verifyPassword('a long password', hash), 5)).toFixed(1)} ms (median of 5)`);

const [{ month }] = (await warehouse.query<{ month: string }>(`SELECT strftime(max(month), '%Y-%m') AS month FROM appraisal_scorecards WHERE composite IS NOT NULL`)) as [{ month: string }];
const [{ manager }] = (await warehouse.query<{ manager: string }>(`SELECT manager_id AS manager FROM dim_employees WHERE manager_id IS NOT NULL GROUP BY manager_id ORDER BY count(*) DESC LIMIT 1`)) as [{ manager: string }];
const paths = ['/api/teams', `/api/kpis?month=${month}`, `/api/scorecards?month=${month}`, '/api/metrics?metric=sales_amount&slice_type=team'];

const bare = createApiApp(async () => ({ warehouse, caller: LOCAL_CALLER }));
const guarded = createApiApp(async () => ({ warehouse, caller: LOCAL_CALLER }), { access: config.access });
async function measure(app: typeof bare, headers: Record<string, string>): Promise<number> {
  for (const path of paths) await app.request(path, { headers }); // fill the cache: what remains is the per-request cost
  const perRound = await timed(async () => {
    for (const path of paths) {
      const response = await app.request(path, { headers });
      if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
    }
  }, Math.ceil(reps / paths.length));
  return perRound / paths.length;
}

const variants: [string, typeof bare, Record<string, string>][] = [['no access layer (tests\' direct caller)', bare, {}]];
const fresh = !(await findUser(warehouse, 'bench-admin'));
const openMode = fresh ? await measure(guarded, {}) : null; // before any account exists
if (fresh) await addUser(warehouse, { username: 'bench-admin', roles: ['admin'], password: 'a long password' });
if (!(await findUser(warehouse, 'bench-manager'))) await addUser(warehouse, { username: 'bench-manager', roles: ['manager'], employeeId: manager, password: 'a long password' });
const admin = (await createToken(warehouse, 'bench-admin', 3_600_000, 'bench')).token;
const managerToken = (await createToken(warehouse, 'bench-manager', 3_600_000, 'bench')).token;
const session = await createSession(warehouse, (await findUser(warehouse, 'bench-admin'))!.user_id, 1, null);
variants.push(['admin, bearer token', guarded, { authorization: `Bearer ${admin}` }]);
variants.push(['admin, session cookie', guarded, { cookie: `opscore_session=${session.id}` }]);
variants.push(['manager (subtree), bearer token', guarded, { authorization: `Bearer ${managerToken}` }]);
// three interleaved rounds, the median kept: the machine is shared, so one variant must not get a quiet minute alone
const rounds = new Map<string, number[]>();
for (let round = 0; round < 3; round++) {
  for (const [name, app, headers] of variants) rounds.set(name, [...(rounds.get(name) ?? []), await measure(app, headers)]);
}
const results: [string, number][] = variants.map(([name]) => [name, median(rounds.get(name)!)]);
if (openMode !== null) results.splice(1, 0, ['open mode (no accounts; one round, first)', openMode]);
// the authentication step alone (what every request adds before its answer), median of 300 calls each
const settings = config.access;
const request = (headers: Record<string, string>) => new Request('http://localhost/api/teams', { headers });
for (const [name, , headers] of variants.slice(1)) {
  const ms = await timed(() => authenticate(warehouse, request(headers), settings, '127.0.0.1'), 300);
  console.log(`authenticate() alone, ${name}: ${ms.toFixed(2)} ms`);
}
const base = results[0]![1];
console.log(`cached answers of ${paths.join(', ')}; median ms per request over ${reps} requests each:`);
for (const [name, ms] of results) console.log(`  ${name.padEnd(40)} ${ms.toFixed(2)} ms  (${(ms / base).toFixed(2)}× the bare app)`);
warehouse.close();
