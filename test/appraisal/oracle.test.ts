import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempWarehouse } from '../helpers/warehouse.js';
import { build, cardsOf, type Card } from './fixtures.js';

/**
 * A seeded random company (hires and leavers mid-month, missing and zero targets, cancelled and undelivered orders,
 * unanswered tickets, thin CSAT months, grades, Chinese grades and scores from every rater type), appraised by the
 * models and by an independent re-implementation of SPEC section 4 written here from the spec, in plain TypeScript
 * over the generated records. Every card and annual row must agree.
 */
const SEED = 1;
const MONTHS = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'];
const INDICATORS_SUBJ = ['expertise', 'problem_solving', 'communication', 'learning', 'responsibility', 'initiative', 'teamwork', 'discipline'];
const ORDER = ['sales', 'profit', 'new_customers', 'csat', 'process_compliance', ...INDICATORS_SUBJ];
const five = Object.fromEntries(INDICATORS_SUBJ.map((i) => [i, 5]));
const SALES_T: Record<string, number> = { sales: 20, profit: 10, new_customers: 10, csat: 10, process_compliance: 10, ...five };
const TEMPLATES: Record<string, Record<string, number>> = {
  sales: SALES_T,
  operations_specialist: SALES_T,
  operations_manager: { sales: 15, profit: 15, new_customers: 5, csat: 10, process_compliance: 15, ...five },
  customer_service: { csat: 30, process_compliance: 30, ...five }
};
const GRADE_SCORE: Record<string, number> = { excellent: 95, good: 85, qualified: 70, unqualified: 40, 优秀: 95, 良好: 85, 合格: 70, 不合格: 40 };
const RATER_W: Record<string, number> = { supervisor: 50, peer: 20, self: 10, customer: 20 };
const SLA: Record<string, number> = { phone: 1, chat: 2, email: 240 };

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Company {
  employees: { employee_id: string; team: string; role: string; customer_facing: boolean; hired_on: string; left_on: string | null }[];
  targets: { employee_id: string; month: string; sales_target: number | null; profit_target: number | null; new_customers_target: number | null }[];
  sales: { order_id: string; sold_at: string; employee_id: string; customer_id: string; amount: number; profit: number }[];
  events: { order_id: string; status: string; at: string }[];
  tickets: { ticket_id: string; channel: string; kind: string; employee_id: string; created_at: string; first_response_at: string | null }[];
  csat: { response_id: string; responded_at: string; employee_id: string; score: number }[];
  ratings: { period: string; employee_id: string; rater_id: string; rater_type: string; indicator: string; grade: string | null; score: number | null }[];
}

const pad = (n: number) => String(n).padStart(2, '0');
/** A Shanghai-local instant as ISO text with its offset, `minutes` after the start of a day of a month. */
const at = (month: string, day: number, minutes: number) => {
  const ms = Date.parse(`${month}-${pad(day)}T00:00:00+08:00`) + minutes * 60_000;
  const local = new Date(ms + 8 * 3600_000);
  return `${local.toISOString().slice(0, 19)}+08:00`;
};
const localMonth = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 7);

