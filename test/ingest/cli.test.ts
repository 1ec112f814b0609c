import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/lib/server/paths.js';
import { tempDir } from '../helpers/warehouse.js';
import { EMPLOYEES_CSV, writeFile } from './helpers.js';

const cli = join(packageRoot, 'bin', 'opscore.js');

function opscore(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: packageRoot, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Whole CLI processes: slow on a busy 2-core machine, hence the long timeout.
describe('opscore ingest, status and rejects', { timeout: 240_000 }, () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => {
    // The CLI runs the compiled code, which test/global-setup.ts keeps up to date.
    if (!existsSync(join(packageRoot, 'dist', 'src', 'cli', 'commands', 'ingest.js'))) throw new Error('tsc did not build the CLI');
    ({ dir, cleanup } = tempDir());
  });
  afterAll(() => cleanup());

  it('exits 0 when every file loaded, even with rejected rows, and prints one line per file', () => {
    const db = join(dir, 'ok.duckdb');
    writeFile(dir, 'employees.csv', EMPLOYEES_CSV);
    writeFile(dir, 'sales.csv', 'order_id,sold_at,employee_id,customer_id,amount,profit\nO1,2025-03-01T10:00:00,S1,CU1,10,1\nO2,2025-03-01T10:00:00,NOBODY,CU1,10,1\n');
    const run = opscore(['ingest', '--db', db, '--no-build', join(dir, 'sales.csv'), join(dir, 'employees.csv')]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/employees\.csv: employees 3 rows: 3 loaded, 0 replaced, 0 unchanged, 0 rejected \(\d+\.\d\d s\)$/);
    expect(lines[1]).toMatch(/sales\.csv: sales 2 rows: 1 loaded, 0 replaced, 0 unchanged, 1 rejected/);
    expect(run.stderr).toBe('');

    const again = opscore(['ingest', '--db', db, '--no-build', join(dir, 'sales.csv')]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/already loaded \(same content as load #2\)/);

    const rejects = opscore(['rejects', '--db', db, '--format', 'json']);
    expect(rejects.code).toBe(0);
    expect(JSON.parse(rejects.stdout)).toEqual([
      {
        ingest_id: 2, file_name: join(dir, 'sales.csv'), dataset: 'sales', line: 3, field: 'employee_id',
        reason: 'employee_id: unknown employee "NOBODY" (not in employees; load the employees file first)',
        raw: 'O2,2025-03-01T10:00:00,NOBODY,CU1,10,1'
      }
    ]);
    const csv = opscore(['rejects', '--db', db, '--format', 'csv', '--file', 'sales.csv']);
    expect(csv.stdout.split('\n')[0]).toBe('ingest_id,file_name,dataset,line,field,reason,raw');

    const status = opscore(['status', '--db', db, '--format', 'json']);
    expect(status.code).toBe(0);
    const summary = JSON.parse(status.stdout);
    expect(summary.datasets.find((d: { dataset: string }) => d.dataset === 'sales')).toMatchObject({ rows: 1, loads: 1 });
    expect(summary.rejects_per_file).toEqual([{ ingest_id: 2, file_name: join(dir, 'sales.csv'), dataset: 'sales', rejects: 1, fields: 'employee_id' }]);
    expect(summary.ingest_log.map((l: { dataset: string }) => l.dataset)).toEqual(['sales', 'employees']);
    expect(summary.models.stale).toBe(true);
    const table = opscore(['status', '--db', db]);
    expect(table.stdout).toContain('rejects per file:');
  });

  it('exits 1 with one line per failed file and loads the others', () => {
    const db = join(dir, 'failing.duckdb');
    const dataDir = join(dir, 'mixed');
    spawnSync('mkdir', ['-p', dataDir]);
    writeFile(dataDir, 'employees.csv', EMPLOYEES_CSV);
    writeFile(dataDir, 'tickets.csv', 'nonsense\n\u0000\u0001\u0002');
    writeFile(dataDir, 'notes.txt', 'not a data file');
    const run = opscore(['ingest', '--db', db, '--no-build', dataDir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/employees\.csv: employees 3 rows: 3 loaded/);
    const errors = run.stderr.trim().split('\n');
    expect(errors).toEqual([`${join(dataDir, 'tickets.csv')}: binary data, not CSV text`, '1 of 2 files could not be loaded']);
  });

  it.each(['UTC', 'Asia/Tokyo'])('reads offset-less times in the business zone whatever the process TZ (%s)', (tz) => {
    const db = join(dir, `tz-${tz.replace('/', '-')}.duckdb`);
    const folder = join(dir, `tz-${tz.replace('/', '-')}`);
    spawnSync('mkdir', ['-p', folder]);
    writeFile(folder, 'employees.csv', EMPLOYEES_CSV);
    writeFile(folder, 'sales.csv', 'order_id,sold_at,employee_id,customer_id,amount,profit\nN1,2025-01-31T23:59:00,S1,CU1,1,0\nZ1,2025-01-31T16:00:00Z,S1,CU1,1,0\n');
    expect(opscore(['ingest', '--db', db, '--no-build', folder], { TZ: tz }).code).toBe(0);
    // Read back through DuckDB in this (test) process: N1 is 15:59Z (Shanghai 23:59), Z1 stays 16:00Z.
    const check = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `
        import { DuckDBInstance } from '@duckdb/node-api';
        const i = await DuckDBInstance.create(${JSON.stringify(db)});
        const c = await i.connect();
        const r = await c.runAndReadAll("SELECT order_id, strftime(sold_at AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M') AS utc FROM sales ORDER BY order_id");
        console.log(JSON.stringify(r.getRowObjectsJson()));`],
      { cwd: packageRoot, encoding: 'utf8', env: { ...process.env, TZ: tz } }
    );
    expect(JSON.parse(check.stdout)).toEqual([
      { order_id: 'N1', utc: '2025-01-31T15:59' },
      { order_id: 'Z1', utc: '2025-01-31T16:00' }
    ]);
  });
});
