/**
 * An independent reading of SPEC sections 3 and 4, written in plain TypeScript from the raw tables, used as an oracle:
 * the SQL models must agree with it on every scorecard of a randomly generated company. It shares no code with the
 * models (not even the month arithmetic), so a mistake would have to be made twice, the same way, to go unseen.
 */
import type { Config } from '../../src/lib/config/schema.js';
import type { ScorecardRow } from '../../src/lib/server/queries/scorecards.js';

export interface RawCompany {
  employees: { employee_id: string; name: string; team: string; role: string; customer_facing: boolean; hired_on: string | null; left_on: string | null }[];
  targets: { employee_id: string; month: string; sales_target: number | null; profit_target: number | null; new_customers_target: number | null }[];
  sales: { order_id: string; sold_ms: number; employee_id: string; customer_id: string; amount: number; profit: number | null }[];
  order_events: { order_id: string; status: string; at_ms: number }[];
  tickets: { ticket_id: string; channel: string; kind: string; employee_id: string; created_ms: number; first_response_ms: number | null; resolved_ms: number | null }[];
  csat: { response_id: string; responded_ms: number; employee_id: string; score: number }[];
  ratings: { period: string; employee_id: string; rater_id: string; rater_type: string; indicator: string; grade: string | null; score: number | null }[];
}

/** What the oracle expects of each card: the scorecard's fields (SPEC section 6) but the employee's name and team. */
export type ExpectedCard = Pick<ScorecardRow, 'employee_id' | 'month' | 'composite' | 'coverage' | 'grade' | 'bonus_coefficient'
  | 'rank_in_team' | 'rank_in_company' | 'promotion_candidate' | 'reassignment_review' | 'training_areas' | 'missing_indicators' | 'indicators'>;

export interface ExpectedAnnual {
  employee_id: string;
  year: number;
  graded_months: number;
  composite: number | null;
  grade: string | null;
  salary_adjustment_pct: number | null;
}

/** Ratings files may name grades in Chinese. */
const GRADE_NAMES: Record<string, string> = { 优秀: 'excellent', 良好: 'good', 合格: 'qualified', 不合格: 'unqualified' };

const SUBJECTIVE = ['expertise', 'problem_solving', 'communication', 'learning', 'responsibility', 'initiative', 'teamwork', 'discipline'];
const ORDER = ['sales', 'profit', 'new_customers', 'csat', 'process_compliance', ...SUBJECTIVE];

/** "YYYY-MM" of an instant in a time zone, by Intl (not DuckDB). */
function monthIn(zone: string): (ms: number) => string {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit' });
  return (ms) => {
    const parts = format.formatToParts(new Date(ms));
    return `${parts.find((p) => p.type === 'year')!.value}-${parts.find((p) => p.type === 'month')!.value}`;
  };
}

const addMonths = (month: string, n: number): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};
const lastDay = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

const grade = (composite: number, config: Config): string => {
  const c = Math.round(composite * 1e10) / 1e10;
  const bands = config.appraisal.grade_bands;
  return c >= bands.excellent ? 'excellent' : c >= bands.good ? 'good' : c >= bands.qualified ? 'qualified' : 'unqualified';
};

