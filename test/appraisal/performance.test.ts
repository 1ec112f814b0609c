import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CALLER } from '../../src/lib/server/context.js';
import { annualResults } from '../../src/lib/server/queries/annual.js';
import { explain } from '../../src/lib/server/queries/explain.js';
import { scorecards } from '../../src/lib/server/queries/scorecards.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import {
  addCsat, addEmployees, addOrderEvent, addRatings, addSale, addTarget, addTicket, build, cardsOf, scoreOf, supervisorOnAll, supervisorScores
} from './fixtures.js';

/**
 * April 2025 (latest timestamp 2025-04-30 00:00 Shanghai):
 * P1 (sales): orders 600 + 500 and a cancelled 1000 (profits 100, 50, 400); targets sales 1000, profit 100,
 *   new customers 0; CSAT 5,4,4,3,2; an email ticket answered in 10 min (within 240) and a phone one in 2 min (breach of
 *   1); the supervisor rates all eight indicators good (85).
 * P2 (customer service, customer-facing): 4 CSAT responses (no value); a chat ticket in 1 min (within 2), an email
 *   complaint in 61 min (breach of 60), an email inquiry unanswered for 60 min (pending under 240); the supervisor
 *   scores the four ability indicators 80.
 * March 2025, ranks: team R: RA 90, RB 90, RC 80; team S: SD 85 and SE without data.
 */
async function loadFixture(w: Warehouse): Promise<void> {
  await addEmployees(w, [
    { id: 'ANCHOR', role: 'operations_manager', team: 'Z' },
    { id: 'P1', role: 'sales' },
    { id: 'P2', role: 'customer_service', customerFacing: true },
    { id: 'RA', team: 'R' }, { id: 'RB', team: 'R' }, { id: 'RC', team: 'R' }, { id: 'SD', team: 'S' }, { id: 'SE', team: 'S' }
  ]);
  await addSale(w, 'anchor-1', 'ANCHOR', 'anchor-c', '2025-04-30 00:00', 1, 0);

  await addSale(w, 'o1', 'P1', 'c1', '2025-04-03 10:00', 600, 100);
  await addSale(w, 'o2', 'P1', 'c2', '2025-04-05 10:00', 500, 50);
  await addSale(w, 'o3', 'P1', 'c3', '2025-04-06 10:00', 1000, 400);
  await addOrderEvent(w, 'o3', 'received', '2025-04-06 10:00');
  await addOrderEvent(w, 'o3', 'cancelled', '2025-04-07 10:00');
  await addTarget(w, 'P1', '2025-04', 1000, 100, 0);
  await addCsat(w, 'P1', '2025-04-10', [5, 4, 4, 3, 2]);
  await addTicket(w, 't1', 'P1', '2025-04-11 10:00', 10, 'email');
  await addTicket(w, 't2', 'P1', '2025-04-11 11:00', 2, 'phone');
  await addRatings(w, supervisorOnAll('2025-04', 'P1', { grade: 'good' }));

  await addCsat(w, 'P2', '2025-04-12', [5, 5, 5, 5]);
  await addTicket(w, 't3', 'P2', '2025-04-12 10:00', 1, 'chat');
  await addTicket(w, 't4', 'P2', '2025-04-12 11:00', 61, 'email', 'complaint');
  await addTicket(w, 't5', 'P2', '2025-04-29 23:00', null, 'email');
  await addRatings(w, supervisorScores('2025-04', 'P2', [80, 80, 80, 80]).slice(0, 4));

  for (const [id, sales, rating] of [['RA', 900, 90], ['RB', 900, 90], ['RC', 800, 80], ['SD', 850, 85]] as const) {
    await addTarget(w, id, '2025-03', 1000, null, null);
    await addSale(w, `s-${id}`, id, `c-${id}`, '2025-03-10 10:00', sales, 0);
    await addRatings(w, supervisorScores('2025-03', id, Array(8).fill(rating)));
  }
}

