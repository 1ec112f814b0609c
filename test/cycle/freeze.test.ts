import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishMonth, reopenMonth } from '../../src/lib/server/cycle/publish.js';
import { listMonths } from '../../src/lib/server/cycle/month-state.js';
import { annualResults } from '../../src/lib/server/queries/annual.js';
import { explain } from '../../src/lib/server/queries/explain.js';
import { gradeDistribution } from '../../src/lib/server/queries/grades.js';
import { scorecards } from '../../src/lib/server/queries/scorecards.js';
import { employeeHistory } from '../../src/lib/server/queries/employees.js';
import { cycleFixture, HR, loadLateFile } from './fixture.js';

// SPEC 10.1-10.3 on the hand-made company: publish June, load a late file, the published month does not move.
let fx: Awaited<ReturnType<typeof cycleFixture>>;
beforeAll(async () => {
  fx = await cycleFixture();
});
afterAll(() => fx.cleanup());

const card = async (view?: 'live') => (await scorecards(fx.as(HR), { month: '2025-06', employee: 'E1', ...(view ? { view } : {}) }))[0]!;
const grades = async (view?: 'live') =>
  (await gradeDistribution(fx.as(HR), { month: '2025-06', ...(view ? { view } : {}) })).map((g) => [g.grade, g.employees]);

