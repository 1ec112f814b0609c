import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CALLER, type QueryContext } from '../../src/lib/server/context.js';
import { buildModels } from '../../src/lib/server/models/build.js';
import { annualResults } from '../../src/lib/server/queries/annual.js';
import { scorecards } from '../../src/lib/server/queries/scorecards.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import { referenceAppraisal, type RawCompany } from './reference-appraisal.js';

/** A small seeded PRNG (mulberry32), so the random company is the same on every run. */
function prng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p
  };
}

const INDICATORS = ['expertise', 'problem_solving', 'communication', 'learning', 'responsibility', 'initiative', 'teamwork', 'discipline'];
const GRADES = ['excellent', 'good', 'qualified', 'unqualified'];
const GRADES_ZH: Record<string, string> = { excellent: '优秀', good: '良好', qualified: '合格', unqualified: '不合格' };

/**
 * Six months of a 16-person company with every edge the policy names somewhere in it: stars and strugglers (for
 * promotion and reassignment), mid-month hires and leavers, targets of 0 and missing, cancelled and undelivered
 * orders, unanswered and complaint tickets on every channel (one without its own limit), thin CSAT months, missing
 * rater types, score ratings beside grades (some in Chinese), and customer ratings of staff who do not face customers.
 */
function randomCompany(seed: number): RawCompany {
  const r = prng(seed);
  const roles = ['sales', 'customer_service', 'operations_specialist', 'operations_manager'];
  const teams = ['North', '华东一组', 'Service'];
  const start = Date.UTC(2024, 11, 31, 16, 0, 0); // 2025-01-01 00:00 in Shanghai
  const end = Date.UTC(2025, 5, 30, 15, 0, 0);
  const monthStart = (m: number) => Date.UTC(2025, m, 1) - 8 * 3_600_000; // Shanghai month starts, in UTC
  const company: RawCompany = { employees: [], targets: [], sales: [], order_events: [], tickets: [], csat: [], ratings: [] };
  const quality = new Map<string, number>();

  for (let i = 1; i <= 16; i++) {
    const id = `E${String(i).padStart(2, '0')}`;
    const role = roles[(i - 1) % 4]!;
    const hired = i === 5 ? '2025-03-15' : i === 12 ? '2025-02-01' : '2023-06-01';
    const left = i === 9 ? '2025-04-10' : i === 12 ? '2025-05-31' : null;
    company.employees.push({
      employee_id: id, name: `员工${i}`, team: teams[i % 3]!, role,
      customer_facing: role === 'sales' || role === 'customer_service' || (role === 'operations_specialist' && i % 2 === 0),
      hired_on: hired, left_on: left
    });
    quality.set(id, i === 1 || i === 2 ? 1 : i === 6 || i === 7 ? -1 : 0); // stars, strugglers, the rest
  }

  let order = 0;
  let ticket = 0;
  let response = 0;
  for (let m = 0; m < 6; m++) {
    const month = `2025-${String(m + 1).padStart(2, '0')}`;
    const from = Math.max(start, monthStart(m));
    const to = Math.min(end, monthStart(m + 1) - 1000);
    const instant = () => Math.floor((from + r.next() * (to - from)) / 1000) * 1000;
    for (const e of company.employees) {
      const q = quality.get(e.employee_id)!;
      if (e.role !== 'customer_service' && r.chance(0.9)) {
        company.targets.push({
          employee_id: e.employee_id, month,
          sales_target: r.chance(0.1) ? 0 : r.int(20, 60) * 100,
          profit_target: r.chance(0.15) ? null : r.int(5, 15) * 100,
          new_customers_target: r.int(0, 3)
        });
      }
      if (e.role !== 'customer_service') {
        const orders = q > 0 ? r.int(10, 16) : q < 0 ? r.int(0, 2) : r.int(2, 10);
        for (let k = 0; k < orders; k++) {
          const orderId = `O${String(++order).padStart(5, '0')}`;
          const sold = instant();
          const amount = r.int(10000, 90000) / 100;
          company.sales.push({ order_id: orderId, sold_ms: sold, employee_id: e.employee_id, customer_id: `C${r.int(1, 70)}`, amount, profit: r.chance(0.05) ? null : Math.round(amount * (r.next() * 0.5 - 0.05) * 100) / 100 });
          company.order_events.push({ order_id: orderId, status: 'received', at_ms: sold });
          if (r.chance(0.06)) {
            company.order_events.push({ order_id: orderId, status: 'cancelled', at_ms: sold + 3_600_000 });
            continue;
          }
          company.order_events.push({ order_id: orderId, status: 'reviewed', at_ms: sold + r.int(1, 20) * 3_600_000 });
          if (r.chance(q > 0 ? 0.97 : 0.85)) company.order_events.push({ order_id: orderId, status: 'delivered', at_ms: sold + r.int(20, q > 0 ? 60 : 100) * 3_600_000 });
        }
      }
      if (e.role === 'customer_service' || e.role === 'sales') {
        const tickets = r.int(0, 12);
        for (let k = 0; k < tickets; k++) {
          const created = instant();
          const minutes = q < 0 ? r.int(30, 600) : q > 0 ? r.next() * 0.9 : Math.exp(r.next() * 6) - 0.5;
          const answered = r.chance(0.93);
          company.tickets.push({
            ticket_id: `T${String(++ticket).padStart(5, '0')}`,
            channel: r.pick(['phone', 'chat', 'email', 'email', 'wechat']),
            kind: r.pick(['inquiry', 'complaint', 'after_sales']),
            employee_id: e.employee_id,
            created_ms: created,
            first_response_ms: answered ? created + Math.round(minutes * 60) * 1000 : null,
            resolved_ms: answered && r.chance(0.8) ? created + r.int(2, 90) * 3_600_000 : null
          });
        }
        const responses = r.int(2, 9);
        for (let k = 0; k < responses; k++) {
          company.csat.push({ response_id: `R${String(++response).padStart(5, '0')}`, responded_ms: instant(), employee_id: e.employee_id, score: q > 0 ? r.int(4, 5) : Math.max(1, Math.min(5, r.int(2, 5) + q)) });
        }
      }
      const employed = (e.hired_on === null || e.hired_on <= `${month}-31`) && (e.left_on === null || e.left_on >= `${month}-01`);
      if (!employed) continue;
      for (const indicator of INDICATORS) {
        if (r.chance(0.1)) continue; // an indicator nobody rated
        const gradeFor = () => {
          const grade = q > 0 ? r.pick(GRADES.slice(0, 1)) : q < 0 ? r.pick(GRADES.slice(2)) : r.pick(GRADES);
          return r.chance(0.25) ? GRADES_ZH[grade]! : grade; // some raters write grades in Chinese
        };
        const rate = (rater_type: string, rater_id: string) =>
          company.ratings.push(r.chance(0.2)
            ? { period: month, employee_id: e.employee_id, rater_id, rater_type, indicator, grade: null, score: q < 0 ? r.int(30, 65) : q > 0 ? r.int(90, 100) : r.int(55, 100) }
            : { period: month, employee_id: e.employee_id, rater_id, rater_type, indicator, grade: gradeFor(), score: null });
        if (r.chance(0.85)) rate('supervisor', 'M1');
        for (let p = 0; p < r.int(0, 3); p++) rate('peer', `P${p}`);
        if (r.chance(0.5)) rate('self', e.employee_id);
        if (r.chance(0.5)) rate('customer', `C${r.int(1, 9)}`);
      }
    }
  }
  return company;
}

