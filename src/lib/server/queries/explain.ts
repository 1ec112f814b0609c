import { INDICATORS } from '../../config/indicators.js';
import { onlyAsEmployee } from '../access/scope.js';
import type { CardView } from '../cycle/cards.js';
import { frozenExplain, type FrozenExplain } from '../cycle/explain-snapshot.js';
import { rolesOf, type QueryContext } from '../context.js';
import { readSql } from '../paths.js';
import { UserError } from '../warehouse/errors.js';
import type { Row } from '../warehouse/rows.js';
import { optionalText, parseMonth, queryModels, requireEmployee } from './appraisal-params.js';
import { scorecards, type ScorecardRow } from './scorecards.js';

/** How one indicator's score was reached: the rule, the numbers and the records behind them. */
export interface IndicatorExplanation {
  indicator: string;
  kind: string;
  weight: number;
  actual: number | null;
  target: number | null;
  score: number | null;
  contribution: number | null;
  rule: string;
  evidence: Record<string, unknown>;
}

export interface Explanation {
  employee: Awaited<ReturnType<typeof requireEmployee>>;
  month: string;
  scorecard: ScorecardRow;
  composite: {
    weighted_sum: number | null;
    weight_scored: number;
    weight_total: number;
    composite: number | null;
    coverage: number;
    min_coverage: number;
    grade: string | null;
    reason: string;
    bands: { grade: string; min_composite: number | null; bonus_coefficient: number }[];
  };
  indicators: IndicatorExplanation[];
  /** the snapshot explained, when the month is published (SPEC 10.2); absent for live values */
  snapshot?: FrozenExplain['snapshot'];
}

interface Settings extends Row {
  csat_target: number;
  csat_min_responses: number;
  score_cap: number;
  min_coverage: number;
  order_cycle_hours: number;
  new_customer_window_days: number;
}

const q = (ctx: QueryContext, file: string, params: Record<string, unknown>) => queryModels(ctx, readSql(`appraisal/queries/${file}.sql`), params);

/** Each evidence file read at most once per explanation (sales and profit share their orders), all of them concurrently. */
function evidenceReader(ctx: QueryContext, params: Record<string, unknown>): (file: string) => Promise<Row[]> {
  const started = new Map<string, Promise<Row[]>>();
  return (file) => {
    let rows = started.get(file);
    if (!rows) {
      started.set(file, (rows = q(ctx, file, params)));
      rows.catch(() => undefined); // read ahead: a failure is reported where it is awaited, or not at all
    }
    return rows;
  };
}

/** The evidence files an indicator's explanation reads (see evidenceFor). */
function evidenceFiles(indicator: string): string[] {
  if (indicator === 'sales' || indicator === 'profit') return ['explain_sales'];
  if (indicator === 'new_customers') return ['explain_new_customers'];
  if (indicator === 'csat') return ['explain_csat'];
  if (indicator === 'process_compliance') return ['explain_sla_tickets', 'explain_sla_orders', 'explain_sla_leads'];
  if (indicator === 'rectification') return ['explain_findings'];
  if (indicator === 'inspection') return ['explain_inspections'];
  if (indicator === 'milestones') return ['explain_milestones'];
  return ['explain_ratings', 'explain_rater_types'];
}
const sum = (rows: Row[], field: string) => rows.reduce((total, row) => total + (Number(row[field]) || 0), 0);

/** A ratio indicator's rule in words, with the configured cap. */
const ratioRule = (what: string, s: Settings) =>
  `score = clamp(100 × ${what} / target, 0, ${s.score_cap}); no target (missing or 0): no score`;

/** The month's ratings and rater-type means, read once and shared by the eight subjective indicators. */
interface RatingRecords {
  ratings: Row[];
  raterTypes: Row[];
}