function generate(): Company {
  const rnd = mulberry32(SEED);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const c: Company = { employees: [], targets: [], sales: [], events: [], tickets: [], csat: [], ratings: [] };
  const quality: Record<string, number> = {};
  for (let i = 0; i < 14; i++) {
    const id = `E${pad(i)}`;
    const hired = rnd() < 0.3 ? `2025-${pad(int(1, 5))}-${pad(int(1, 28))}` : '2020-01-01';
    const left = rnd() < 0.25 ? `2025-${pad(int(2, 6))}-${pad(int(1, 28))}` : null;
    c.employees.push({ employee_id: id, team: pick(['T1', 'T2']), role: pick(Object.keys(TEMPLATES)), customer_facing: rnd() < 0.5, hired_on: hired, left_on: left && left >= hired ? left : null });
    quality[id] = 0.2 + rnd() * 1.3;
  }
  let n = 0;
  for (const e of c.employees) {
    for (const month of MONTHS) {
      const q = (quality[e.employee_id] = Math.max(0.1, Math.min(1.3, quality[e.employee_id]! + (rnd() - 0.5) * 0.3)));
      const tv = (base: number) => { const x = rnd(); return x < 0.1 ? null : x < 0.17 ? 0 : base; };
      if (rnd() < 0.8) c.targets.push({ employee_id: e.employee_id, month, sales_target: tv(pick([3000, 5000])), profit_target: tv(1000), new_customers_target: tv(pick([1, 2, 3])) });
      for (let k = int(0, Math.round(6 * q)); k > 0; k--) {
        const id = `O${++n}`;
        const soldAt = rnd() < 0.1 ? at(month, 1, 0) : at(month, int(1, 28), int(0, 1439));
        c.sales.push({ order_id: id, sold_at: soldAt, employee_id: e.employee_id, customer_id: `C${int(1, 40)}`, amount: Math.round(rnd() * 200000) / 100, profit: Math.round((rnd() * 900 - 100) * 100) / 100 });
        const x = rnd();
        if (x < 0.12) c.events.push({ order_id: id, status: 'received', at: soldAt }, { order_id: id, status: 'cancelled', at: soldAt });
        else if (x < 0.75) {
          c.events.push({ order_id: id, status: 'received', at: soldAt });
          if (rnd() < 0.85) c.events.push({ order_id: id, status: 'delivered', at: new Date(Date.parse(soldAt) + pick([72, 10 + rnd() * 100]) * 3600_000).toISOString() });
        }
      }
      for (let k = int(0, 6); k > 0; k--) {
        const created = at(month, int(1, 28), int(0, 1439));
        const seconds = rnd() < q - 0.2 ? 30 : pick([60, 120, 3600, 5 + rnd() * 15000 * (1.3 - q)]);
        c.tickets.push({ ticket_id: `K${++n}`, channel: pick(['phone', 'chat', 'email', 'wechat']), kind: pick(['inquiry', 'complaint', 'after_sales']), employee_id: e.employee_id, created_at: created, first_response_at: rnd() < 0.12 ? null : new Date(Date.parse(created) + seconds * 1000).toISOString() });
      }
      for (let k = pick([0, 4, 5, 7]); k > 0; k--) {
        c.csat.push({ response_id: `R${++n}`, responded_at: at(month, int(1, 28), 720), employee_id: e.employee_id, score: Math.max(1, Math.min(5, Math.round(1 + 4 * q + (rnd() - 0.5) * 2))) });
      }
      if (rnd() < 0.12) continue;
      for (const indicator of INDICATORS_SUBJ) {
        for (const [type, raters] of [['supervisor', 1], ['peer', int(0, 2)], ['self', int(0, 1)], ['customer', int(0, 2)]] as const) {
          for (let k = 0; k < raters; k++) {
            if (rnd() < 0.15) continue;
            const g = Math.max(0, Math.min(3, Math.round((1.2 - q) * 3 + (rnd() - 0.5) * 1.6)));
            const asScore = rnd() < 0.25;
            c.ratings.push({
              period: month, employee_id: e.employee_id, rater_id: `${type}${k}`, rater_type: type, indicator,
              grade: asScore ? null : pick([['excellent', 'good', 'qualified', 'unqualified'][g]!, ['优秀', '良好', '合格', '不合格'][g]!]),
              score: asScore ? Math.round(rnd() * 800) / 10 + 20 : null
            });
          }
        }
      }
    }
  }
  return c;
}

interface OracleCard {
  composite: number | null; coverage: number; grade: string | null; bonus: number | null; scores: Record<string, number | null>;
  training: string[]; missing: string[]; rankTeam: number | null; rankCompany: number | null; promotion: boolean; reassignment: boolean; team: string;
}

