import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/warehouse.js';

// The process-wide server context the dashboard's /api route and `opscore serve` share.
const { dir, cleanup } = tempDir();
afterAll(() => cleanup());

describe('server runtime', () => {
  it('opens the warehouse named by OPSCORE_DB once and hands every caller the same API app', async () => {
    process.env.OPSCORE_DB = join(dir, 'runtime.duckdb');
    const runtime = await import('../../src/lib/server/runtime.js');
    expect(runtime.serverDbPath()).toBe(resolve(dir, 'runtime.duckdb'));
    const [first, second] = await Promise.all([runtime.serverWarehouse(), runtime.serverWarehouse()]);
    expect(first).toBe(second);
    expect(runtime.serverApi()).toBe(runtime.serverApi());
    const context = await runtime.serverContext(new Request('http://localhost/api/health'));
    expect(context.warehouse).toBe(first);
    expect(context.caller.scope).toEqual({ kind: 'all' });
    const response = await runtime.serverApi().request('/api/status/datasets');
    expect(response.status).toBe(200);
    expect(((await response.json()) as { dataset: string; rows: number }[]).every((row) => row.rows === 0)).toBe(true);
    first.close();
  });
});
