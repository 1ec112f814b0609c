import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bandsYaml, whatIf, type WhatIfCard } from '../../src/lib/client/what-if.js';
import type { Caller } from '../../src/lib/server/context.js';
import { ingestFiles } from '../../src/lib/server/ingest/index.js';
import { buildModels } from '../../src/lib/server/models/build.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import { publishMonth } from '../../src/lib/server/cycle/publish.js';
import { appFor, get, SUBJECTIVE } from './fixture.js';

/**
 * A hand-made month (2025-03) for calibration, min_coverage 0.3 so the eight subjective indicators (40 of 100 points
 * of the sales template) alone make a graded card whose composite is their mean:
 *   team Lead: S1, S2 (operations managers, no ratings → no grade)
 *   team A, manager S1: S1 rates all eight of A1 excellent (95), A2 excellent, A3 good (85), A4 good, A5 qualified (70)
 *   team B, manager S2: S2 rates B1 qualified (70) and B2 with the score 60 on all eight
 *   a peer rating A1 → A2 "unqualified" (40) on teamwork: A2's teamwork (50·95 + 20·40) / 70 = 5550 / 70,
 *   so A2's composite is (7·95 + 5550/70) / 8 = 93.0357…
 */
describe('calibration', () => {
  let warehouse: Warehouse;
  let cleanup: () => void;
  const hr: Caller = { id: 'u-hr', roles: ['hr'], employeeId: null, scope: { kind: 'all' } };

  beforeAll(async () => {
    const env = await tempWarehouse({ appraisal: { min_coverage: 0.3 } });
    ({ warehouse, cleanup } = env);
    await warehouse.run(`INSERT INTO employees (employee_id, name, team, role, manager_id, customer_facing, hired_on, left_on) VALUES
      ('S1', 'Sam', 'Lead', 'operations_manager', NULL, false, DATE '2024-01-01', NULL),
      ('S2', 'Sue', 'Lead', 'operations_manager', NULL, false, DATE '2024-01-01', NULL),
      ('A1', 'Ann', 'A', 'sales', 'S1', false, DATE '2024-01-01', NULL), ('A2', 'Abe', 'A', 'sales', 'S1', false, DATE '2024-01-01', NULL),
      ('A3', 'Ada', 'A', 'sales', 'S1', false, DATE '2024-01-01', NULL), ('A4', 'Al', 'A', 'sales', 'S1', false, DATE '2024-01-01', NULL),
      ('A5', 'Amy', 'A', 'sales', 'S1', false, DATE '2024-01-01', NULL),
      ('B1', 'Bo', 'B', 'sales', 'S2', false, DATE '2024-01-01', NULL), ('B2', 'Bea', 'B', 'sales', 'S2', false, DATE '2024-01-01', NULL)`);
    const lines = ['period,employee_id,rater_id,rater_type,indicator,grade,score'];
    const given: [string, string, string, string][] = [
      ['A1', 'S1', 'excellent', ''], ['A2', 'S1', 'excellent', ''], ['A3', 'S1', 'good', ''], ['A4', 'S1', 'good', ''], ['A5', 'S1', 'qualified', ''],
      ['B1', 'S2', 'qualified', ''], ['B2', 'S2', '', '60']
    ];
    for (const [ratee, rater, grade, score] of given) for (const indicator of SUBJECTIVE) lines.push(`2025-03,${ratee},${rater},supervisor,${indicator},${grade},${score}`);
    lines.push('2025-03,A2,A1,peer,teamwork,unqualified,');
    const file = join(env.dir, 'ratings.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const [loaded] = await ingestFiles(warehouse, [file]);
    expect(loaded).toMatchObject({ status: 'loaded', rowsLoaded: 57 });
    await buildModels(warehouse);
  });
  afterAll(() => cleanup());

  it('counts grades per team, per manager and for the company, flagging shares only in groups of at least 5', async () => {
    const { body } = await get(appFor(warehouse, hr), '/api/calibration?month=2025-03');
    const row = (type: string, id: string) => body.find((r: Record<string, unknown>) => r.group_type === type && r.group_id === id);
    // team A: 2 excellent of 5 graded = 40 % > 20 % → over; good 2/5 = 40 % ≤ 50 %
    expect(row('team', 'A')).toMatchObject({ graded: 5, ungraded: 0, excellent: 2, good: 2, qualified: 1, unqualified: 0,
      excellent_share: 0.4, excellent_flag: 'over', good_share: 0.4, good_flag: null, unqualified_flag: null });
    // team B: 2 graded (B1 70, B2 60: both qualified) — too small to flag
    expect(row('team', 'B')).toMatchObject({ graded: 2, qualified: 2, qualified_share: 1, excellent_flag: null });
    expect(row('team', 'Lead')).toMatchObject({ graded: 0, ungraded: 2, excellent_share: null });
    // S1's direct reports are team A; S2's team B
    expect(row('manager', 'S1')).toMatchObject({ group_name: 'Sam', graded: 5, excellent_flag: 'over' });
    expect(row('manager', 'S2')).toMatchObject({ group_name: 'Sue', graded: 2, excellent_flag: null });
    // company: 7 graded, 2 excellent = 28.6 % → over
    expect(row('company', 'company')).toMatchObject({ graded: 7, ungraded: 2, excellent: 2, good: 2, qualified: 3, excellent_flag: 'over' });
    expect(row('company', 'company').excellent_share).toBeCloseTo(2 / 7, 12);
  });

  it("gives each supervisor's leniency against the company mean of supervisor ratings, flagged at 5 points over 16 ratings", async () => {
    const { body } = await get(appFor(warehouse, hr), '/api/calibration/leniency?month=2025-03');
    // S1: 40 ratings, mean (2·95 + 2·85 + 70) / 5 = 86; S2: 16 ratings, mean (70 + 60) / 2 = 65;
    // company: (40·86 + 16·65) / 56 = 4480 / 56 = 80 (the peer rating does not count)
    expect(body).toHaveLength(2);
    expect(body[0]).toMatchObject({ rater_id: 'S1', rater_name: 'Sam', n: 40, ratees: 5, flagged: true });
    expect(body[0].mean_score).toBeCloseTo(86, 10);
    expect(body[0].company_mean).toBeCloseTo(80, 10);
    expect(body[0].leniency_index).toBeCloseTo(6, 10);
    expect(body[1]).toMatchObject({ rater_id: 'S2', n: 16, flagged: true });
    expect(body[1].leniency_index).toBeCloseTo(-15, 10);
    // a manager sees the raters of their subtree only, against the same company mean
    const s2: Caller = { id: 'u-S2', roles: ['manager'], employeeId: 'S2', scope: { kind: 'employees', employeeIds: ['S2', 'B1', 'B2'] } };
    const mine = (await get(appFor(warehouse, s2), '/api/calibration/leniency?month=2025-03')).body;
    expect(mine.map((r: { rater_id: string }) => r.rater_id)).toEqual(['S2']);
    expect(mine[0].company_mean).toBeCloseTo(80, 10);
    // the same over a range of months
    expect((await get(appFor(warehouse, hr), '/api/calibration/leniency?from=2025-01&to=2025-12')).body[0].leniency_index).toBeCloseTo(6, 10);
  });

  it("what-if: moving the bands changes the hand-counted grades and bonus totals per team, in the browser's module", async () => {
    const { body: cards } = await get(appFor(warehouse, hr), '/api/scorecards?month=2025-03');
    const input = (cards as WhatIfCard[]).map(({ employee_id, team, composite, grade }) => ({ employee_id, team, composite, grade }));
    const coefficients = { excellent: 1.5, good: 1.2, qualified: 1.0, unqualified: 0 };
    // unchanged bands: nobody moves
    const same = whatIf(input, { excellent: 90, good: 80, qualified: 60 }, coefficients);
    expect(same.map((t) => [t.team, t.changed])).toEqual([['A', 0], ['B', 0], ['', 0]]);
    // excellent from 94: A2 (93.04) falls to good; qualified from 65: B2 (60) falls to unqualified
    const moved = whatIf(input, { excellent: 94, good: 80, qualified: 65 }, coefficients);
    // A: before 1.5 + 1.5 + 1.2 + 1.2 + 1.0 = 6.4, after 1.5 + 1.2 + 1.2 + 1.2 + 1.0 = 6.1; B: 2.0 → 1.0
    expect(moved).toEqual([
      { team: 'A', graded: 5, changed: 1, up: 0, down: 1, bonus_before: 6.4, bonus_after: 6.1, excellent: 1, good: 3, qualified: 1, unqualified: 0 },
      { team: 'B', graded: 2, changed: 1, up: 0, down: 1, bonus_before: 2, bonus_after: 1, excellent: 0, good: 0, qualified: 1, unqualified: 1 },
      { team: '', graded: 7, changed: 2, up: 0, down: 2, bonus_before: 8.4, bonus_after: 7.1, excellent: 1, good: 3, qualified: 2, unqualified: 1 }
    ]);
    // lowering good to 70 lifts A5, B1 (70) to good
    const lower = whatIf(input, { excellent: 90, good: 70, qualified: 60 }, coefficients);
    expect(lower.at(-1)).toMatchObject({ changed: 2, up: 2, down: 0, good: 4 });
    expect(bandsYaml({ excellent: 94, good: 80, qualified: 65 })).toBe('appraisal:\n  grade_bands: { excellent: 94, good: 80, qualified: 65 }\n');
  });

  it('reads displayed grades: a published month keeps its snapshot when live cards change', async () => {
    await publishMonth({ warehouse, caller: hr }, { month: '2025-03', reason: 'March calibrated' });
    // later, A5's supervisor ratings become excellent: live A5 is excellent, the published A5 stays qualified
    const file = join(warehouse.path, '..', 'ratings_late.csv');
    writeFileSync(file, `period,employee_id,rater_id,rater_type,indicator,grade\n${SUBJECTIVE.map((i) => `2025-03,A5,S1,supervisor,${i},excellent`).join('\n')}\n`);
    expect((await ingestFiles(warehouse, [file]))[0]).toMatchObject({ status: 'loaded', rowsReplaced: 8 });
    await buildModels(warehouse);
    const [live] = await warehouse.query<{ grade: string }>("SELECT grade FROM appraisal_scorecards WHERE employee_id = 'A5' AND month = DATE '2025-03-01'");
    expect(live!.grade).toBe('excellent');
    const { body } = await get(appFor(warehouse, hr), '/api/calibration?month=2025-03&by=team');
    expect(body.find((r: { group_id: string }) => r.group_id === 'A')).toMatchObject({ excellent: 2, qualified: 1 });
  });
});