/** SPEC section 4 with the default configuration, straight from the records. */
function oracle(c: Company): { cards: Map<string, OracleCard>; annual: Map<string, { graded: number; composite: number | null; grade: string | null; salary: number | null }> } {
  const instants = [...c.sales.map((s) => s.sold_at), ...c.events.map((e) => e.at), ...c.csat.map((r) => r.responded_at),
    ...c.tickets.flatMap((t) => [t.created_at, t.first_response_at ?? t.created_at])].map(Date.parse);
  const latest = Math.max(...instants);
  const cancelled = new Set(c.events.filter((e) => e.status === 'cancelled').map((e) => e.order_id));
  const key = (e: string, m: string) => `${e}|${m}`;
  const add = (map: Map<string, number>, k: string, v: number) => map.set(k, (map.get(k) ?? 0) + v);
  const salesSum = new Map<string, number>(), profitSum = new Map<string, number>(), newCustomers = new Map<string, number>();
  const first = new Map<string, (typeof c.sales)[number]>();
  for (const s of c.sales) {
    if (cancelled.has(s.order_id)) continue;
    add(salesSum, key(s.employee_id, localMonth(s.sold_at)), s.amount);
    add(profitSum, key(s.employee_id, localMonth(s.sold_at)), s.profit);
    const f = first.get(s.customer_id);
    const earlier = !f || Date.parse(s.sold_at) < Date.parse(f.sold_at) || (Date.parse(s.sold_at) === Date.parse(f.sold_at) && s.order_id < f.order_id);
    if (earlier) first.set(s.customer_id, s);
  }
  for (const s of first.values()) add(newCustomers, key(s.employee_id, localMonth(s.sold_at)), 1);
  const csatN = new Map<string, number>(), csatSat = new Map<string, number>();
  for (const r of c.csat) { add(csatN, key(r.employee_id, localMonth(r.responded_at)), 1); add(csatSat, key(r.employee_id, localMonth(r.responded_at)), r.score >= 4 ? 1 : 0); }
  const within = new Map<string, number>(), breach = new Map<string, number>();
  for (const t of c.tickets) {
    let limit = SLA[t.channel] ?? 240;
    if (t.kind === 'complaint') limit = Math.min(limit, 60);
    const k = key(t.employee_id, localMonth(t.created_at));
    const minutes = t.first_response_at ? (Date.parse(t.first_response_at) - Date.parse(t.created_at)) / 60000 : null;
    if (minutes !== null) add(minutes <= limit ? within : breach, k, 1);
    else if ((latest - Date.parse(t.created_at)) / 60000 > limit) add(breach, k, 1);
  }
  const seller = new Map(c.sales.map((s) => [s.order_id, s]));
  const orderEvents = new Map<string, Record<string, string>>();
  for (const e of c.events) orderEvents.set(e.order_id, { ...orderEvents.get(e.order_id), [e.status]: e.at });
  for (const [id, ev] of orderEvents) {
    if (cancelled.has(id) || !ev.received) continue;
    const k = key(seller.get(id)!.employee_id, localMonth(ev.received));
    if (ev.delivered) add((Date.parse(ev.delivered) - Date.parse(ev.received)) / 3600_000 <= 72 ? within : breach, k, 1);
    else if ((latest - Date.parse(ev.received)) / 3600_000 > 72) add(breach, k, 1);
  }
  const employees = new Map(c.employees.map((e) => [e.employee_id, e]));
  const byType = new Map<string, Map<string, number[]>>();
  for (const r of c.ratings) {
    if (r.rater_type === 'customer' && !employees.get(r.employee_id)!.customer_facing) continue;
    const k = `${key(r.employee_id, r.period)}|${r.indicator}`;
    const types = byType.get(k) ?? new Map<string, number[]>();
    types.set(r.rater_type, [...(types.get(r.rater_type) ?? []), r.score ?? GRADE_SCORE[r.grade!]!]);
    byType.set(k, types);
  }
  const targets = new Map(c.targets.map((t) => [key(t.employee_id, t.month), t]));
  const clamp = (x: number) => Math.max(0, Math.min(120, x));
  const band = (x: number) => { const r = Math.round(x * 1e10) / 1e10; return r >= 90 ? 'excellent' : r >= 80 ? 'good' : r >= 60 ? 'qualified' : 'unqualified'; };
  const bonus: Record<string, number> = { excellent: 1.5, good: 1.2, qualified: 1, unqualified: 0 };
  const cards = new Map<string, OracleCard>();
  const lastDay = (m: string) => new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).toISOString().slice(0, 10);
  // the months appraised: from the first to the last month with activity (sales, tickets, orders received, CSAT) or ratings
  const activity = [...c.sales.map((s) => localMonth(s.sold_at)), ...c.tickets.map((t) => localMonth(t.created_at)), ...c.csat.map((r) => localMonth(r.responded_at)),
    ...c.events.filter((e) => e.status === 'received').map((e) => localMonth(e.at)), ...c.ratings.map((r) => r.period)].sort();
  const months = MONTHS.filter((m) => m >= activity[0]! && m <= activity.at(-1)!);
  for (const month of months) {
    for (const e of c.employees) {
      if (e.hired_on > lastDay(month) || (e.left_on !== null && e.left_on < `${month}-01`)) continue;
      const k = key(e.employee_id, month);
      const t = targets.get(k);
      const ratio = (actual: number, target: number | null | undefined) => (target ? clamp((100 * actual) / target) : null);
      const scores: Record<string, number | null> = {
        sales: ratio(salesSum.get(k) ?? 0, t?.sales_target),
        profit: ratio(profitSum.get(k) ?? 0, t?.profit_target),
        new_customers: ratio(newCustomers.get(k) ?? 0, t?.new_customers_target),
        csat: (csatN.get(k) ?? 0) >= 5 ? clamp((100 * ((100 * csatSat.get(k)!) / csatN.get(k)!)) / 90) : null,
        process_compliance: (within.get(k) ?? 0) + (breach.get(k) ?? 0) > 0 ? (100 * (within.get(k) ?? 0)) / ((within.get(k) ?? 0) + (breach.get(k) ?? 0)) : null
      };
      for (const indicator of INDICATORS_SUBJ) {
        const types = byType.get(`${k}|${indicator}`);
        if (!types) { scores[indicator] = null; continue; }
        let num = 0, den = 0;
        for (const [type, values] of types) { num += RATER_W[type]! * (values.reduce((a, b) => a + b, 0) / values.length); den += RATER_W[type]!; }
        scores[indicator] = num / den;
      }
      const template = TEMPLATES[e.role]!;
      const scored = Object.entries(template).filter(([i]) => scores[i] !== null);
      const weight = scored.reduce((a, [, w]) => a + w, 0);
      const composite = weight > 0 ? scored.reduce((a, [i, w]) => a + w * scores[i]!, 0) / weight : null;
      const coverage = weight / 100;
      const grade = composite !== null && coverage >= 0.5 ? band(composite) : null;
      const training = INDICATORS_SUBJ.filter((i) => template[i] && scores[i] !== null && scores[i]! < 70)
        .sort((a, b) => scores[a]! - scores[b]! || ORDER.indexOf(a) - ORDER.indexOf(b)).slice(0, 3);
      cards.set(k, { composite, coverage, grade, bonus: grade ? bonus[grade]! : null, scores, training, team: e.team,
        missing: ORDER.filter((i) => template[i] && scores[i] === null), rankTeam: null, rankCompany: null, promotion: false, reassignment: false });
    }
  }
  const shift = (m: string, by: number) => { const d = new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1 + by, 1)); return d.toISOString().slice(0, 7); };
  for (const [k, card] of cards) {
    const [id, month] = k.split('|') as [string, string];
    if (card.grade) {
      const peers = [...cards].filter(([kk, o]) => kk.endsWith(`|${month}`) && o.grade).map(([, o]) => o);
      card.rankCompany = 1 + peers.filter((o) => o.composite! > card.composite! + 1e-9).length;
      card.rankTeam = 1 + peers.filter((o) => o.team === card.team && o.composite! > card.composite! + 1e-9).length;
    }
    card.promotion = [0, 1, 2].every((b) => cards.get(key(id, shift(month, -b)))?.grade === 'excellent');
    if (card.grade === 'unqualified') {
      let run = 0;
      while (cards.get(key(id, shift(month, -run)))?.grade === 'unqualified') run++;
      const start = cards.get(key(id, shift(month, -(run - 1))))!;
      card.reassignment = run >= 3 && start.training.length > 0 && card.composite! - start.composite! < 5;
    }
  }
  const annual = new Map<string, { graded: number; composite: number | null; grade: string | null; salary: number | null }>();
  const salary: Record<string, number> = { excellent: 10, good: 6, qualified: 3, unqualified: 0 };
  for (const e of c.employees) {
    const own = [...cards].filter(([k]) => k.startsWith(`${e.employee_id}|`)).map(([, v]) => v);
    if (own.length === 0) continue;
    const graded = own.filter((v) => v.grade).map((v) => v.composite!);
    const composite = graded.length ? graded.reduce((a, b) => a + b, 0) / graded.length : null;
    const grade = graded.length >= 3 ? band(composite!) : null;
    annual.set(e.employee_id, { graded: graded.length, composite, grade, salary: grade ? salary[grade]! : null });
  }
  return { cards, annual };
}

