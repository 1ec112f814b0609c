import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { LOCAL_CALLER, type Caller } from '../../src/lib/server/context.js';
import { employeeHistory, employeeList, teams } from '../../src/lib/server/queries/employees.js';
import { gradeDistribution } from '../../src/lib/server/queries/grades.js';
import { scorecards } from '../../src/lib/server/queries/scorecards.js';
import { run as runScorecards } from '../../src/cli/commands/scorecards.js';
import { run as runAnnual } from '../../src/cli/commands/annual.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import { addEmployees, addRatings, addSale, addTarget, build, supervisorScores } from './fixtures.js';

// Three sales employees over January-March 2025, scored on sales (target 1000, weight 20) and eight supervisor scores
// (weight 40): composite = (20·sales/10 + 40·rating) / 60.
//   A1 (team A): 1000 and 95 every month → 96.67 excellent; A2 (team A): 600 and 70 → 66.67 qualified;
//   B1 (team B): 900 and 80 in January only → 83.33 good; February and March without data.
describe('appraisal reads for the API and the CLI', () => {
  let env: Awaited<ReturnType<typeof tempWarehouse>>;
  const ctx = (caller: Caller = LOCAL_CALLER) => ({ warehouse: env.warehouse, caller });

  beforeAll(async () => {
    env = await tempWarehouse();
    const w = env.warehouse;
    await addEmployees(w, [{ id: 'A1', team: 'A' }, { id: 'A2', team: 'A', role: 'operations_specialist' }, { id: 'B1', team: 'B' }]);
    let n = 0;
    const month = async (id: string, m: string, sales: number, rating: number) => {
      await addTarget(w, id, m, 1000, null, null);
      await addSale(w, `o${++n}`, id, `c${n}`, `${m}-15 10:00`, sales, 0);
      await addRatings(w, supervisorScores(m, id, Array(8).fill(rating)));
    };
    for (const m of ['2025-01', '2025-02', '2025-03']) {
      await month('A1', m, 1000, 95);
      await month('A2', m, 600, 70);
    }
    await month('B1', '2025-01', 900, 80);
    await build(w);
  });
  afterAll(() => env.cleanup());

  it('lists employees and teams', async () => {
    expect((await employeeList(ctx(), { team: 'A' })).map((e) => e.employee_id)).toEqual(['A1', 'A2']);
    expect((await employeeList(ctx(), { role: 'operations_specialist' })).map((e) => e.employee_id)).toEqual(['A2']);
    expect(await teams(ctx())).toEqual([{ team: 'A', employees: 2 }, { team: 'B', employees: 1 }]);
  });

  it("gives an employee's monthly trend, oldest first, limited to the last months asked", async () => {
    const history = await employeeHistory(ctx(), { employee: 'A1', months: 2 });
    expect(history.map((h) => [h.month, h.grade, h.promotion_candidate])).toEqual([['2025-02', 'excellent', false], ['2025-03', 'excellent', true]]);
    expect(history[0]!.composite).toBeCloseTo(5800 / 60, 10);
    const b1 = await employeeHistory(ctx(), { employee: 'B1' });
    expect(b1.map((h) => [h.month, h.grade])).toEqual([['2025-01', 'good'], ['2025-02', null], ['2025-03', null]]);
    await expect(employeeHistory(ctx(), { employee: 'ZZ' })).rejects.toThrow('unknown employee "ZZ"');
  });

  it('counts a month’s grades, the ungraded last', async () => {
    const january = await gradeDistribution(ctx(), { month: '2025-01' });
    expect(january.map((g) => [g.grade, g.employees])).toEqual([['excellent', 1], ['good', 1], ['qualified', 1], ['unqualified', 0], [null, 0]]);
    const march = await gradeDistribution(ctx(), { month: '2025-03' });
    expect(march.map((g) => [g.grade, g.employees, g.share])).toEqual([
      ['excellent', 1, 1 / 3], ['good', 0, 0], ['qualified', 1, 1 / 3], ['unqualified', 0, 0], [null, 1, 1 / 3]
    ]);
    expect((await gradeDistribution(ctx(), { month: '2025-03', team: 'B' })).map((g) => g.employees)).toEqual([0, 0, 0, 0, 1]);
  });

  it("keeps a scoped caller to its teams or to itself", async () => {
    const teamA = ctx({ id: 'lead-a', scope: { kind: 'teams', teams: ['A'] } });
    expect((await scorecards(teamA, { month: '2025-01' })).map((c) => c.employee_id)).toEqual(['A1', 'A2']);
    await expect(scorecards(teamA, { month: '2025-01', employee: 'B1' })).rejects.toThrow('unknown employee "B1"');
    const self = ctx({ id: 'A2', scope: { kind: 'employee', employeeId: 'A2' } });
    expect((await scorecards(self, { month: '2025-01' })).map((c) => c.employee_id)).toEqual(['A2']);
    expect((await employeeList(self)).map((e) => e.employee_id)).toEqual(['A2']);
  });

  it('prints scorecards and annual results from the CLI as SPEC rows and as CSV', async () => {
    const db = join(env.dir, 'test.duckdb');
    const out: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
    try {
      await runScorecards({ db, month: '2025-01', format: 'json' });
      const rows = JSON.parse(out.join(''));
      expect(rows.map((r: { employee_id: string; rank_in_company: number }) => [r.employee_id, r.rank_in_company])).toEqual([['A1', 1], ['B1', 2], ['A2', 3]]);
      out.length = 0;
      await runScorecards({ db, month: '2025-01', employee: 'A2', format: 'csv' });
      const [header, line] = out.join('').trim().split('\n');
      expect(header).toContain('month,employee_id,name,team,role,composite');
      expect(header).toContain('sales_weight,sales_actual,sales_target,sales_score');
      expect(line).toContain('2025-01,A2,Name A2,A,operations_specialist,');
      out.length = 0;
      await runAnnual({ db, year: '2025', format: 'json' });
      const annual = JSON.parse(out.join(''));
      expect(annual.map((r: { employee_id: string; graded_months: number; grade: string | null; salary_adjustment_pct: number | null }) =>
        [r.employee_id, r.graded_months, r.grade, r.salary_adjustment_pct])).toEqual([['A1', 3, 'excellent', 10], ['A2', 3, 'qualified', 3], ['B1', 1, null, null]]);
    } finally {
      spy.mockRestore();
    }
    // issue 10: the CLI validates with GET /api/scorecards' schema, so it refuses in the API's words
    await expect(runScorecards({ db, month: '2025-13' })).rejects.toThrow('month: must be a month YYYY-MM (year between 1900 and 2199)');
    await expect(runAnnual({ db, year: '25' })).rejects.toThrow('year: must be a year YYYY (year between 1900 and 2199)');
  });
});