describe('performance indicators and the composite (default configuration)', () => {
  let env: Awaited<ReturnType<typeof tempWarehouse>>;
  beforeAll(async () => {
    env = await tempWarehouse();
    await loadFixture(env.warehouse);
    await build(env.warehouse);
  });
  afterAll(() => env.cleanup());

  it('scores sales and profit against targets, cancelled orders out, capped at 120; a target of 0 gives no score', async () => {
    const p1 = (await cardsOf(env.warehouse, '2025-04')).get('P1')!;
    const byName = Object.fromEntries(p1.indicators.map((i) => [i.indicator, i]));
    expect(byName.sales).toEqual({ indicator: 'sales', weight: 20, actual: 1100, target: 1000, score: 110 });
    expect(byName.profit).toEqual({ indicator: 'profit', weight: 10, actual: 150, target: 100, score: 120 });
    expect(byName.new_customers).toEqual({ indicator: 'new_customers', weight: 10, actual: 2, target: 0, score: null });
  });

  it('scores CSAT against its target with 5 responses and not with 4', async () => {
    const cards = await cardsOf(env.warehouse, '2025-04');
    const csat = cards.get('P1')!.indicators.find((i) => i.indicator === 'csat')!;
    expect(csat.actual).toBe(60);
    expect(csat.target).toBe(90);
    expect(csat.score).toBeCloseTo(200 / 3, 10);
    expect(scoreOf(cards.get('P2'), 'csat')).toBeNull();
  });

  it('scores process compliance as within / (within + breach), pending items aside', async () => {
    const cards = await cardsOf(env.warehouse, '2025-04');
    expect(scoreOf(cards.get('P1'), 'process_compliance')).toBe(50);
    expect(scoreOf(cards.get('P2'), 'process_compliance')).toBe(50);
  });

  it('weighs the composite over the indicators with a score and reports coverage', async () => {
    const cards = await cardsOf(env.warehouse, '2025-04');
    const p1 = cards.get('P1')!;
    // (20·110 + 10·120 + 10·66.67 + 10·50 + 40·85) / 90
    expect(p1.composite).toBeCloseTo(23900 / 270, 10);
    expect(p1.coverage).toBeCloseTo(0.9, 12);
    expect(p1.grade).toBe('good');
    expect(p1.bonus_coefficient).toBe(1.2);
    expect(p1.missing_indicators).toEqual(['new_customers']);
    // P2: compliance 30 + four ability indicators 20 scored: coverage exactly 0.5 is enough; (30·50 + 20·80) / 50 = 62
    const p2 = cards.get('P2')!;
    expect(p2.coverage).toBe(0.5);
    expect(p2.composite).toBe(62);
    expect(p2.grade).toBe('qualified');
    expect(p2.bonus_coefficient).toBe(1);
    expect(p2.missing_indicators).toEqual(['csat', 'responsibility', 'initiative', 'teamwork', 'discipline']);
  });

  it('ranks graded cards by composite within team and company, ties sharing a rank', async () => {
    const march = await cardsOf(env.warehouse, '2025-03');
    const ranks = (id: string) => [march.get(id)!.composite, march.get(id)!.rank_in_team, march.get(id)!.rank_in_company];
    expect(ranks('RA')).toEqual([90, 1, 1]);
    expect(ranks('RB')).toEqual([90, 1, 1]);
    expect(ranks('SD')).toEqual([85, 1, 3]);
    expect(ranks('RC')).toEqual([80, 3, 4]);
    expect(ranks('SE')).toEqual([null, null, null]);
  });

  it('reads scorecards in the SPEC section 6 shape and refuses a bad month or an unknown employee', async () => {
    const ctx = { warehouse: env.warehouse, caller: LOCAL_CALLER };
    const [row] = await scorecards(ctx, { month: '2025-04', employee: 'P2' });
    expect(Object.keys(row!)).toEqual([
      'employee_id', 'name', 'team', 'role', 'month', 'composite', 'coverage', 'grade', 'bonus_coefficient', 'rank_in_team',
      'rank_in_company', 'promotion_candidate', 'reassignment_review', 'training_areas', 'missing_indicators', 'indicators',
      // SPEC 10.3 adds the cycle's fields to every row (never published: open, no version, no difference)
      'state', 'snapshot_version', 'view', 'differs_from_published', 'differing_fields', 'differences', 'adjustments', 'acknowledged_at',
      'dispute_status'
    ]);
    expect(row!.month).toBe('2025-04');
    expect(Object.keys(row!.indicators[0]!)).toEqual(['indicator', 'weight', 'actual', 'target', 'score']);
    expect((await scorecards(ctx, { month: '2025-03', team: 'R' })).map((r) => r.employee_id)).toEqual(['RA', 'RB', 'RC']);
    await expect(scorecards(ctx, { month: '2025-13' })).rejects.toThrow(/month: must be a month YYYY-MM \(got "2025-13"\)/);
    await expect(scorecards(ctx, { month: '2025-04', employee: 'NOBODY' })).rejects.toThrow(/unknown employee "NOBODY"/);
    const annual = await annualResults(ctx, { year: '2025', employee: 'P1' });
    expect(Object.keys(annual[0]!)).toEqual(['employee_id', 'name', 'team', 'role', 'year', 'graded_months', 'composite', 'grade', 'salary_adjustment_pct',
      'published_months' // SPEC 10.2: months of the year that contribute a snapshot
    ]);
    expect(annual[0]).toMatchObject({ year: 2025, graded_months: 1, grade: null, salary_adjustment_pct: null });
  });

  it('explains sales down to the orders (the cancelled one excluded) and compliance with breaches first', async () => {
    const ctx = { warehouse: env.warehouse, caller: LOCAL_CALLER };
    const sales = (await explain(ctx, { employee: 'P1', month: '2025-04', indicator: 'sales' })).indicators[0]!;
    const orders = sales.evidence.orders as { order_id: string; amount: number; counted: boolean }[];
    expect(orders.map((o) => [o.order_id, o.amount, o.counted])).toEqual([['o1', 600, true], ['o2', 500, true], ['o3', 1000, false]]);
    expect(sales.evidence.amount_total).toBe(1100);
    const compliance = (await explain(ctx, { employee: 'P2', month: '2025-04', indicator: 'process_compliance' })).indicators[0]!;
    const tickets = compliance.evidence.tickets as { ticket_id: string; sla_status: string; sla_limit_minutes: number }[];
    expect(tickets.map((t) => [t.ticket_id, t.sla_status, t.sla_limit_minutes])).toEqual([['t4', 'breach', 60], ['t5', 'pending', 240], ['t3', 'within', 2]]);
    expect([compliance.evidence.within, compliance.evidence.breach, compliance.evidence.pending]).toEqual([1, 1, 1]);
    const whole = await explain(ctx, { employee: 'P1', month: '2025-04' });
    expect(whole.composite.weight_scored).toBe(90);
    expect(whole.composite.weighted_sum).toBeCloseTo(23900 / 3, 9);
    expect(whole.indicators).toHaveLength(13);
    await expect(explain(ctx, { employee: 'P1', month: '2025-04', indicator: 'charm' })).rejects.toThrow(/unknown indicator "charm"/);
    await expect(explain(ctx, { employee: 'P1', month: '2024-01' })).rejects.toThrow(/no scorecard for 2024-01/);
  });
});

