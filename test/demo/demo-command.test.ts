import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/commands/demo.js';
import { demoStories } from '../../src/demo/stories.js';
import { resolveConfig } from '../../src/lib/config/load.js';
import { openWarehouse, type Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { UserError } from '../../src/lib/server/warehouse/errors.js';
import { tempDir } from '../helpers/warehouse.js';

const SMALL = { seed: '7', employees: '20', months: '8', end: '2025-06' };

describe('opscore demo', () => {
  const dirs = tempDir('opscore-demo-cli-');
  const db = join(dirs.dir, 'demo.duckdb');
  const stories = demoStories({ employees: 20, months: 8, end: '2025-06' });
  let warehouse: Warehouse;
  let output = '';

  beforeAll(async () => {
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => {
      output += `${line}\n`;
    });
    try {
      await run({ ...SMALL, db, out: join(dirs.dir, 'files'), load: true });
    } finally {
      log.mockRestore();
    }
    warehouse = await openWarehouse(db, resolveConfig({}));
  });
  afterAll(() => {
    warehouse?.close();
    dirs.cleanup();
  });

  it('writes the files, loads them with zero rejects and says so', () => {
    expect(existsSync(join(dirs.dir, 'files', 'ratings.csv'))).toBe(true);
    expect(output).toMatch(/^ {2}sales +\d+ +\d+ +0 +\d+$/m);
    expect(output).not.toMatch(/rows rejected/);
    expect(output).toMatch(/models built in/);
  });

  it('gives the appraisal its stories: a promotion candidate and a reassignment review where they were planted', async () => {
    const flags = await warehouse.query<{ employee_id: string; promotion: number; reassignment: number }>(
      `SELECT employee_id, count(*) FILTER (WHERE promotion_candidate) AS promotion, count(*) FILTER (WHERE reassignment_review) AS reassignment
       FROM appraisal_scorecards WHERE employee_id IN ($star, $agent) GROUP BY employee_id ORDER BY employee_id`,
      { star: stories.starSeller.employeeId, agent: stories.degradingAgent.employeeId }
    );
    const star = flags.find((f) => f.employee_id === stories.starSeller.employeeId)!;
    const agent = flags.find((f) => f.employee_id === stories.degradingAgent.employeeId)!;
    expect(star.promotion).toBeGreaterThanOrEqual(3);
    expect(agent.reassignment).toBeGreaterThanOrEqual(1);
    const [last] = await warehouse.query<{ grade: string; training: number }>(
      `SELECT grade, len(training_areas) AS training FROM appraisal_scorecards WHERE employee_id = $agent AND month = DATE '2025-06-01'`,
      { agent: stories.degradingAgent.employeeId }
    );
    expect(last).toEqual({ grade: 'unqualified', training: 3 });
  });

  it('adds nothing when run again with the same seed and end (the files are recognised by their hash)', async () => {
    const count = async () => (await warehouse.query<{ n: number }>('SELECT (SELECT count(*) FROM sales) + (SELECT count(*) FROM ratings) AS n'))[0]!.n;
    const before = await count();
    let again = '';
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => {
      again += `${line}\n`;
    });
    try {
      await run({ ...SMALL, db, out: join(dirs.dir, 'files'), load: true });
    } finally {
      log.mockRestore();
    }
    expect(await count()).toBe(before);
    expect(again).toMatch(/^ {2}sales +\d+ +already +0 +\d+$/m);
    expect(again).not.toMatch(/merged into it/);
  });

  it('names a bad option in one line', async () => {
    await expect(run({ ...SMALL, seed: 'abc', db, load: false })).rejects.toThrow(new UserError('--seed must be a whole number, got "abc"'));
    await expect(run({ ...SMALL, months: '3', db, out: join(dirs.dir, 'x'), load: false })).rejects.toThrow(/--months must be an integer from 6 to 120, got 3/);
  });
});
