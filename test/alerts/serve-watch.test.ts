import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { startServer, type RunningServer } from '../../src/cli/commands/serve.js';
import { tempDir } from '../helpers/warehouse.js';

// `opscore serve --watch DIR` in-process: the server holds the warehouse, and the watcher inside it loads what is dropped.
const { dir, cleanup } = tempDir();
let running: RunningServer | undefined;
afterAll(async () => {
  await running?.close();
  cleanup();
});

describe('opscore serve --watch', () => {
  it('refuses a folder that is not there before listening, then loads a file dropped into the watched folder', async () => {
    await expect(startServer({ db: join(dir, 'w.duckdb'), port: '0', apiOnly: true, watch: join(dir, 'nowhere') })).rejects.toThrow(/nowhere: not a folder/);
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    const out = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      running = await startServer({ db: join(dir, 'w.duckdb'), port: '0', apiOnly: true, watch: inbox, watchInterval: '0.1' });
      writeFileSync(join(inbox, 'employees.csv'), 'employee_id,name,team,role,manager_id,customer_facing,hired_on,left_on\nD1,Du,Management,operations_manager,,false,2020-01-01,\n');
      const end = Date.now() + 60_000;
      let lines: string[] = [];
      while (Date.now() < end) {
        lines = out.mock.calls.map((call) => String(call[0]));
        if (lines.some((line) => line.includes('employees.csv'))) break;
        await new Promise((done) => setTimeout(done, 50));
      }
      expect(lines.find((line) => line.includes('employees.csv'))).toMatch(/inbox\/employees\.csv: employees 1 row: 1 loaded, 0 replaced, 0 unchanged, 0 rejected/);
      // the loaded employee is what the server answers with
      const status = (await (await fetch(`${running.url}/api/status`)).json()) as { datasets: { dataset: string; rows: number }[] };
      expect(status.datasets.find((d) => d.dataset === 'employees')?.rows).toBe(1);
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  }, 90_000);
});
