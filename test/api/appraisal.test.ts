import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureApi, getJson } from './fixture.js';

// Appraisal endpoints on the hand-made company of fixture.ts; every expected number is worked out there.
let fixture: Awaited<ReturnType<typeof fixtureApi>>;
beforeAll(async () => {
  fixture = await fixtureApi();
});
afterAll(() => fixture.cleanup());

type Card = {
  employee_id: string;
  composite: number | null;
  coverage: number;
  grade: string | null;
  rank_in_company: number | null;
  indicators: { indicator: string; actual: number | null; target: number | null; score: number | null }[];
};

describe('GET /api/scorecards', () => {
  it("gives June's cards with the composites worked out by hand", async () => {
    const { status, body } = await getJson<Card[]>(fixture.app, '/api/scorecards?month=2025-06');
    expect(status).toBe(200);
    const byId = Object.fromEntries(body.map((card) => [card.employee_id, card]));
    expect(Object.keys(byId).sort()).toEqual(['E1', 'E2', 'E3']);
    // E1 (sales): sales 90×20 + profit 90×10 + new customers 100×10 + compliance 50×10 + 8 ratings 85×5 = 7600 over weight 90
    expect(byId.E1!.composite).toBeCloseTo(7600 / 90, 9);
    expect(byId.E1!.coverage).toBeCloseTo(0.9, 9);
    expect(byId.E1!.grade).toBe('good');
    const sales = byId.E1!.indicators.find((i) => i.indicator === 'sales')!;
    expect(sales).toMatchObject({ actual: 900, target: 1000, score: 90 });
    // E2 (customer service): csat 60/90 → 66.67 ×30, compliance 2 of 3 → 66.67 ×30; no ratings → coverage 0.6
    expect(byId.E2!.composite).toBeCloseTo(200 / 3, 9);
    expect(byId.E2!.coverage).toBeCloseTo(0.6, 9);
    expect(byId.E2!.grade).toBe('qualified');
    expect(byId.E1!.rank_in_company).toBe(1);
    expect(byId.E2!.rank_in_company).toBe(2);
  });

  it('filters by team and by employee', async () => {
    const team = await getJson<Card[]>(fixture.app, `/api/scorecards?month=2025-06&team=${encodeURIComponent('华东一组')}`);
    expect(team.body.map((c) => c.employee_id).sort()).toEqual(['E1', 'E2']);
    const one = await getJson<Card[]>(fixture.app, '/api/scorecards?month=2025-06&employee=E2');
    expect(one.body.map((c) => c.employee_id)).toEqual(['E2']);
  });

  it('answers an unknown employee with a 404 naming it', async () => {
    const { status, body } = await getJson<{ error: { code: string; message: string } }>(fixture.app, '/api/scorecards?month=2025-06&employee=E9');
    expect(status).toBe(404);
    expect(body.error.message).toMatch(/E9/);
  });
});

describe('the other appraisal reads', () => {
  it('GET /api/scorecards/{employee}/history lists the months oldest first', async () => {
    const { status, body } = await getJson<{ month: string; composite: number | null; grade: string | null }[]>(fixture.app, '/api/scorecards/E1/history');
    expect(status).toBe(200);
    expect(body.map((row) => row.month)).toEqual(['2025-05', '2025-06']);
    expect(body[1]!.composite).toBeCloseTo(7600 / 90, 9);
    expect((await fixture.app.request('/api/scorecards/E9/history')).status).toBe(404);
    expect((await fixture.app.request('/api/scorecards/E1/history?months=0')).status).toBe(400);
  });

  it('GET /api/explain shows the sales evidence: three orders, one cancelled, 900 counted', async () => {
    const { status, body } = await getJson<{ indicators: { indicator: string; score: number; evidence: { orders_counted: number; orders_excluded: number; amount_total: number } }[] }>(
      fixture.app,
      '/api/explain?employee=E1&month=2025-06&indicator=sales'
    );
    expect(status).toBe(200);
    expect(body.indicators).toHaveLength(1);
    expect(body.indicators[0]).toMatchObject({ indicator: 'sales', score: 90, evidence: { orders_counted: 2, orders_excluded: 1, amount_total: 900 } });
    const bad = await getJson<{ error: { param: string } }>(fixture.app, '/api/explain?employee=E1&month=2025-06&indicator=salary');
    expect(bad.status).toBe(400);
    expect(bad.body.error.param).toBe('indicator');
  });

  it('GET /api/annual has a row for each employee with a card in the year', async () => {
    const { body } = await getJson<{ employee_id: string; graded_months: number; grade: string | null }[]>(fixture.app, '/api/annual?year=2025');
    expect(body.map((row) => [row.employee_id, row.graded_months, row.grade])).toEqual([
      ['E1', 1, null],
      ['E2', 1, null],
      ['E3', 0, null]
    ]);
  });

  it('GET /api/grades/distribution counts one good, one qualified, one without grade', async () => {
    const { body } = await getJson<{ grade: string | null; employees: number }[]>(fixture.app, '/api/grades/distribution?month=2025-06');
    expect(body.map((row) => [row.grade, row.employees])).toEqual([
      ['excellent', 0],
      ['good', 1],
      ['qualified', 1],
      ['unqualified', 0],
      [null, 1]
    ]);
  });

  it('GET /api/employees and /api/teams list the roster', async () => {
    const employees = await getJson<{ employee_id: string }[]>(fixture.app, '/api/employees?role=sales');
    expect(employees.body.map((row) => row.employee_id).sort()).toEqual(['E1', 'E3']);
    const teams = await getJson<{ team: string; employees: number }[]>(fixture.app, '/api/teams');
    expect(teams.body).toEqual([
      { team: 'North', employees: 1 },
      { team: '华东一组', employees: 2 }
    ]);
    expect((await fixture.app.request('/api/employees?role=ceo')).status).toBe(400);
  });
});
