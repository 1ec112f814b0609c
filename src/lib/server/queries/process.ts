import type { QueryContext } from '../context.js';
import { UserError } from '../warehouse/errors.js';
import { can } from '../access/grants.js';
import { suppressesSmallGroups, suppressSmallGroupRows } from '../access/scope.js';
import { factConditions, parseRange, queryMetrics, type FactFilters, type FactRead } from './metric-params.js';

/**
 * The operations manager's questions: how fast are we answering, by channel, team and agent; when do tickets come
 * and wait; how long orders take per stage. Every aggregate is a metric_* macro (sql/macros/metric_definitions.sql).
 */

/**
 * An aggregate over the whole filtered fact (heatmap, resolution, order stages, order SLA) for a caller whose aggregates
 * must rest on at least `access.min_group_employees` people (SPEC 11.2 note 1): when the filter leaves fewer distinct
 * employees (an analyst asking for a two-person team), every figure is null and each row says `suppressed: true`.
 */
async function guardSmallPopulation<T extends Record<string, unknown>>(
  ctx: QueryContext, table: 'fct_tickets' | 'fct_orders', where: string, bind: Record<string, unknown>, rows: T[], keep: readonly string[]
): Promise<T[]> {
  if (!suppressesSmallGroups(ctx.caller)) return rows;
  const [population] = await queryMetrics<{ n: number }>(ctx, `SELECT count(DISTINCT employee_id) AS n FROM ${table} WHERE ${where}`, bind);
  return suppressSmallGroupRows(ctx, rows.map((row) => ({ ...row, distinct_employees: Number(population?.n ?? 0) })), keep);
}

export interface ProcessParams extends FactFilters {
  from?: string | undefined;
  to?: string | undefined;
}

/** WHERE clause over a fact's local_day, filters and the caller's scope. */
function factWhere(ctx: QueryContext, params: ProcessParams, hasChannel: boolean, what: string, read: FactRead = {}): { where: string; bind: Record<string, unknown> } {
  const range = parseRange(params);
  const conditions = factConditions(ctx, params, hasChannel, what, read);
  const clauses = ['($from IS NULL OR local_day >= $from::DATE)', '($to IS NULL OR local_day <= $to::DATE)', ...conditions.sql];
  return { where: clauses.join(' AND '), bind: { from: range.from, to: range.to, ...conditions.params } };
}

const RESPONSE_GROUPS = { channel: 'channel', team: 'team', employee: 'employee_id' } as const;
export type ResponseGroup = keyof typeof RESPONSE_GROUPS;

