import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { packageRoot } from '../../src/lib/server/paths.js';
import { moveRatingWindow } from '../../src/lib/server/ratings/window.js';
import { callers, ratingsCompany } from './fixture.js';

const cli = join(packageRoot, 'bin', 'opscore.js');

/** Read the file the CLI wrote with a fresh instance of our own (the fixture's cached one is closed), then let go. */
async function read(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
  try {
    const connection = await instance.connect();
    const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
    connection.closeSync();
    return rows;
  } finally {
    instance.closeSync();
  }
}

function opscore(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: packageRoot, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// SPEC 10.8: `opscore rate` is the CLI twin of POST /api/ratings, on the hand-made company of fixture.ts.
// Whole CLI processes: slow on a busy 2-core machine, hence the long timeout.
let db: string;

describe('opscore rate', { timeout: 240_000 }, () => {
  let dir: string;
  let config: string;
  beforeAll(async () => {
    // The CLI runs the compiled code, which test/global-setup.ts keeps up to date.
    if (!existsSync(join(packageRoot, 'dist', 'src', 'cli', 'commands', 'rate.js'))) throw new Error('tsc did not build the CLI');
    const env = await ratingsCompany();
    dir = env.dir;
    db = join(dir, 'test.duckdb');
    // June's window (2025-07-01..10) is long closed: hr moves its end, as in give.test.ts
    await moveRatingWindow({ warehouse: env.warehouse, caller: callers.hr }, '2025-06', { closes_on: '2099-12-31', reason: 'late round' });
    // the CLI process opens the file next: DuckDB allows one process per file
    env.warehouse.close();
    env.warehouse.instance.closeSync();
    config = join(dir, 'opscore.config.yaml');
    writeFileSync(config, '{}\n'); // the defaults, as the fixture's warehouse has
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const common = () => ['--db', db, '--config', config];

  it('stores a supervisor rating of a direct report with source app, audited as the CLI user acting as the rater', async () => {
    const run = opscore(['rate', ...common(), '--rater', 'M1', '--employee', 'E1', '--month', '2025-06', '--indicator', 'teamwork', '--grade', 'excellent', '--comment', 'steady', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ month: '2025-06', employee_id: 'E1', rater_type: 'supervisor', rows_loaded: 1, rows_replaced: 0 });

    // a second rating of the same key replaces the first, and the loader logs it
    const again = opscore(['rate', ...common(), '--rater', 'M1', '--employee', 'E1', '--month', '2025-06', '--indicator', 'teamwork', '--grade', 'good']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('rows_replaced: 1');

    const rows = await read("SELECT employee_id, rater_id, rater_type, indicator, grade, source, comment FROM ratings WHERE rater_id = 'M1'");
    expect(rows).toEqual([{ employee_id: 'E1', rater_id: 'M1', rater_type: 'supervisor', indicator: 'teamwork', grade: 'good', source: 'app', comment: null }]);
    const audit = await read("SELECT actor FROM audit_log WHERE action = 'rate'");
    expect(audit.map((a) => a.actor)).toEqual([expect.stringMatching(/^cli:.+:as:M1$/), expect.stringMatching(/^cli:.+:as:M1$/)]);
  });

  it('refuses a peer from another team in one line, exit code 1, and stores nothing', async () => {
    const run = opscore(['rate', ...common(), '--rater', 'X1', '--employee', 'E1', '--month', '2025-06', '--indicator', 'teamwork', '--grade', 'good']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('opscore: forbidden: you do not rate E1 in 2025-06 (self, their supervisor or a teammate with a card that month)\n');
    expect(await read("SELECT * FROM ratings WHERE rater_id = 'X1'")).toEqual([]);
  });

  it('takes exactly one of --grade and --score', () => {
    const run = opscore(['rate', ...common(), '--rater', 'M1', '--employee', 'E1', '--month', '2025-06', '--indicator', 'teamwork']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('opscore: give exactly one of --grade and --score\n');
  });
});
