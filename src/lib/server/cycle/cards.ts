import { ForbiddenError } from '../../errors.js';
import { rolesOf, type QueryContext } from '../context.js';
import { readSql } from '../paths.js';
import type { Row } from '../warehouse/rows.js';
import { monthStatus, type MonthState } from './month-state.js';

/** Which values a read of a month shows (SPEC 10.3): the latest snapshot of a published month, or the live recomputation. */
export type CardView = 'published' | 'live';

const liveCardsSql = () => readSql('cycle/live_cards.sql');

/** The live cards (adjustments applied) as a table expression; binds `$month` (a DATE, or NULL for every month). */
export const liveCards = (): string => `(${liveCardsSql()})`;

/** The displayed cards (snapshot where published, live elsewhere) as a table expression; binds `$month`. */
export const displayedCards = (): string => `(${readSql('cycle/displayed_cards.sql').replace('{{live_cards}}', liveCardsSql())})`;

/** A snapshot version's cards as a table expression; binds `$month` and `$version`. */
export const snapshotCards = (): string => `(${readSql('cycle/snapshot_cards.sql')})`;

/**
 * Whether any act of the cycle (a publish, a reopen, an adjustment) touched these months or any month before them (an
 * earlier month's published or adjusted grade moves a later month's flags, SPEC 10.2): if none, reads stay on the models.
 */