function limitOf(value: unknown, fallback = 10): number {
  if (value === undefined || value === null || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new UserError(`limit: must be a whole number from 1 to 1000 (got "${String(value)}")`);
  return n;
}

export interface ResponseTimeRow {
  slice_type: ResponseGroup;
  slice: string;
  slice_label: string;
  tickets: number;
  answered: number;
  first_response_p50_minutes: number | null;
  first_response_p90_minutes: number | null;
  first_response_mean_minutes: number | null;
  sla_within: number;
  sla_breach: number;
  sla_pending: number;
  sla_breach_rate: number | null;
  response_sla_pct: number | null;
  resolution_p50_hours: number | null;
  /** The SLA clock(s) of the group's tickets (`clock`, `office`, ...) and first response measured on it. */
  sla_clock: string | null;
  first_response_business_p50_minutes: number | null;
  first_response_business_p90_minutes: number | null;
  [key: string]: unknown;
}

/** First response p50/p90/mean, SLA outcomes and breach rate per channel, team or agent over the date range (by created_at). */
export async function responseTimes(ctx: QueryContext, params: ProcessParams & { by: string }): Promise<ResponseTimeRow[]> {
  if (!Object.hasOwn(RESPONSE_GROUPS, params.by)) throw new UserError(`by: must be one of ${Object.keys(RESPONSE_GROUPS).join(', ')} (got "${params.by}")`);
  const by = params.by as ResponseGroup;
  const { where, bind } = factWhere(ctx, params, true, 'tickets', { perEmployee: by === 'employee', byTeam: by === 'team', param: 'by' });
  const rows = await queryMetrics<ResponseTimeRow>(
    ctx,
    `SELECT $by AS slice_type, t.slice, coalesce(e.name, t.slice) AS slice_label, t.* EXCLUDE (slice)
       FROM (
         SELECT ${RESPONSE_GROUPS[by]} AS slice,
                metric_tickets(ticket_id) AS tickets,
                metric_first_response_n(first_response_minutes) AS answered,
                metric_first_response_p50_minutes(first_response_minutes) AS first_response_p50_minutes,
                metric_first_response_p90_minutes(first_response_minutes) AS first_response_p90_minutes,
                metric_first_response_mean_minutes(first_response_minutes) AS first_response_mean_minutes,
                metric_sla_within(sla_status) AS sla_within,
                metric_sla_breach(sla_status) AS sla_breach,
                metric_sla_pending(sla_status) AS sla_pending,
                metric_sla_breach_rate(sla_status) AS sla_breach_rate,
                metric_response_sla_pct(sla_status) AS response_sla_pct,
                metric_resolution_p50_hours(resolution_hours) AS resolution_p50_hours,
                -- business time beside the clock (SPEC 8.3): the same percentile on the channel's SLA clock
                string_agg(DISTINCT sla_clock, ', ' ORDER BY sla_clock) AS sla_clock,
                metric_first_response_p50_minutes(first_response_business_minutes) AS first_response_business_p50_minutes,
                metric_first_response_p90_minutes(first_response_business_minutes) AS first_response_business_p90_minutes,
                count(DISTINCT employee_id) AS distinct_employees
           FROM fct_tickets WHERE ${where}
          GROUP BY ALL
       ) t
       LEFT JOIN dim_employees e ON $by = 'employee' AND e.employee_id = t.slice
      ORDER BY t.tickets DESC, t.slice`,
    { ...bind, by }
  );
  // per channel or team, an analyst's row over fewer than min_group_employees agents shows no figure (SPEC 11.2 note 1)
  return suppressSmallGroupRows(ctx, rows, ['slice_type', 'slice', 'slice_label', 'sla_clock']);
}

export interface HeatCell {
  weekday: number;
  hour: number;
  tickets: number;
  first_response_p50_minutes: number | null;
  sla_breach_rate: number | null;
  [key: string]: unknown;
}

/** Ticket arrivals by weekday (1 = Monday) × hour of created_at in the business time zone, with the p50 first response. */
export async function responseHeatmap(ctx: QueryContext, params: ProcessParams): Promise<HeatCell[]> {
  const { where, bind } = factWhere(ctx, params, true, 'tickets');
  const cells = await queryMetrics<HeatCell>(
    ctx,
    `SELECT weekday, hour, metric_tickets(ticket_id) AS tickets,
            metric_first_response_p50_minutes(first_response_minutes) AS first_response_p50_minutes,
            metric_sla_breach_rate(sla_status) AS sla_breach_rate
       FROM fct_tickets WHERE ${where}
      GROUP BY weekday, hour ORDER BY weekday, hour`,
    bind
  );
  return guardSmallPopulation(ctx, 'fct_tickets', where, bind, cells, ['weekday', 'hour']);
}

export interface ResolutionBucket {
  bucket: string;
  lower_hours: number | null;
  upper_hours: number | null;
  tickets: number;
  share_pct: number | null;
  [key: string]: unknown;
}

/** Edges of the resolution-time histogram in hours; the last bucket is open, and open tickets get their own row. */
const RESOLUTION_EDGES = [0, 1, 4, 8, 24, 72, 168];

/** How long tickets took to resolve: counts per bucket [lower, upper) hours, plus the tickets still unresolved. */
export async function resolutionDistribution(ctx: QueryContext, params: ProcessParams): Promise<ResolutionBucket[]> {
  const { where, bind } = factWhere(ctx, params, true, 'tickets');
  const buckets = RESOLUTION_EDGES.map((lower, i) => ({ lower, upper: RESOLUTION_EDGES[i + 1] ?? null }));
  const rows = await queryMetrics<{ bucket_index: number | null; tickets: number }>(
    ctx,
    `SELECT CASE WHEN resolution_hours IS NULL THEN NULL
                 ${RESOLUTION_EDGES.slice(1).map((upper, i) => `WHEN resolution_hours < ${upper} THEN ${i}`).join(' ')}
                 ELSE ${RESOLUTION_EDGES.length - 1} END AS bucket_index,
            count(*) AS tickets
       FROM fct_tickets WHERE ${where}
      GROUP BY ALL`,
    bind
  );
  const total = rows.reduce((sum, row) => sum + row.tickets, 0);
  const count = (index: number | null) => rows.filter((row) => row.bucket_index === index).reduce((sum, row) => sum + row.tickets, 0);
  const label = (lower: number, upper: number | null) => (upper === null ? `≥ ${lower} h` : `${lower}–${upper} h`);
  const out: ResolutionBucket[] = buckets.map((b, i) => ({
    bucket: label(b.lower, b.upper), lower_hours: b.lower, upper_hours: b.upper, tickets: count(i), share_pct: total ? (100 * count(i)) / total : null
  }));
  out.push({ bucket: 'unresolved', lower_hours: null, upper_hours: null, tickets: count(null), share_pct: total ? (100 * count(null)) / total : null });
  return guardSmallPopulation(ctx, 'fct_tickets', where, bind, out, ['bucket', 'lower_hours', 'upper_hours']);
}

export interface OrderStageRow {
  stage: string;
  p50_hours: number | null;
  orders: number;
  warnings: number;
  [key: string]: unknown;
}

const STAGES = [
  ['received_to_reviewed', 'received_to_reviewed_hours'],
  ['reviewed_to_shipped', 'reviewed_to_shipped_hours'],
  ['shipped_to_delivered', 'shipped_to_delivered_hours']
] as const;

/**
 * Median hours per order stage (negative stages left out and counted as warnings), then the whole cycle, for orders
 * received in the range. Cancelled orders have no stages.
 */
export async function orderStages(ctx: QueryContext, params: ProcessParams): Promise<OrderStageRow[]> {
  const { where, bind } = factWhere(ctx, params, false, 'orders');
  const parts = STAGES.map(([stage, column]) =>
    `SELECT '${stage}' AS stage, metric_stage_p50_hours(${column}) AS p50_hours, metric_stage_n(${column}) AS orders,
            count_if(${column} < 0) AS warnings, ${STAGES.findIndex((s) => s[0] === stage)} AS position FROM fct_orders WHERE ${where}`
  );
  parts.push(
    `SELECT 'cycle', metric_order_cycle_p50_hours(cycle_hours), metric_order_cycle_n(cycle_hours), count_if(cycle_hours < 0), 3 FROM fct_orders WHERE ${where}`
  );
  const stages = await queryMetrics<OrderStageRow>(ctx, `SELECT stage, p50_hours, orders, warnings FROM (${parts.join(' UNION ALL ')}) ORDER BY position`, bind);
  return guardSmallPopulation(ctx, 'fct_orders', where, bind, stages, ['stage']);
}

export interface OrderSlaSummary {
  orders: number;
  cancelled: number;
  within: number;
  breach: number;
  pending: number;
  order_sla_pct: number | null;
  cycle_p50_hours: number | null;
  cycle_p90_hours: number | null;
  stage_warnings: number;
  [key: string]: unknown;
}

/** Order SLA outcomes over the range: within, breached, pending (undelivered, limit not yet passed), cancelled. */
export async function orderSlaSummary(ctx: QueryContext, params: ProcessParams): Promise<OrderSlaSummary[]> {
  const { where, bind } = factWhere(ctx, params, false, 'orders');
  const summary = await queryMetrics<OrderSlaSummary>(
    ctx,
    `SELECT metric_orders(cancelled, received_at) AS orders, count_if(cancelled) AS cancelled,
            metric_sla_within(sla_status) AS within, metric_sla_breach(sla_status) AS breach,
            metric_orders_pending(sla_status) AS pending, metric_order_sla_pct(sla_status) AS order_sla_pct,
            metric_order_cycle_p50_hours(cycle_hours) AS cycle_p50_hours, metric_order_cycle_p90_hours(cycle_hours) AS cycle_p90_hours,
            count_if(stage_warning) AS stage_warnings
       FROM fct_orders WHERE ${where}`,
    bind
  );
  return guardSmallPopulation(ctx, 'fct_orders', where, bind, summary, []);
}

export interface SlowAgentRow {
  employee_id: string;
  name: string;
  team: string;
  tickets: number;
  answered: number;
  first_response_p50_minutes: number | null;
  first_response_p90_minutes: number | null;
  sla_breach_rate: number | null;
  [key: string]: unknown;
}

/** Agents with the slowest p90 first response over the range (at least `min_answered` answered tickets, default 5). */
export async function slowestAgents(ctx: QueryContext, params: ProcessParams & { limit?: unknown; min_answered?: unknown }): Promise<SlowAgentRow[]> {
  const { where, bind } = factWhere(ctx, params, true, 'tickets', { perEmployee: true });
  return queryMetrics<SlowAgentRow>(
    ctx,
    `SELECT t.employee_id, e.name, e.team, t.* EXCLUDE (employee_id)
       FROM (
         SELECT employee_id, metric_tickets(ticket_id) AS tickets, metric_first_response_n(first_response_minutes) AS answered,
                metric_first_response_p50_minutes(first_response_minutes) AS first_response_p50_minutes,
                metric_first_response_p90_minutes(first_response_minutes) AS first_response_p90_minutes,
                metric_sla_breach_rate(sla_status) AS sla_breach_rate
           FROM fct_tickets WHERE ${where}
          GROUP BY employee_id
       ) t
       JOIN dim_employees e USING (employee_id)
      WHERE t.answered >= $min_answered
      ORDER BY t.first_response_p90_minutes DESC NULLS LAST, t.employee_id
      LIMIT $limit`,
    { ...bind, limit: limitOf(params.limit), min_answered: limitOf(params.min_answered, 5) }
  );
}

export interface SlowOrderRow {
  order_id: string;
  employee_id: string | null;
  name: string | null;
  team: string | null;
  received_at: string;
  delivered_at: string | null;
  hours: number;
  delivered: boolean;
  sla_status: string | null;
  stage_warning: boolean;
  [key: string]: unknown;
}

/**
 * Orders that took or are taking longest (cancelled ones left out): delivered orders by their cycle, undelivered ones
 * by the hours open at the warehouse's latest timestamp. Times are printed in the business time zone.
 */
export async function slowestOrders(ctx: QueryContext, params: ProcessParams & { limit?: unknown }): Promise<SlowOrderRow[]> {
  // records: in the caller's scope for roles that see people; an analyst gets them without whose they are (SPEC 11.2 note 2)
  const named = can(ctx.caller, 'operations.read');
  const { where, bind } = factWhere(ctx, params, false, 'orders', { perEmployee: named });
  return queryMetrics<SlowOrderRow>(
    ctx,
    // the top orders are picked first, so only they are converted to local time and formatted
    `SELECT o.order_id, ${named ? 'o.employee_id, e.name' : 'NULL::VARCHAR AS employee_id, NULL::VARCHAR AS name'}, o.team,
            strftime(timezone((SELECT business_timezone FROM cfg_scalar), o.received_at), '%Y-%m-%d %H:%M:%S') AS received_at,
            strftime(timezone((SELECT business_timezone FROM cfg_scalar), o.delivered_at), '%Y-%m-%d %H:%M:%S') AS delivered_at,
            o.hours, o.delivered, o.sla_status, o.stage_warning
       FROM (
         SELECT f.order_id, f.employee_id, f.team, f.received_at, f.delivered_at,
                coalesce(f.cycle_hours, (epoch_us(w.latest_at) - epoch_us(f.received_at)) / 3600e6) AS hours,
                f.delivered_at IS NOT NULL AS delivered, f.sla_status, f.stage_warning
           FROM (SELECT * FROM fct_orders WHERE ${where}) f
           CROSS JOIN wh_latest_timestamp w
          WHERE NOT f.cancelled AND f.received_at IS NOT NULL
          ORDER BY hours DESC, f.order_id
          LIMIT $limit
       ) o
       LEFT JOIN dim_employees e ON e.employee_id = o.employee_id
      ORDER BY o.hours DESC, o.order_id`,
    { ...bind, limit: limitOf(params.limit) }
  );
}