async function evidenceFor(
  read: (file: string) => Promise<Row[]>,
  indicator: string,
  kind: string,
  s: Settings,
  records: () => Promise<RatingRecords>
): Promise<{ rule: string; evidence: Record<string, unknown> }> {
  if (indicator === 'sales' || indicator === 'profit') {
    const orders = await read('explain_sales');
    const counted = orders.filter((o) => o.counted);
    const field = indicator === 'sales' ? 'amount' : 'profit';
    return {
      rule: ratioRule(`${indicator === 'sales' ? 'sales amount' : 'profit'} of the month's orders (cancelled orders excluded)`, s),
      evidence: { orders, orders_counted: counted.length, orders_excluded: orders.length - counted.length, [`${field}_total`]: sum(counted, field) }
    };
  }
  if (indicator === 'new_customers') {
    const customers = await read('explain_new_customers');
    return {
      rule: ratioRule("customers whose first sale ever (not cancelled) was this employee's, in this month", s),
      evidence: { customers, new_customers: customers.length, window_days: s.new_customer_window_days }
    };
  }
  if (indicator === 'csat') {
    const responses = await read('explain_csat');
    const satisfied = responses.filter((r) => r.satisfied).length;
    return {
      rule: `csat_pct = 100 × satisfied (score ≥ 4) / responses, no value below ${s.csat_min_responses} responses; score = clamp(100 × csat_pct / ${s.csat_target}, 0, ${s.score_cap})`,
      evidence: { responses, response_count: responses.length, satisfied, min_responses: s.csat_min_responses, csat_target: s.csat_target }
    };
  }
  if (indicator === 'process_compliance') {
    const [tickets, orders, leads] = await Promise.all([read('explain_sla_tickets'), read('explain_sla_orders'), read('explain_sla_leads')]);
    const items = [...tickets, ...orders, ...leads];
    const count = (status: string) => items.filter((i) => i.sla_status === status).length;
    // Leads appear only where there are some, so a company without leads explains exactly as before (SPEC 9.6).
    return {
      rule: leads.length > 0
        ? 'score = 100 × (tickets + orders + leads within SLA) / (within + breached); pending items and cancelled orders count neither way; no such items: no score'
        : 'score = 100 × (tickets + orders within SLA) / (within + breached); pending items and cancelled orders count neither way; no such items: no score',
      evidence: { tickets, orders, ...(leads.length > 0 ? { leads } : {}), within: count('within'), breach: count('breach'), pending: count('pending') }
    };
  }
  if (indicator === 'rectification') {
    const findings = await read('explain_findings');
    const count = (outcome: string) => findings.filter((f) => f.outcome === outcome).length;
    return {
      rule: 'score = 100 × findings fixed by their due day and verified effective / (those + failed: reopened, verified ineffective, fixed late, or open past due); pending and withdrawn findings count neither way; month of due_on',
      evidence: { findings, on_time_effective: count('on_time_effective'), failed: count('failed'), pending: count('pending'), withdrawn: count('withdrawn') }
    };
  }
  if (indicator === 'inspection') {
    const inspections = await read('explain_inspections');
    return {
      rule: "score = mean score of the inspections covering the employee in the month (their own, and their team's on a day they were employed), each once",
      evidence: { inspections, inspection_count: inspections.length }
    };
  }
  if (indicator === 'milestones') {
    const milestones = await read('explain_milestones');
    const count = (status: string) => milestones.filter((m) => m.status === status).length;
    return {
      rule: 'score = 100 × milestones done by their due day / (those + late: done after it, or not done and past it); pending and cancelled milestones count neither way; month of due_on',
      evidence: { milestones, on_time: count('on_time'), late: count('late'), pending: count('pending'), cancelled: count('cancelled') }
    };
  }
  const all = await records();
  const ratings = all.ratings.filter((r) => r.indicator === indicator);
  const raterTypes = all.raterTypes.filter((r) => r.indicator === indicator);
  return {
    rule: `${kind} indicator: grade → its score (or a 0-100 score as given); mean per rater type; score = Σ w_t·mean_t / Σ w_t over the rater types present; customer ratings count only for customer-facing employees`,
    evidence: {
      ratings,
      rater_types: raterTypes,
      customer_ratings_ignored: ratings.some((r) => r.rater_type === 'customer' && !r.counted)
    }
  };
}

/**
 * Rating rows as the caller may see them (SPEC 11.2, rater identity): hr and admin see every rater; leadership and
 * managers see peers as "peer 1..n" (numbered by rater id, so stable within a card); an employee reading their own card
 * sees no single peer or customer row at all, only the per-type means and counts.
 */
export function ratersShownTo(ctx: QueryContext, ratings: Row[]): Row[] {
  const roles = rolesOf(ctx.caller);
  if (roles.includes('admin') || roles.includes('hr')) return ratings;
  if (onlyAsEmployee(ctx.caller, 'appraisal.read')) return ratings.filter((r) => r.rater_type !== 'peer' && r.rater_type !== 'customer');
  const peers = [...new Set(ratings.filter((r) => r.rater_type === 'peer').map((r) => String(r.rater_id)))].sort();
  return ratings.map((r) => (r.rater_type === 'peer' ? { ...r, rater_id: `peer ${peers.indexOf(String(r.rater_id)) + 1}` } : r));
}

/**
 * The explanation without its record tables (the page loads an indicator's records when it is opened): every count,
 * rule and score stays, and so do the rater-type means and the rating rows the caller may see.
 */
export function withoutRecords(explanation: Explanation): Explanation {
  const kept = new Set(['ratings', 'rater_types']);
  return {
    ...explanation,
    indicators: explanation.indicators.map((item) => ({
      ...item,
      evidence: Object.fromEntries(Object.entries(item.evidence).filter(([key, value]) => !Array.isArray(value) || kept.has(key)))
    }))
  };
}