describe('a configuration change changes the results', () => {
  let env: Awaited<ReturnType<typeof tempWarehouse>>;
  beforeAll(async () => {
    env = await tempWarehouse({ appraisal: { csat_target: 80, min_coverage: 0.6 } });
    await loadFixture(env.warehouse);
    await build(env.warehouse);
  });
  afterAll(() => env.cleanup());

  it('scores CSAT against a target of 80 and needs coverage 0.6 for a grade', async () => {
    const cards = await cardsOf(env.warehouse, '2025-04');
    const p1 = cards.get('P1')!;
    expect(scoreOf(p1, 'csat')).toBe(75);
    // (20·110 + 10·120 + 10·75 + 10·50 + 40·85) / 90
    expect(p1.composite).toBeCloseTo(8050 / 90, 10);
    expect(p1.grade).toBe('good');
    expect(cards.get('P2')!.composite).toBe(62);
    expect(cards.get('P2')!.grade).toBeNull();
    expect(cards.get('P2')!.bonus_coefficient).toBeNull();
  });
});

describe('coverage 0.49 against 0.5', () => {
  let env: Awaited<ReturnType<typeof tempWarehouse>>;
  beforeAll(async () => {
    env = await tempWarehouse({
      appraisal: { templates: { operations_specialist: { process_compliance: 49, csat: 51 }, customer_service: { process_compliance: 50, csat: 50 } } }
    });
    const w = env.warehouse;
    await addEmployees(w, [{ id: 'X49', role: 'operations_specialist' }, { id: 'X50', role: 'customer_service' }]);
    await addTicket(w, 'k1', 'X49', '2025-04-01 10:00', 1, 'chat');
    await addTicket(w, 'k2', 'X50', '2025-04-01 10:00', 1, 'chat');
    await build(w);
  });
  afterAll(() => env.cleanup());

  it('gives no grade at coverage 0.49 (naming the missing indicator) and grades at 0.5', async () => {
    const cards = await cardsOf(env.warehouse, '2025-04');
    expect(cards.get('X49')).toMatchObject({ composite: 100, coverage: 0.49, grade: null, bonus_coefficient: null, rank_in_company: null, missing_indicators: ['csat'] });
    expect(cards.get('X49')!.indicators.map((i) => i.indicator)).toEqual(['csat', 'process_compliance']);
    expect(cards.get('X50')).toMatchObject({ composite: 100, coverage: 0.5, grade: 'excellent', bonus_coefficient: 1.5, rank_in_company: 1 });
  });
});
