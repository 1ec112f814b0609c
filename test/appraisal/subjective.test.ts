import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CALLER } from '../../src/lib/server/context.js';
import { explain } from '../../src/lib/server/queries/explain.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import { addEmployees, addRatings, addSale, build, cardsOf, scoreOf, type RatingRow } from './fixtures.js';

// Ability and attitude indicators from 360° ratings (SPEC 4.2): grade → score (excellent 95, good 85, qualified 70,
// unqualified 40), a 0-100 score as given, mean per rater type, Σ w_t·mean_t / Σ w_t over the types present
// (supervisor 50, peer 20, self 10, customer 20), customer ratings only for customer-facing employees.
describe('subjective indicator scores', () => {
  let env: Awaited<ReturnType<typeof tempWarehouse>>;
  const r = (employee: string, indicator: string, rater: string, raterType: string, rating: { grade?: string; score?: number }): RatingRow =>
    ({ period: '2025-03', employee, rater, raterType, indicator, ...rating });

  beforeAll(async () => {
    env = await tempWarehouse();
    const w = env.warehouse;
    // S1 sells (not customer-facing); C1 serves customers (customer-facing).
    await addEmployees(w, [{ id: 'S1', role: 'sales' }, { id: 'C1', role: 'customer_service', customerFacing: true }]);
    await addSale(w, 'o-1', 'S1', 'cust-1', '2025-03-05 10:00', 100, 10); // the month is in the data
    await addRatings(w, [
      // self missing: its weight is shared between supervisor and peer
      r('S1', 'expertise', 'boss', 'supervisor', { grade: 'good' }),
      r('S1', 'expertise', 'p1', 'peer', { grade: 'excellent' }),
      // a customer rating on a non-customer-facing employee is ignored ...
      r('S1', 'problem_solving', 'boss', 'supervisor', { grade: 'qualified' }),
      r('S1', 'problem_solving', 'cust-9', 'customer', { grade: 'unqualified' }),
      // ... and counted for a customer-facing one
      r('C1', 'problem_solving', 'boss', 'supervisor', { grade: 'qualified' }),
      r('C1', 'problem_solving', 'cust-9', 'customer', { grade: 'unqualified' }),
      // a score beside grades; a Chinese grade name
      r('S1', 'communication', 'boss', 'supervisor', { grade: '优秀' }),
      r('S1', 'communication', 'p1', 'peer', { grade: 'good' }),
      r('S1', 'communication', 'p2', 'peer', { score: 76 }),
      // one rater type alone
      r('S1', 'learning', 'S1', 'self', { score: 60 }),
      // all four types
      r('C1', 'responsibility', 'boss', 'supervisor', { grade: 'excellent' }),
      r('C1', 'responsibility', 'p1', 'peer', { grade: 'good' }),
      r('C1', 'responsibility', 'C1', 'self', { grade: 'qualified' }),
      r('C1', 'responsibility', 'cust-9', 'customer', { grade: 'unqualified' })
    ]);
    await build(w);
  });
  afterAll(() => env.cleanup());

  it("shares a missing rater type's weight among the types present", async () => {
    const cards = await cardsOf(env.warehouse, '2025-03');
    // (50·85 + 20·95) / (50 + 20)
    expect(scoreOf(cards.get('S1'), 'expertise')).toBeCloseTo(6150 / 70, 10);
  });

  it('ignores customer ratings of a non-customer-facing employee and counts them for a customer-facing one', async () => {
    const cards = await cardsOf(env.warehouse, '2025-03');
    expect(scoreOf(cards.get('S1'), 'problem_solving')).toBe(70);
    // (50·70 + 20·40) / (50 + 20)
    expect(scoreOf(cards.get('C1'), 'problem_solving')).toBeCloseTo(4300 / 70, 10);
  });

  it('uses a score rating as it is beside grade ratings, the mean taken within the rater type', async () => {
    const cards = await cardsOf(env.warehouse, '2025-03');
    // peers: (85 + 76) / 2 = 80.5; (50·95 + 20·80.5) / 70
    expect(scoreOf(cards.get('S1'), 'communication')).toBeCloseTo(6360 / 70, 10);
    expect(scoreOf(cards.get('S1'), 'learning')).toBe(60);
  });

  it('weighs all four rater types 50/20/10/20', async () => {
    const cards = await cardsOf(env.warehouse, '2025-03');
    // (50·95 + 20·85 + 10·70 + 20·40) / 100
    expect(scoreOf(cards.get('C1'), 'responsibility')).toBeCloseTo(79.5, 10);
  });

  it('leaves an unrated indicator without a score and lists it as missing', async () => {
    const cards = await cardsOf(env.warehouse, '2025-03');
    const s1 = cards.get('S1')!;
    expect(scoreOf(s1, 'teamwork')).toBeNull();
    expect(s1.missing_indicators).toEqual(expect.arrayContaining(['responsibility', 'initiative', 'teamwork', 'discipline']));
    expect(s1.missing_indicators).not.toContain('expertise');
  });

  it('explains the ratings: raters, type means, weights and the ignored customer', async () => {
    const ctx = { warehouse: env.warehouse, caller: LOCAL_CALLER };
    const result = await explain(ctx, { employee: 'S1', month: '2025-03', indicator: 'problem_solving' });
    const item = result.indicators[0]!;
    expect(item.score).toBe(70);
    expect(item.evidence.customer_ratings_ignored).toBe(true);
    const ratings = item.evidence.ratings as { rater_id: string; rater_type: string; grade: string; rating_score: number; counted: boolean }[];
    expect(ratings.map((x) => [x.rater_id, x.rater_type, x.grade, x.rating_score, x.counted])).toEqual([
      ['cust-9', 'customer', 'unqualified', 40, false],
      ['boss', 'supervisor', 'qualified', 70, true]
    ]);
    const types = item.evidence.rater_types as { rater_type: string; type_mean: number; rater_weight: number; share: number | null }[];
    expect(types.map((t) => [t.rater_type, t.type_mean, t.rater_weight, t.share])).toEqual([
      ['supervisor', 70, 50, 1],
      ['customer', 40, 20, null]
    ]);
  });
});