/** How every number on an employee's monthly scorecard was reached, down to the records (SPEC section 4). */
export async function explain(ctx: QueryContext, params: { employee: string; month: string; indicator?: string; view?: CardView }): Promise<Explanation> {
  const month = parseMonth(params.month);
  const monthText = month.slice(0, 7);
  const employeeId = optionalText(params.employee);
  if (employeeId === null) throw new UserError('employee: required');
  const indicator = optionalText(params.indicator);
  if (indicator !== null && !(INDICATORS as readonly string[]).includes(indicator)) {
    throw new UserError(`indicator: unknown indicator "${indicator}" (known: ${INDICATORS.join(', ')})`);
  }
  const queryParams = { employee: employeeId, month };
  const frozen = await frozenExplain(ctx, month, employeeId, params.view);
  // The header reads are independent of one another: start them at once (each on its own pooled connection), then take
  // them in order so the first failure reported is the same as when they ran one after another.
  const pending = {
    employee: requireEmployee(ctx, employeeId),
    cards: scorecards(ctx, { month: monthText, employee: employeeId, ...(params.view ? { view: params.view } : {}) }),
    settings: queryModels<Settings>(ctx, 'SELECT * FROM cfg_scalar'),
    bands: queryModels<{ grade: string; min_composite: number | null; bonus_coefficient: number }>(
      ctx, 'SELECT grade, min_composite, bonus_coefficient FROM cfg_grade ORDER BY grade_rank'
    ),
    totals: frozen ? frozen.totals() : queryModels<{ weighted_sum: number | null; weight_scored: number; weight_total: number }>(
      ctx,
      'SELECT weighted_sum, weight_scored, weight_total FROM appraisal_scorecards WHERE employee_id = $employee AND month = $month::DATE',
      { employee: employeeId, month }
    ),
    indicators: frozen ? frozen.indicators() : q(ctx, 'explain_indicators', queryParams)
  };
  for (const promise of Object.values(pending)) promise.catch(() => undefined);
  // the evidence reads start as soon as the indicators are known, while the other header reads finish
  const read = frozen ? frozen.read : evidenceReader(ctx, queryParams);
  pending.indicators
    .then((found) => {
      for (const row of found) if (indicator === null || row.indicator === indicator) evidenceFiles(String(row.indicator)).forEach(read);
    })
    .catch(() => undefined);
  const employee = await pending.employee;
  const [card] = await pending.cards;
  if (!card) {
    throw new UserError(`employee "${employeeId}" has no scorecard for ${monthText} (not employed that month, or outside the months the data covers)`);
  }
  const [settings] = await pending.settings;
  const bands = await pending.bands;
  const [totals] = await pending.totals;
  const indicatorRows = await pending.indicators;
  const rows = indicatorRows.filter((r) => indicator === null || r.indicator === indicator);
  if (indicator !== null && rows.length === 0) throw new UserError(`indicator: "${indicator}" is not in the ${employee.role} template`);
  let ratingRecords: Promise<RatingRecords> | undefined;
  const records = () =>
    (ratingRecords ??= (async () => {
      const [ratings, raterTypes] = await Promise.all([read('explain_ratings'), read('explain_rater_types')]);
      return { ratings: ratersShownTo(ctx, ratings), raterTypes };
    })());
  const indicators: IndicatorExplanation[] = await Promise.all(
    rows.map(async (row) => {
      const { rule, evidence } = await evidenceFor(read, String(row.indicator), String(row.kind), settings!, records);
      return {
        indicator: String(row.indicator),
        kind: String(row.kind),
        weight: Number(row.weight),
        actual: row.actual as number | null,
        target: row.target as number | null,
        score: row.score as number | null,
        contribution: row.contribution as number | null,
        rule,
        evidence
      };
    })
  );
  const reason =
    card.composite === null
      ? 'no indicator of the template has a score: no composite, no grade'
      : card.grade === null
        ? `insufficient data: coverage ${card.coverage} < ${settings!.min_coverage}; missing ${card.missing_indicators.join(', ')}`
        : `composite ${card.composite} falls in the ${card.grade} band`;
  return {
    employee,
    month: monthText,
    scorecard: card,
    composite: {
      weighted_sum: totals?.weighted_sum ?? null,
      weight_scored: totals?.weight_scored ?? 0,
      weight_total: totals?.weight_total ?? 0,
      composite: card.composite,
      coverage: card.coverage,
      min_coverage: settings!.min_coverage,
      grade: card.grade,
      reason,
      bands
    },
    indicators,
    ...(frozen ? { snapshot: frozen.snapshot } : {})
  };
}