describe('publish, late data, reopen, publish again', () => {
  it('an unpublished month is open, with no version and no difference', async () => {
    const e1 = await card();
    expect(e1).toMatchObject({ state: 'open', snapshot_version: null, view: 'live', differs_from_published: null, differing_fields: [], adjustments: [] });
    expect(e1.composite).toBeCloseTo(7600 / 90, 9);
  });

  it('publishing freezes the month: version 1 with the cards, indicators and explain records of the moment', async () => {
    const status = await publishMonth(fx.as(HR), { month: '2025-06', reason: 'June appraisal agreed in the HR meeting' });
    expect(status).toMatchObject({ state: 'published', version: 1, cards: 3 });
    const e1 = await card();
    expect(e1).toMatchObject({ state: 'published', snapshot_version: 1, view: 'published', differs_from_published: false, grade: 'good', bonus_coefficient: 1.2 });
    const [month] = (await listMonths(fx.as(HR), { year: 2025 })).filter((m) => m.month === '2025-06');
    expect(month).toMatchObject({ state: 'published', version: 1, cards: 3, open_disputes: 0, live_cards_not_in_snapshot: 0 });
  });

  it('a late file changes the live card but not the published card, its explain, the distribution or the annual result', async () => {
    const explainBefore = await explain(fx.as(HR), { employee: 'E1', month: '2025-06' });
    const annualBefore = (await annualResults(fx.as(HR), { year: 2025, employee: 'E1' }))[0]!;
    await loadLateFile(fx.warehouse, fx.dir);

    const e1 = await card();
    expect(e1.composite).toBeCloseTo(7600 / 90, 9);
    expect(e1).toMatchObject({ view: 'published', grade: 'good', bonus_coefficient: 1.2, differs_from_published: true });
    expect(e1.indicators.find((i) => i.indicator === 'sales')).toMatchObject({ actual: 900, score: 90 });
    // field by field, old → new (hand-computed in fixture.ts: 95, excellent, 1.5; sales 1300 → 120; profit 260 → 120; expertise 95)
    expect(e1.differing_fields).toEqual([
      'composite', 'grade', 'bonus_coefficient',
      'indicators.sales.actual', 'indicators.sales.score', 'indicators.profit.actual', 'indicators.profit.score',
      'indicators.expertise.actual', 'indicators.expertise.score' // a subjective indicator's actual is its rating mean
    ]);
    const composite = e1.differences.find((d) => d.field === 'composite')!;
    expect(composite.published).toBeCloseTo(7600 / 90, 9);
    expect(composite.live).toBeCloseTo(95, 9);
    expect(e1.differences.find((d) => d.field === 'grade')).toEqual({ field: 'grade', published: 'good', live: 'excellent' });

    const live = await card('live');
    expect(live).toMatchObject({ view: 'live', grade: 'excellent', bonus_coefficient: 1.5, differs_from_published: true });
    expect(live.composite).toBeCloseTo(95, 9);

    const explainAfter = await explain(fx.as(HR), { employee: 'E1', month: '2025-06' });
    expect(explainAfter.composite).toEqual(explainBefore.composite);
    expect(explainAfter.indicators.map((i) => [i.indicator, i.actual, i.score])).toEqual(explainBefore.indicators.map((i) => [i.indicator, i.actual, i.score]));
    const orders = (e: typeof explainAfter) => (e.indicators.find((i) => i.indicator === 'sales')!.evidence.orders as { order_id: string; amount: number }[]);
    expect(orders(explainAfter)).toEqual(orders(explainBefore));
    expect(orders(explainAfter).map((o) => [o.order_id, o.amount])).toEqual([['S1', 600], ['S2', 300], ['S4', 100]]);
    expect(explainAfter.snapshot).toMatchObject({ version: 1 });
    const liveExplain = await explain(fx.as(HR), { employee: 'E1', month: '2025-06', view: 'live' });
    expect(orders(liveExplain).find((o) => o.order_id === 'S1')!.amount).toBe(1000);

    expect(await grades()).toEqual([['excellent', 0], ['good', 1], ['qualified', 1], ['unqualified', 0], [null, 1]]);
    expect(await grades('live')).toEqual([['excellent', 1], ['good', 0], ['qualified', 1], ['unqualified', 0], [null, 1]]);

    const annualAfter = (await annualResults(fx.as(HR), { year: 2025, employee: 'E1' }))[0]!;
    expect(annualAfter.composite).toBeCloseTo(annualBefore.composite!, 9);
    expect(annualAfter.composite).toBeCloseTo(7600 / 90, 9);
    expect(annualAfter.published_months).toBe(1);
    const history = await employeeHistory(fx.as(HR), { employee: 'E1' });
    expect(history.find((h) => h.month === '2025-06')!.grade).toBe('good');
  });

  it('reopening shows the live values against the kept snapshot; publishing again makes them hold', async () => {
    await expect(publishMonth(fx.as(HR), { month: '2025-06', reason: 'again' })).rejects.toMatchObject({ status: 409 });
    const reopened = await reopenMonth(fx.as(HR), { month: '2025-06', reason: 'late sales file of S1 and a corrected rating' });
    expect(reopened).toMatchObject({ state: 'reopened', version: 1 });
    const during = await card();
    expect(during).toMatchObject({ state: 'reopened', view: 'live', grade: 'excellent', snapshot_version: 1, differs_from_published: true });
    await expect(reopenMonth(fx.as(HR), { month: '2025-06', reason: 'twice' })).rejects.toMatchObject({ status: 409, message: expect.stringContaining('reopened') });

    await publishMonth(fx.as(HR), { month: '2025-06', reason: 'June republished with the late file' });
    const e1 = await card();
    expect(e1).toMatchObject({ state: 'published', snapshot_version: 2, grade: 'excellent', bonus_coefficient: 1.5, differs_from_published: false });
    expect(e1.composite).toBeCloseTo(95, 9);
    expect(await grades()).toEqual([['excellent', 1], ['good', 0], ['qualified', 1], ['unqualified', 0], [null, 1]]);

    const audit = await fx.warehouse.query<{ action: string; actor: string; reason: string }>(
      `SELECT action, actor, detail->>'reason' AS reason FROM audit_log WHERE action IN ('publish', 'reopen') ORDER BY audit_id`
    );
    expect(audit).toEqual([
      { action: 'publish', actor: 'u-hr', reason: 'June appraisal agreed in the HR meeting' },
      { action: 'reopen', actor: 'u-hr', reason: 'late sales file of S1 and a corrected rating' },
      { action: 'publish', actor: 'u-hr', reason: 'June republished with the late file' }
    ]);
  });

  it('refuses a month that has not ended, a month without cards and a missing reason', async () => {
    await expect(publishMonth(fx.as(HR), { month: '2024-01', reason: 'x' })).rejects.toMatchObject({ status: 409, param: 'month' });
    await expect(publishMonth(fx.as(HR), { month: '2999-01', reason: 'x' })).rejects.toMatchObject({ status: 409, message: expect.stringContaining('not ended') });
    await expect(publishMonth(fx.as(HR), { month: '2025-05', reason: '  ' })).rejects.toMatchObject({ status: 400, param: 'reason' });
  });
});