export function referenceAppraisal(raw: RawCompany, config: Config): { cards: ExpectedCard[]; annual: ExpectedAnnual[] } {
  const a = config.appraisal;
  const toMonth = monthIn(config.business_timezone);
  const bump = <K>(map: Map<K, number>, key: K, by = 1) => map.set(key, (map.get(key) ?? 0) + by);
  const key = (employee: string, month: string) => `${employee}|${month}`;

  const latest = Math.max(
    ...raw.sales.map((s) => s.sold_ms),
    ...raw.order_events.map((e) => e.at_ms),
    ...raw.tickets.flatMap((t) => [t.created_ms, t.first_response_ms ?? -Infinity, t.resolved_ms ?? -Infinity]),
    ...raw.csat.map((c) => c.responded_ms)
  );

  // Orders: cancelled ones count nowhere.
  const cancelled = new Set(raw.order_events.filter((e) => e.status === 'cancelled').map((e) => e.order_id));
  const seller = new Map(raw.sales.map((s) => [s.order_id, s.employee_id]));

  const salesAmount = new Map<string, number>();
  const profit = new Map<string, number>();
  const activity = new Set<string>();
  for (const s of raw.sales) {
    const k = key(s.employee_id, toMonth(s.sold_ms));
    activity.add(toMonth(s.sold_ms));
    if (cancelled.has(s.order_id)) continue;
    bump(salesAmount, k, s.amount);
    bump(profit, k, s.profit ?? 0);
  }

  // New customers: earliest non-cancelled sale, ties to the smallest order id.
  const first = new Map<string, { order_id: string; ms: number; employee_id: string }>();
  for (const s of raw.sales) {
    if (cancelled.has(s.order_id)) continue;
    const current = first.get(s.customer_id);
    if (!current || s.sold_ms < current.ms || (s.sold_ms === current.ms && s.order_id < current.order_id)) {
      first.set(s.customer_id, { order_id: s.order_id, ms: s.sold_ms, employee_id: s.employee_id });
    }
  }
  const newCustomers = new Map<string, number>();
  for (const f of first.values()) bump(newCustomers, key(f.employee_id, toMonth(f.ms)));

  // CSAT.
  const csatN = new Map<string, number>();
  const csatGood = new Map<string, number>();
  for (const c of raw.csat) {
    const k = key(c.employee_id, toMonth(c.responded_ms));
    activity.add(toMonth(c.responded_ms));
    bump(csatN, k);
    if (c.score >= 4) bump(csatGood, k);
  }

  // Process compliance: tickets by created month, orders by received month to the seller.
  const within = new Map<string, number>();
  const breach = new Map<string, number>();
  for (const t of raw.tickets) {
    activity.add(toMonth(t.created_ms));
    const limits = config.sla.response_minutes;
    let limit = limits[t.channel] ?? limits.other!;
    if (t.kind === 'complaint') limit = Math.min(limit, config.sla.complaint_max_minutes);
    const limitMs = limit * 60_000;
    const k = key(t.employee_id, toMonth(t.created_ms));
    if (t.first_response_ms !== null) bump(t.first_response_ms - t.created_ms <= limitMs ? within : breach, k);
    else if (latest - t.created_ms > limitMs) bump(breach, k);
  }
  const events = new Map<string, Map<string, number>>();
  for (const e of raw.order_events) {
    const m = events.get(e.order_id) ?? new Map<string, number>();
    m.set(e.status, Math.min(m.get(e.status) ?? Infinity, e.at_ms));
    events.set(e.order_id, m);
  }
  for (const [orderId, m] of events) {
    const received = m.get('received');
    if (received === undefined || cancelled.has(orderId)) continue;
    activity.add(toMonth(received));
    const employee = seller.get(orderId);
    if (employee === undefined) continue;
    const k = key(employee, toMonth(received));
    const limitMs = config.sla.order_cycle_hours * 3_600_000;
    const delivered = m.get('delivered');
    if (delivered !== undefined) bump(delivered - received <= limitMs ? within : breach, k);
    else if (latest - received > limitMs) bump(breach, k);
  }

  // Subjective indicators.
  const employees = new Map(raw.employees.map((e) => [e.employee_id, e]));
  const ratingGroups = new Map<string, Map<string, number[]>>();
  for (const r of raw.ratings) {
    activity.add(r.period);
    const employee = employees.get(r.employee_id);
    if (!employee) continue;
    if (r.rater_type === 'customer' && !employee.customer_facing) continue;
    const value = r.score ?? a.grade_scores[(GRADE_NAMES[r.grade!] ?? r.grade) as keyof typeof a.grade_scores];
    const k = `${r.employee_id}|${r.period}|${r.indicator}`;
    const byType = ratingGroups.get(k) ?? new Map<string, number[]>();
    byType.set(r.rater_type, [...(byType.get(r.rater_type) ?? []), value]);
    ratingGroups.set(k, byType);
  }
  const subjective = (employee: string, month: string, indicator: string): number | null => {
    const byType = ratingGroups.get(`${employee}|${month}|${indicator}`);
    if (!byType) return null;
    let num = 0;
    let den = 0;
    for (const [type, values] of byType) {
      const w = a.rater_weights[type as keyof typeof a.rater_weights];
      num += (w * values.reduce((x, y) => x + y, 0)) / values.length;
      den += w;
    }
    return den > 0 ? num / den : null;
  };

  // Months appraised: from the first to the last month with activity (sales, tickets, orders received, CSAT, ratings).
  const months = [...activity].sort();
  const lastMonth = months.at(-1)!;
  const allMonths: string[] = [];
  for (let m = months[0]!; m <= lastMonth; m = addMonths(m, 1)) allMonths.push(m);

  const target = new Map(raw.targets.map((t) => [key(t.employee_id, t.month), t]));
  const ratio = (actual: number | null, goal: number | null | undefined) =>
    actual === null || goal === null || goal === undefined || goal === 0 ? null : Math.max(0, Math.min(a.score_cap, (100 * actual) / goal));

  const cards: ExpectedCard[] = [];
  for (const month of allMonths) {
    for (const e of raw.employees) {
      if (e.hired_on !== null && e.hired_on > lastDay(month)) continue;
      if (e.left_on !== null && e.left_on < `${month}-01`) continue;
      const k = key(e.employee_id, month);
      const t = target.get(k);
      const n = csatN.get(k) ?? 0;
      const csatPct = n >= a.csat_min_responses ? (100 * (csatGood.get(k) ?? 0)) / n : null;
      const judged = (within.get(k) ?? 0) + (breach.get(k) ?? 0);
      const compliance = judged > 0 ? (100 * (within.get(k) ?? 0)) / judged : null;
      const values: Record<string, { actual: number | null; target: number | null; score: number | null }> = {
        sales: { actual: salesAmount.get(k) ?? 0, target: t?.sales_target ?? null, score: ratio(salesAmount.get(k) ?? 0, t?.sales_target) },
        profit: { actual: profit.get(k) ?? 0, target: t?.profit_target ?? null, score: ratio(profit.get(k) ?? 0, t?.profit_target) },
        new_customers: { actual: newCustomers.get(k) ?? 0, target: t?.new_customers_target ?? null, score: ratio(newCustomers.get(k) ?? 0, t?.new_customers_target) },
        csat: { actual: csatPct, target: a.csat_target, score: ratio(csatPct, a.csat_target) },
        process_compliance: { actual: compliance, target: null, score: compliance }
      };
      for (const indicator of SUBJECTIVE) {
        const s = subjective(e.employee_id, month, indicator);
        values[indicator] = { actual: s, target: null, score: s };
      }
      const template = a.templates[e.role as keyof typeof a.templates];
      const indicators = ORDER.filter((i) => (template[i] ?? 0) > 0).map((i) => ({ indicator: i, weight: template[i]!, ...values[i]! }));
      const scored = indicators.filter((i) => i.score !== null);
      const weightScored = scored.reduce((x, i) => x + i.weight, 0);
      const composite = weightScored > 0 ? scored.reduce((x, i) => x + i.weight * i.score!, 0) / weightScored : null;
      const coverage = weightScored / 100;
      const g = composite !== null && coverage >= a.min_coverage ? grade(composite, config) : null;
      const training = indicators
        .filter((i) => SUBJECTIVE.includes(i.indicator) && i.score !== null && i.score < a.training.below_score)
        .sort((x, y) => x.score! - y.score! || ORDER.indexOf(x.indicator) - ORDER.indexOf(y.indicator))
        .slice(0, a.training.max_areas)
        .map((i) => i.indicator);
      cards.push({
        employee_id: e.employee_id,
        month,
        composite,
        coverage,
        grade: g,
        bonus_coefficient: g === null ? null : a.bonus_coefficients[g as keyof typeof a.bonus_coefficients],
        rank_in_team: null,
        rank_in_company: null,
        promotion_candidate: false,
        reassignment_review: false,
        training_areas: training,
        missing_indicators: indicators.filter((i) => i.score === null).map((i) => i.indicator),
        indicators
      });
    }
  }

  // Ranks: RANK() by composite among graded cards.
  const team = (id: string) => employees.get(id)!.team;
  for (const card of cards) {
    if (card.grade === null) continue;
    const peers = cards.filter((c) => c.month === card.month && c.grade !== null);
    card.rank_in_company = 1 + peers.filter((c) => c.composite! > card.composite! + 1e-9).length;
    card.rank_in_team = 1 + peers.filter((c) => team(c.employee_id) === team(card.employee_id) && c.composite! > card.composite! + 1e-9).length;
  }

  // Flags over consecutive calendar months.
  const cardOf = new Map(cards.map((c) => [key(c.employee_id, c.month), c]));
  for (const card of cards) {
    const back = (n: number) => cardOf.get(key(card.employee_id, addMonths(card.month, -n)));
    card.promotion_candidate = Array.from({ length: a.promotion_months }, (_, n) => back(n)).every((c) => c?.grade === 'excellent');
    if (card.grade === 'unqualified') {
      let start = 0;
      while (back(start + 1)?.grade === 'unqualified') start += 1;
      const first = back(start)!;
      card.reassignment_review =
        start + 1 >= a.reassignment.min_unqualified_months &&
        first.training_areas.length > 0 &&
        card.composite! - first.composite! < a.reassignment.min_improvement_points;
    }
  }

  const annual: ExpectedAnnual[] = [];
  const years = new Map<string, ExpectedCard[]>();
  for (const card of cards) {
    const k = `${card.employee_id}|${card.month.slice(0, 4)}`;
    years.set(k, [...(years.get(k) ?? []), card]);
  }
  for (const [k, list] of years) {
    const [employee_id, year] = k.split('|') as [string, string];
    const graded = list.filter((c) => c.grade !== null);
    const composite = graded.length > 0 ? graded.reduce((x, c) => x + c.composite!, 0) / graded.length : null;
    const g = composite !== null && graded.length >= a.annual.min_graded_months ? grade(composite, config) : null;
    annual.push({
      employee_id,
      year: Number(year),
      graded_months: graded.length,
      composite,
      grade: g,
      salary_adjustment_pct: g === null ? null : a.annual.salary_adjustment_pct[g as keyof typeof a.annual.salary_adjustment_pct]
    });
  }
  return { cards, annual };
}
