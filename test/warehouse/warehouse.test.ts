import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { listMigrations } from '../../src/lib/server/warehouse/migrate.js';
import { tempWarehouse } from '../helpers/warehouse.js';

describe('warehouse', () => {
  it('creates every table of the schema and records the migrations', async () => {
    const { warehouse, cleanup } = await tempWarehouse();
    try {
      const tables = (await warehouse.query<{ name: string }>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'main'")).map((r) => r.name);
      for (const table of ['employees', 'targets', 'sales', 'order_events', 'tickets', 'csat', 'ratings', 'ingest_log', 'rejects']) {
        expect(tables).toContain(table);
      }
      const versions = await warehouse.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(versions.map((v) => v.version)).toEqual(listMigrations().map((m) => m.version));
    } finally {
      cleanup();
    }
  });

  it('speaks the business time zone whatever the process TZ', async () => {
    const { warehouse, cleanup } = await tempWarehouse();
    try {
      // 2025-01-31T17:30Z is 2025-02-01 01:30 in Shanghai: February there.
      const [row] = await warehouse.query<{ month: string }>(
        "SELECT strftime(date_trunc('month', TIMESTAMPTZ '2025-01-31 17:30:00+00'), '%Y-%m') AS month"
      );
      expect(row!.month).toBe('2025-02');
    } finally {
      cleanup();
    }
  });

  it('returns counts as numbers, not bigint', async () => {
    const { warehouse, cleanup } = await tempWarehouse();
    try {
      const [row] = await warehouse.query<{ n: unknown }>('SELECT count(*) AS n FROM range(3)');
      expect(row!.n).toBe(3);
    } finally {
      cleanup();
    }
  });

  it('says in one line which process holds a warehouse', async () => {
    const { warehouse, dir, cleanup } = await tempWarehouse();
    try {
      const path = join(dir, 'test.duckdb');
      await warehouse.query('SELECT 1');
      // A second process (plain DuckDB, no opscore code) tries to open the file we hold.
      const probe = spawnSync(process.execPath, ['-e',
        `require('@duckdb/node-api').DuckDBInstance.create(${JSON.stringify(path)}).then(()=>console.log('opened')).catch(e=>{console.log(e.message);})`],
        { encoding: 'utf8', cwd: join(import.meta.dirname, '../..') });
      expect(probe.stdout).toMatch(/Could not set lock on file/);
      const { describeLockError } = await import('../../src/lib/server/warehouse/errors.js');
      const described = describeLockError(path, new Error(probe.stdout));
      expect(described?.message).toMatch(new RegExp(`in use by process ${process.pid}`));
      expect(described?.message).not.toContain('\n');
    } finally {
      cleanup();
    }
  });
});