async function cycleTouched(ctx: QueryContext, months: { month: string | null; year: number | null }): Promise<boolean> {
  const [row] = await ctx.warehouse.query<{ touched: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM appraisal_months WHERE state <> 'open' AND ${upTo('month')})
         OR EXISTS (SELECT 1 FROM appraisal_adjustments WHERE revoked_at IS NULL AND ${upTo('month')}) AS touched`,
    { month: months.month, year: months.year }
  );
  return Boolean(row?.touched);
}
const upTo = (column: string) => `($month::DATE IS NULL OR ${column} <= $month::DATE) AND ($year::INTEGER IS NULL OR year(${column}) <= $year)`;

/**
 * The table the appraisal reads take their cards from (the one call that swaps the source, SPEC 10.2): the models'
 * `appraisal_scorecards` while the cycle never touched the months asked for (a company that never publishes reads
 * exactly what it read before), else the displayed cards, or the live ones with `view=live`. `params` are the ones the
 * expression binds (`$month`: the month's first day, or NULL for every month); spread them into the query's.
 */
export async function cardSource(
  ctx: QueryContext,
  months: { month?: string | null; year?: number | null; view?: CardView | undefined }
): Promise<{ sql: string; params: Record<string, string | null> }> {
  if (months.view === 'live') requireLiveView(ctx);
  const month = months.month ?? null;
  if (!(await cycleTouched(ctx, { month, year: months.year ?? null }))) return { sql: 'appraisal_scorecards', params: {} };
  return { sql: months.view === 'live' ? liveCards() : displayedCards(), params: { month } };
}

/** SPEC 10.3: the live view of a published card is for every role that sees the card except employee. */
export function requireLiveView(ctx: QueryContext): void {
  if (rolesOf(ctx.caller).every((role) => role === 'employee')) throw new ForbiddenError('forbidden: employees see the published card only', 'view');
}

/** A card's adjustment as SPEC 10.4 shows it. */
export interface CardAdjustment {
  adjustment_id: number;
  target: string;
  computed_value: string | null;
  adjusted_value: string | null;
  reason: string;
  adjusted_by: string;
  adjusted_at: string;
}

/** One field that differs between the published card and the live one (old → new). */
export interface FieldDifference {
  field: string;
  published: unknown;
  live: unknown;
}

/** The fields SPEC 10.3 adds to every scorecard row. */
export interface CycleFields {
  state: MonthState;
  snapshot_version: number | null;
  view: CardView;
  differs_from_published: boolean | null;
  differing_fields: string[];
  differences: FieldDifference[];
  adjustments: CardAdjustment[];
  acknowledged_at: string | null;
  dispute_status: string | null;
}

const CARD_FIELDS = [
  'composite', 'coverage', 'grade', 'bonus_coefficient', 'rank_in_team', 'rank_in_company',
  'promotion_candidate', 'reassignment_review', 'training_areas', 'missing_indicators'
] as const;
const INDICATOR_FIELDS = ['weight', 'actual', 'target', 'score'] as const;

/** Numbers are compared after rounding to 10 decimals (SPEC 10.3); lists by their items. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.round(a * 1e10) === Math.round(b * 1e10);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => same(item, b[i]));
  return (a ?? null) === (b ?? null);
}

type Indicator = { indicator: string; weight: number; actual: number | null; target: number | null; score: number | null };

/** The fields where the live card differs from the published one, as paths (`grade`, `indicators.csat.score`). */
export function cardDifferences(published: Row | undefined, live: Row | undefined): FieldDifference[] {
  if (!published || !live) return [{ field: 'card', published: published ? 'present' : null, live: live ? 'present' : null }];
  const out: FieldDifference[] = [];
  for (const field of CARD_FIELDS) {
    if (!same(published[field], live[field])) out.push({ field, published: published[field] ?? null, live: live[field] ?? null });
  }
  const liveIndicators = new Map(((live.indicators as Indicator[]) ?? []).map((i) => [i.indicator, i]));
  const publishedIndicators = (published.indicators as Indicator[]) ?? [];
  for (const p of publishedIndicators) {
    const l = liveIndicators.get(p.indicator);
    for (const field of INDICATOR_FIELDS) {
      if (!same(p[field], l?.[field])) out.push({ field: `indicators.${p.indicator}.${field}`, published: p[field] ?? null, live: l?.[field] ?? null });
    }
  }
  for (const [name, l] of liveIndicators) {
    if (!publishedIndicators.some((p) => p.indicator === name)) out.push({ field: `indicators.${name}`, published: null, live: l.score });
  }
  return out;
}

/** Cards keyed by employee from a table expression over one month. */
async function cardsByEmployee(ctx: QueryContext, source: string, params: Record<string, unknown>): Promise<Map<string, Row>> {
  const rows = await ctx.warehouse.query(`SELECT * FROM ${source} c WHERE c.month = $month::DATE`, params as never);
  return new Map(rows.map((row) => [String(row.employee_id), row]));
}

/** The live and the latest published card of every employee of a month (published empty when never published). */
export async function publishedAndLive(ctx: QueryContext, monthDate: string, version: number): Promise<{ published: Map<string, Row>; live: Map<string, Row> }> {
  const [published, live] = await Promise.all([
    version > 0 ? cardsByEmployee(ctx, snapshotCards(), { month: monthDate, version }) : Promise.resolve(new Map<string, Row>()),
    cardsByEmployee(ctx, liveCards(), { month: monthDate })
  ]);
  return { published, live };
}

/** The active adjustments of a month's cards, by employee, oldest first. */
export async function activeAdjustments(ctx: QueryContext, monthDate: string): Promise<Map<string, CardAdjustment[]>> {
  const rows = await ctx.warehouse.query<CardAdjustment & { employee_id: string } & Row>(
    `SELECT adjustment_id, employee_id, target, computed_value, adjusted_value, reason, adjusted_by,
            strftime(adjusted_at, '%Y-%m-%d %H:%M:%S') AS adjusted_at
       FROM appraisal_adjustments WHERE month = $month::DATE AND revoked_at IS NULL ORDER BY adjusted_at, adjustment_id`,
    { month: monthDate }
  );
  const byEmployee = new Map<string, CardAdjustment[]>();
  for (const { employee_id, ...adjustment } of rows) byEmployee.set(employee_id, [...(byEmployee.get(employee_id) ?? []), adjustment as CardAdjustment]);
  return byEmployee;
}

/**
 * Add SPEC 10.3's fields to a month's scorecard rows, read with `view`. Where the month was never published the
 * fields say so (state open, no version, no difference) and the section 6 fields are untouched.
 */
export async function withCycleFields<T extends Row>(ctx: QueryContext, month: string, view: CardView | undefined, rows: T[]): Promise<(T & CycleFields)[]> {
  const monthDate = `${month.slice(0, 7)}-01`;
  const status = await monthStatus(ctx, month.slice(0, 7));
  const shown: CardView = status.state === 'published' && view !== 'live' ? 'published' : 'live';
  const [pair, adjustments, marks] = await Promise.all([
    status.version > 0 && rows.length > 0 ? publishedAndLive(ctx, monthDate, status.version) : Promise.resolve(null),
    activeAdjustments(ctx, monthDate),
    ctx.warehouse.query<{ employee_id: string; acknowledged_at: string | null; dispute_status: string | null }>(
      readSql('cycle/card_marks.sql'),
      { month: monthDate, version: status.version }
    )
  ]);
  const markOf = new Map(marks.map((m) => [m.employee_id, m]));
  // a month marked published without a stored snapshot has nothing to compare with
  const compared = pair !== null && pair.published.size > 0;
  return rows.map((row) => {
    const id = String(row.employee_id);
    const differences = compared ? cardDifferences(pair!.published.get(id), pair!.live.get(id)) : [];
    const mark = markOf.get(id);
    return {
      ...row,
      state: status.state,
      snapshot_version: status.version > 0 ? status.version : null,
      view: shown,
      differs_from_published: compared ? differences.length > 0 : null,
      differing_fields: differences.map((d) => d.field),
      differences,
      adjustments: adjustments.get(id) ?? [],
      acknowledged_at: mark?.acknowledged_at ?? null,
      dispute_status: mark?.dispute_status ?? null
    };
  });
}
