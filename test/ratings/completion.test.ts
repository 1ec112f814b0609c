import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/lib/server/context.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { appFor, callers, eight, get, post, ratingsCompany } from './fixture.js';

// SPEC 10.6 completion on the hand-made company of fixture.ts, June 2025. Everyone is employed in June (E3 from the
// 20th). Expected raters per ratee (peers: teammates employed in June other than the ratee and their supervisor, at most 3):
//   M1: supervisor 0 (no manager), self 1, peers E1 E2 E3 = 3  → 4 raters × 8 = 32
//   E1: supervisor M1 1, self 1, peers E2 E3 = 2               → 32
//   E2: 1, 1, peers E1 E3 = 2 → 32;  E3: 1, 1, peers E1 E2 = 2 → 32
//   X1 (team B alone): self 1 → 8
// Given from the file: E1 peer 8 (E2), self 8.
describe('completion of the rating round', () => {
  let warehouse: Warehouse;
  let cleanup: () => void;
  beforeAll(async () => {
    ({ warehouse, cleanup } = await ratingsCompany());
    await post(appFor(warehouse, callers.hr), '/api/appraisal/months/2025-06/rating-window', { closes_on: '2099-12-31', reason: 'test round' });
  });
  afterAll(() => cleanup());

  const completion = async (by: string, caller: Caller = callers.hr) => (await get(appFor(warehouse, caller), `/api/ratings/completion?month=2025-06&by=${by}`)).body;

  it('counts expected and given per rater type by team and company', async () => {
    const teams = await completion('team');
    expect(teams).toEqual([
      {
        team: 'A', ratees: 4,
        supervisor_expected: 24, supervisor_given: 0, peer_expected: 72, peer_given: 8, self_expected: 32, self_given: 8, customer_given: 0,
        expected: 128, counted: 16, completion_pct: 12.5, employees_lacking: 3
      },
      {
        team: 'B', ratees: 1,
        supervisor_expected: 0, supervisor_given: 0, peer_expected: 0, peer_given: 0, self_expected: 8, self_given: 0, customer_given: 0,
        expected: 8, counted: 0, completion_pct: 0, employees_lacking: 1
      }
    ]);
    const [company] = await completion('company');
    expect(company.expected).toBe(136);
    expect(company.counted).toBe(16);
    expect(company.completion_pct).toBeCloseTo((100 * 16) / 136, 10);
  });

  it('rises when a supervisor rates in the app, per team and per supervisor', async () => {
    const given = await post(appFor(warehouse, callers.M1), '/api/ratings', { month: '2025-06', employee_id: 'E1', ratings: eight('good') });
    expect(given.status).toBe(200);
    const [teamA] = await completion('team');
    expect(teamA).toMatchObject({ team: 'A', supervisor_given: 8, counted: 24, completion_pct: 18.75 });
    const supervisors = await completion('supervisor');
    // M1's direct reports with a card: E1 E2 E3 → 24 expected, 8 given
    expect(supervisors).toEqual([
      { supervisor_id: 'M1', supervisor_name: 'Mia', supervisor_team: 'A', direct_reports: 3, expected: 24, given: 8, completion_pct: 100 / 3, reports_missing: ['E2', 'E3'] }
    ]);
  });

  it('lists the missing ratings by rater (peers as a count, unnamed) and the employees whose indicators lack a score', async () => {
    const missing = await completion('missing');
    expect(missing.map((m: Record<string, unknown>) => `${m.rater_type}:${m.rater_id ?? '-'}→${m.employee_id} ${m.missing}`)).toEqual([
      'peer:-→E1 8', 'peer:-→E2 16', 'peer:-→E3 16', 'peer:-→M1 24',
      'self:E2→E2 8', 'self:E3→E3 8', 'self:M1→M1 8', 'self:X1→X1 8',
      'supervisor:M1→E2 8', 'supervisor:M1→E3 8'
    ]);
    const ratees = await completion('ratee');
    const lacking = Object.fromEntries(ratees.map((r: { employee_id: string; lacking: string[] }) => [r.employee_id, r.lacking.length]));
    expect(lacking).toEqual({ E1: 0, E2: 8, E3: 8, M1: 8, X1: 8 });
  });

  it('is scoped: a manager sees their subtree, an employee themself; CSV exports the same rows', async () => {
    expect((await completion('ratee', callers.M1)).map((r: { employee_id: string }) => r.employee_id)).toEqual(['E1', 'E2', 'E3', 'M1']);
    expect((await completion('ratee', callers.X1)).map((r: { employee_id: string }) => r.employee_id)).toEqual(['X1']);
    const csv = await get(appFor(warehouse, callers.hr), '/api/ratings/completion?month=2025-06&by=team&format=csv');
    expect(csv.text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe('team,ratees,supervisor_expected,supervisor_given,peer_expected,peer_given,self_expected,self_given,customer_given,expected,counted,completion_pct,employees_lacking');
    expect(csv.text).toContain('A,4,24,8,72,8,32,8,0,128,24,18.75,3');
  });
});