async function load(env: Awaited<ReturnType<typeof tempWarehouse>>, c: Company): Promise<void> {
  const csv = (name: string, rows: Record<string, unknown>[]) => {
    const columns = Object.keys(rows[0]!);
    const file = join(env.dir, `${name}.csv`);
    writeFileSync(file, [columns.join(','), ...rows.map((r) => columns.map((k) => (r[k] === null ? '' : String(r[k]))).join(','))].join('\n'));
    return file;
  };
  const w = env.warehouse;
  await w.run(`INSERT INTO employees (employee_id, name, team, role, customer_facing, hired_on, left_on) SELECT employee_id, employee_id, team, role, customer_facing, hired_on, left_on FROM read_csv('${csv('employees', c.employees)}', header=true, all_varchar=true)`);
  await w.run(`INSERT INTO targets (employee_id, month, sales_target, profit_target, new_customers_target) SELECT employee_id, (month || '-01')::DATE, sales_target, profit_target, new_customers_target FROM read_csv('${csv('targets', c.targets)}', header=true, all_varchar=true)`);
  await w.run(`INSERT INTO sales (order_id, sold_at, employee_id, customer_id, amount, profit) SELECT order_id, sold_at::TIMESTAMPTZ, employee_id, customer_id, amount, profit FROM read_csv('${csv('sales', c.sales)}', header=true, all_varchar=true)`);
  await w.run(`INSERT INTO order_events (order_id, status, "at") SELECT order_id, status, "at"::TIMESTAMPTZ FROM read_csv('${csv('events', c.events)}', header=true, all_varchar=true)`);
  await w.run(`INSERT INTO tickets (ticket_id, channel, kind, employee_id, created_at, first_response_at, escalated) SELECT ticket_id, channel, kind, employee_id, created_at::TIMESTAMPTZ, first_response_at::TIMESTAMPTZ, false FROM read_csv('${csv('tickets', c.tickets)}', header=true, all_varchar=true)`);
  await w.run(`INSERT INTO csat (response_id, responded_at, employee_id, score) SELECT response_id, responded_at::TIMESTAMPTZ, employee_id, score FROM read_csv('${csv('csat', c.csat)}', header=true, all_varchar=true)`);
  await w.run(`INSERT INTO ratings (period, employee_id, rater_id, rater_type, indicator, grade, score) SELECT (period || '-01')::DATE, employee_id, rater_id, rater_type, indicator, grade, score FROM read_csv('${csv('ratings', c.ratings)}', header=true, all_varchar=true)`);
}

