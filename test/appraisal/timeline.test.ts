import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempWarehouse } from '../helpers/warehouse.js';
import { addEmployees, addRatings, addSale, addTarget, build, cardsOf, cardsOfEmployee, supervisorOnAll, supervisorScores } from './fixtures.js';

// January to April 2025 for a handful of sales employees. Each month a sales employee is scored on sales (target 1000,
// weight 20) and the eight ability/attitude indicators (weight 5 each, one supervisor rating each); profit,
// new_customers, csat and process_compliance have no target or no data, so coverage = 60 / 100 = 0.6 and
// composite = (20·sales_score + 5·Σ subjective) / 60.
const MONTHS = ['2025-01', '2025-02', '2025-03', '2025-04'];
const allGrades = (grade: string) => (month: string, employee: string) => supervisorOnAll(month, employee, { grade });

describe('monthly appraisal over a timeline', () => {
  let env: Awaited<ReturnType<typeof tempWarehouse>>;
  let order = 0;

  /** A month of one employee: sales amount against a 1000 target, and the supervisor's ratings. */
  async function month(employee: string, m: string, sales: number, ratings: (month: string, employee: string) => Parameters<typeof addRatings>[1]) {
    await addTarget(env.warehouse, employee, m, 1000, null, null);
    if (sales > 0) await addSale(env.warehouse, `o-${++order}`, employee, `cust-${order}`, `${m}-10 10:00`, sales, 0);
    await addRatings(env.warehouse, ratings(m, employee));
  }

  beforeAll(async () => {
    env = await tempWarehouse();
    const w = env.warehouse;
    await addEmployees(w, [
      { id: 'ANCHOR', role: 'operations_manager', team: 'Z' },
      { id: 'R1' }, { id: 'R2' }, { id: 'R3' }, { id: 'PR1' }, { id: 'PR2' },
      { id: 'E90' }, { id: 'E90F' }, { id: 'E89' }, { id: 'T1' },
      { id: 'H1', hired: '2025-02-15' }, { id: 'H2', hired: '2025-03-01' },
      { id: 'L1', left: '2025-03-10' }, { id: 'L2', hired: '2025-01-31', left: '2025-02-01' }, { id: 'L3', left: '2024-12-31' }
    ]);
    // The data runs from January (first sale) to April (the latest timestamp).
    await addSale(w, 'anchor-1', 'ANCHOR', 'anchor-c', '2025-01-02 09:00', 1, 0);
    await addSale(w, 'anchor-2', 'ANCHOR', 'anchor-c', '2025-04-28 09:00', 1, 0);

    // Reassignment: R1 unqualified Jan-Apr with training areas in January, improving by < 5 points by March.
    const unqualified = allGrades('unqualified');
    for (const [m, sales] of [['2025-01', 300], ['2025-02', 300], ['2025-03', 400], ['2025-04', 500]] as const) await month('R1', m, sales, unqualified);
    // R2 improves by 6.67 points in March; R3 has no training areas (all 75) in January.
    for (const [m, sales] of [['2025-01', 300], ['2025-02', 300], ['2025-03', 500]] as const) await month('R2', m, sales, unqualified);
    for (const m of ['2025-01', '2025-02', '2025-03']) await month('R3', m, 0, (mm, e) => supervisorScores(mm, e, Array(8).fill(75)));

    // Promotion: PR1 excellent every month; PR2 excellent except a good March.
    for (const m of MONTHS) await month('PR1', m, 1000, allGrades('excellent'));
    for (const m of MONTHS) await month('PR2', m, m === '2025-03' ? 500 : 1000, allGrades('excellent'));

    // Band edges in January: exactly 90, 90 through decimals whose float sum lands at 89.99999999999999, and 89.9.
    await month('E90', '2025-01', 900, (m, e) => supervisorScores(m, e, Array(8).fill(90)));
    await month('E90F', '2025-01', 900, (m, e) => supervisorScores(m, e, [90.07, 90.2, 89.99, 90.01, 90.07, 89.93, 89.93, 89.8]));
    await month('E89', '2025-01', 897, (m, e) => supervisorScores(m, e, Array(8).fill(90)));

    // Training areas: below 70, lowest first, ties in section 4.2's order, at most 3.
    await month('T1', '2025-01', 1000, (m, e) => supervisorScores(m, e, [65, 50, 69.99, 50, 70, 40, 80, 69]));

    // Hires and leavers, and annual coverage: H2 is graded in March and April only.
    for (const m of ['2025-03', '2025-04']) await month('H2', m, 1000, allGrades('good'));
    await build(w);
  });
  afterAll(() => env.cleanup());

  it('appraises a hire from the month of hiring and a leaver up to the month of leaving', async () => {
    const months = async (id: string) => [...(await cardsOfEmployee(env.warehouse, id)).keys()];
    expect(await months('H1')).toEqual(['2025-02', '2025-03', '2025-04']);
    expect(await months('L1')).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(await months('L2')).toEqual(['2025-01', '2025-02']);
    expect(await months('L3')).toEqual([]);
    // the months are those the data covers: January (first sale) to April (latest timestamp)
    expect(await months('ANCHOR')).toEqual(MONTHS);
  });

  it('grades a month without data as insufficient, composite null', async () => {
    const h1 = (await cardsOfEmployee(env.warehouse, 'H1')).get('2025-02')!;
    expect(h1.composite).toBeNull();
    expect(h1.coverage).toBe(0);
    expect(h1.grade).toBeNull();
    expect(h1.bonus_coefficient).toBeNull();
    expect(h1.rank_in_company).toBeNull();
    expect(h1.missing_indicators).toHaveLength(13);
  });

  it('bands a composite of exactly 90 (also when floating point lands a hair below) as excellent, 89.9 as good', async () => {
    const jan = await cardsOf(env.warehouse, '2025-01');
    expect(jan.get('E90')!.composite).toBe(90);
    expect(jan.get('E90')!.grade).toBe('excellent');
    expect(jan.get('E90')!.bonus_coefficient).toBe(1.5);
    expect(jan.get('E90F')!.composite).toBeCloseTo(90, 10);
    expect(jan.get('E90F')!.grade).toBe('excellent');
    // (20·89.7 + 40·90) / 60
    expect(jan.get('E89')!.composite).toBeCloseTo(89.9, 10);
    expect(jan.get('E89')!.grade).toBe('good');
    expect(jan.get('E89')!.bonus_coefficient).toBe(1.2);
    expect(jan.get('E89')!.coverage).toBe(0.6);
  });

  it('names training areas below 70, lowest first, ties in policy order, at most three', async () => {
    const t1 = (await cardsOf(env.warehouse, '2025-01')).get('T1')!;
    // initiative 40, problem_solving 50 and learning 50 (tie: policy order), then expertise 65 ... are cut
    expect(t1.training_areas).toEqual(['initiative', 'problem_solving', 'learning']);
    expect((await cardsOf(env.warehouse, '2025-01')).get('PR1')!.training_areas).toEqual([]);
  });

  it('flags reassignment when three unqualified months with training areas improve by less than 5 points', async () => {
    const r1 = await cardsOfEmployee(env.warehouse, 'R1');
    // composites: Jan (20·30 + 40·40)/60 = 36.67, Feb 36.67, Mar (20·40 + 1600)/60 = 40, Apr (20·50 + 1600)/60 = 43.33
    expect(r1.get('2025-01')!.composite).toBeCloseTo(2200 / 60, 10);
    expect(r1.get('2025-03')!.composite).toBeCloseTo(40, 10);
    expect([...r1.values()].map((c) => c.grade)).toEqual(['unqualified', 'unqualified', 'unqualified', 'unqualified']);
    expect(r1.get('2025-01')!.training_areas).toEqual(['expertise', 'problem_solving', 'communication']);
    expect([...r1.values()].map((c) => c.reassignment_review)).toEqual([false, false, true, false]);
    // R2: March is 6.67 points above January: no review
    expect([...(await cardsOfEmployee(env.warehouse, 'R2')).values()].map((c) => c.reassignment_review)).toEqual([false, false, false, false]);
    // R3: unqualified (composite 50) three months, but no training areas in the run's first month
    const r3 = await cardsOfEmployee(env.warehouse, 'R3');
    expect(r3.get('2025-03')!.composite).toBe(50);
    expect(r3.get('2025-03')!.grade).toBe('unqualified');
    expect(r3.get('2025-03')!.reassignment_review).toBe(false);
  });

  it('makes a promotion candidate of three excellent months in a row, not when one is missing', async () => {
    const pr1 = await cardsOfEmployee(env.warehouse, 'PR1');
    // (20·100 + 40·95) / 60 = 96.67
    expect(pr1.get('2025-01')!.composite).toBeCloseTo(5800 / 60, 10);
    expect([...pr1.values()].map((c) => c.promotion_candidate)).toEqual([false, false, true, true]);
    const pr2 = await cardsOfEmployee(env.warehouse, 'PR2');
    // March: (20·50 + 40·95) / 60 = 80 → good, which breaks the run
    expect(pr2.get('2025-03')!.grade).toBe('good');
    expect([...pr2.values()].map((c) => c.promotion_candidate)).toEqual([false, false, false, false]);
  });

  it('gives every employee with a card an annual row; fewer than 3 graded months is insufficient', async () => {
    const rows = await env.warehouse.query<{ employee_id: string; year: number; graded_months: number; composite: number | null; grade: string | null; salary_adjustment_pct: number | null }>(
      'SELECT employee_id, year, graded_months, composite, grade, salary_adjustment_pct FROM appraisal_annual ORDER BY employee_id'
    );
    const byId = new Map(rows.map((r) => [r.employee_id, r]));
    expect(byId.get('PR1')).toMatchObject({ year: 2025, graded_months: 4, grade: 'excellent', salary_adjustment_pct: 10 });
    expect(byId.get('PR1')!.composite).toBeCloseTo(5800 / 60, 10);
    // R1: mean of 36.67, 36.67, 40, 43.33 = 39.17
    expect(byId.get('R1')!.composite).toBeCloseTo((2200 / 60 + 2200 / 60 + 40 + 2600 / 60) / 4, 10);
    expect(byId.get('R1')).toMatchObject({ graded_months: 4, grade: 'unqualified', salary_adjustment_pct: 0 });
    // H2: two graded months ((20·100 + 40·85)/60 = 90 each): insufficient data
    expect(byId.get('H2')).toMatchObject({ graded_months: 2, grade: null, salary_adjustment_pct: null });
    // R3: three graded months of 50
    expect(byId.get('R3')).toMatchObject({ graded_months: 3, composite: 50, grade: 'unqualified', salary_adjustment_pct: 0 });
    // leavers and the never-graded have rows too
    expect(byId.get('L1')).toMatchObject({ graded_months: 0, composite: null, grade: null });
    expect(byId.has('L3')).toBe(false);
    expect(rows).toHaveLength(14);
  });
});