async function load(ctx: QueryContext, company: RawCompany, dir: string): Promise<void> {
  const w = ctx.warehouse;
  const json = (name: string, rows: unknown[]) => {
    const path = join(dir, `${name}.json`);
    writeFileSync(path, JSON.stringify(rows));
    return path;
  };
  await w.run(`INSERT INTO employees (employee_id, name, team, role, customer_facing, hired_on, left_on)
    SELECT employee_id, name, team, role, customer_facing, hired_on::DATE, left_on::DATE FROM read_json($1)`, [json('employees', company.employees)]);
  await w.run(`INSERT INTO targets (employee_id, month, sales_target, profit_target, new_customers_target)
    SELECT employee_id, (month || '-01')::DATE, sales_target, profit_target, new_customers_target
    FROM read_json($1, columns = {employee_id: 'VARCHAR', month: 'VARCHAR', sales_target: 'DOUBLE', profit_target: 'DOUBLE', new_customers_target: 'DOUBLE'})`, [json('targets', company.targets)]);
  await w.run(`INSERT INTO sales (order_id, sold_at, employee_id, customer_id, amount, profit)
    SELECT order_id, to_timestamp(sold_ms // 1000), employee_id, customer_id, amount::DECIMAL(18,4), profit::DECIMAL(18,4)
    FROM read_json($1, columns = {order_id: 'VARCHAR', sold_ms: 'BIGINT', employee_id: 'VARCHAR', customer_id: 'VARCHAR', amount: 'VARCHAR', profit: 'VARCHAR'})`, [json('sales', company.sales)]);
  await w.run(`INSERT INTO order_events (order_id, status, "at") SELECT order_id, status, to_timestamp(at_ms // 1000) FROM read_json($1)`, [json('events', company.order_events)]);
  await w.run(`INSERT INTO tickets (ticket_id, channel, kind, employee_id, created_at, first_response_at, resolved_at, escalated)
    SELECT ticket_id, channel, kind, employee_id, to_timestamp(created_ms // 1000), to_timestamp(first_response_ms // 1000), to_timestamp(resolved_ms // 1000), false
    FROM read_json($1, columns = {ticket_id: 'VARCHAR', channel: 'VARCHAR', kind: 'VARCHAR', employee_id: 'VARCHAR', created_ms: 'BIGINT', first_response_ms: 'BIGINT', resolved_ms: 'BIGINT'})`, [json('tickets', company.tickets)]);
  await w.run(`INSERT INTO csat (response_id, responded_at, employee_id, score) SELECT response_id, to_timestamp(responded_ms // 1000), employee_id, score FROM read_json($1)`, [json('csat', company.csat)]);
  await w.run(`INSERT INTO ratings (period, employee_id, rater_id, indicator, rater_type, grade, score)
    SELECT (period || '-01')::DATE, employee_id, rater_id, indicator, rater_type, grade, score
    FROM read_json($1, columns = {period: 'VARCHAR', employee_id: 'VARCHAR', rater_id: 'VARCHAR', rater_type: 'VARCHAR', indicator: 'VARCHAR', grade: 'VARCHAR', score: 'DOUBLE'})`, [json('ratings', company.ratings)]);
}