describe('the models agree with an independent reading of SPEC section 4 on a random company', () => {
  let env: Awaited<ReturnType<typeof tempWarehouse>>;
  let company: Company;
  beforeAll(async () => {
    env = await tempWarehouse();
    company = generate();
    await load(env, company);
    await build(env.warehouse);
  });
  afterAll(() => env.cleanup());

  it('computes every monthly card and every annual row as the oracle does', async () => {
    const expected = oracle(company);
    const actual = await cardsOf(env.warehouse);
    const all = await env.warehouse.query<Card & Record<string, unknown>>("SELECT * REPLACE (strftime(month, '%Y-%m') AS month) FROM appraisal_scorecards");
    expect(all.length).toBe(expected.cards.size);
    expect(actual.size).toBeGreaterThan(0);
    const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)));
    const differences: string[] = [];
    for (const card of all) {
      const o = expected.cards.get(`${card.employee_id}|${card.month}`);
      if (!o) { differences.push(`${card.employee_id} ${card.month}: not expected`); continue; }
      const diff = (what: string, ok: boolean, a: unknown, b: unknown) => ok || differences.push(`${card.employee_id} ${card.month} ${what}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
      for (const i of card.indicators) diff(i.indicator, close(i.score, o.scores[i.indicator]!), i.score, o.scores[i.indicator]);
      diff('composite', close(card.composite, o.composite), card.composite, o.composite);
      diff('coverage', close(card.coverage, o.coverage), card.coverage, o.coverage);
      diff('grade', card.grade === o.grade, card.grade, o.grade);
      diff('bonus', card.bonus_coefficient === o.bonus, card.bonus_coefficient, o.bonus);
      diff('ranks', card.rank_in_team === o.rankTeam && card.rank_in_company === o.rankCompany, [card.rank_in_team, card.rank_in_company], [o.rankTeam, o.rankCompany]);
      diff('promotion', card.promotion_candidate === o.promotion, card.promotion_candidate, o.promotion);
      diff('reassignment', card.reassignment_review === o.reassignment, card.reassignment_review, o.reassignment);
      diff('training', JSON.stringify(card.training_areas) === JSON.stringify(o.training), card.training_areas, o.training);
      diff('missing', JSON.stringify(card.missing_indicators) === JSON.stringify(o.missing), card.missing_indicators, o.missing);
    }
    const annual = await env.warehouse.query<{ employee_id: string; graded_months: number; composite: number | null; grade: string | null; salary_adjustment_pct: number | null }>(
      'SELECT employee_id, graded_months, composite, grade, salary_adjustment_pct FROM appraisal_annual'
    );
    expect(annual.length).toBe(expected.annual.size);
    for (const row of annual) {
      const o = expected.annual.get(row.employee_id)!;
      if (row.graded_months !== o.graded || !close(row.composite, o.composite) || row.grade !== o.grade || row.salary_adjustment_pct !== o.salary) {
        differences.push(`annual ${row.employee_id}: ${JSON.stringify(row)} vs ${JSON.stringify(o)}`);
      }
    }
    expect(differences).toEqual([]);
    // the company exercises the rules it is meant to
    const flags = [...expected.cards.values()];
    expect(flags.some((f) => f.grade === null)).toBe(true);
    expect(flags.some((f) => f.reassignment)).toBe(true);
    expect(flags.some((f) => f.promotion)).toBe(true);
    expect(flags.some((f) => f.training.length === 3)).toBe(true);
  });
});