const close = (actual: number | null | undefined, expected: number | null, label: string) => {
  if (expected === null) expect(actual ?? null, label).toBeNull();
  else expect(actual, label).toBeCloseTo(expected, 6);
};

describe.each([11, 47])('the SQL appraisal agrees with an independent reading of the policy (random company, seed %i)', (seed) => {
  let ctx: QueryContext;
  let cleanup: () => void;
  const company = randomCompany(seed);
  let expected: ReturnType<typeof referenceAppraisal>;

  beforeAll(async () => {
    const temp = await tempWarehouse();
    cleanup = temp.cleanup;
    ctx = { warehouse: temp.warehouse, caller: LOCAL_CALLER };
    await load(ctx, company, temp.dir);
    await buildModels(temp.warehouse);
    expected = referenceAppraisal(company, temp.config);
  });
  afterAll(() => cleanup?.());

  it('has the same monthly cards, indicator by indicator', async () => {
    const months = [...new Set(expected.cards.map((c) => c.month))].sort();
    // Deliveries of June's orders reach into July, but a month of late events only is not appraised.
    expect(months).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
    for (const month of months) {
      const actual = new Map((await scorecards(ctx, { month })).map((c) => [c.employee_id, c]));
      const wanted = expected.cards.filter((c) => c.month === month);
      expect([...actual.keys()].sort(), `roster of ${month}`).toEqual(wanted.map((c) => c.employee_id).sort());
      for (const card of wanted) {
        const got = actual.get(card.employee_id)!;
        const label = `${card.employee_id} ${month}`;
        close(got.composite, card.composite, `${label} composite`);
        expect(got.coverage, `${label} coverage`).toBeCloseTo(card.coverage, 9);
        expect(got.grade, `${label} grade`).toBe(card.grade);
        expect(got.bonus_coefficient ?? null, `${label} bonus`).toBe(card.bonus_coefficient);
        expect(got.rank_in_team ?? null, `${label} rank in team`).toBe(card.rank_in_team);
        expect(got.rank_in_company ?? null, `${label} rank in company`).toBe(card.rank_in_company);
        expect(got.promotion_candidate, `${label} promotion`).toBe(card.promotion_candidate);
        expect(got.reassignment_review, `${label} reassignment`).toBe(card.reassignment_review);
        expect(got.training_areas, `${label} training areas`).toEqual(card.training_areas);
        expect(got.missing_indicators, `${label} missing`).toEqual(card.missing_indicators);
        expect(got.indicators.map((i) => i.indicator), `${label} template`).toEqual(card.indicators.map((i) => i.indicator));
        for (const [n, indicator] of card.indicators.entries()) {
          const g = got.indicators[n]!;
          expect(g.weight).toBe(indicator.weight);
          close(g.score, indicator.score, `${label} ${indicator.indicator} score`);
          close(g.actual, indicator.actual, `${label} ${indicator.indicator} actual`);
        }
      }
    }
  });

  it('exercises the rules it checks', () => {
    const cards = expected.cards;
    expect(cards.some((c) => c.grade === null)).toBe(true);
    expect(new Set(cards.map((c) => c.grade)).size).toBeGreaterThanOrEqual(4);
    expect(cards.some((c) => c.promotion_candidate)).toBe(true);
    expect(cards.some((c) => c.reassignment_review)).toBe(true);
    expect(cards.some((c) => c.training_areas.length === 3)).toBe(true);
  });

  it('has the same annual results', async () => {
    const actual = new Map((await annualResults(ctx, { year: 2025 })).map((row) => [row.employee_id, row]));
    const wanted = expected.annual.filter((a) => a.year === 2025);
    expect([...actual.keys()].sort()).toEqual(wanted.map((a) => a.employee_id).sort());
    for (const row of wanted) {
      const got = actual.get(row.employee_id)!;
      expect(got.graded_months, row.employee_id).toBe(row.graded_months);
      close(got.composite as number | null, row.composite, `${row.employee_id} annual composite`);
      expect(got.grade ?? null, row.employee_id).toBe(row.grade);
      expect(got.salary_adjustment_pct ?? null, row.employee_id).toBe(row.salary_adjustment_pct);
    }
  });
});
