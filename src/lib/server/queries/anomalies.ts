import type { QueryContext } from '../context.js';
import { UserError } from '../warehouse/errors.js';
import { queryModels } from './appraisal-params.js';

/** Reads of the anomaly models (sql/anomalies/): anomalous days, incidents, a series with its band, the records behind a day. */

export const ANOMALY_METRICS = [
  'sales_amount', 'ticket_volume', 'first_response_p50_minutes', 'sla_breach_rate', 'order_cycle_p90_hours', 'csat_pct'
] as const;
export type AnomalyMetric = (typeof ANOMALY_METRICS)[number];
export const ANOMALY_SLICE_TYPES = ['company', 'team', 'channel'] as const;
export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface AnomalyFilters {
  from?: string;
  to?: string;
  metric?: string;
  slice_type?: string;
  slice?: string;
  min_severity?: string;
}

/** An anomalous day: SPEC section 5's row, plus whether its direction is the metric's harmful one. */
export interface AnomalyRow {
  metric: AnomalyMetric;
  slice_type: string;
  slice: string;
  day: string;
  value: number;
  expected: number;
  lower: number;
  upper: number;
  score: number;
  severity: Severity;
  direction: 'spike' | 'drop';
  harmful: boolean;
  [key: string]: unknown;
}

export interface IncidentRow {
  metric: AnomalyMetric;
  slice_type: string;
  slice: string;
  start_day: string;
  end_day: string;
  days: number;
  peak_severity: Severity;
  peak_score: number;
  peak_day: string;
  direction: 'spike' | 'drop';
  [key: string]: unknown;
}

function parseDay(value: unknown, field: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  const text = String(value).trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(`${text}T00:00:00Z`) : null;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    throw new UserError(`${field}: must be a day YYYY-MM-DD (got "${text}")`);
  }
  return text;
}

function parseChoice<T extends string>(value: unknown, field: string, choices: readonly T[]): T | null {
  if (value === undefined || value === null || value === '') return null;
  const text = String(value).trim();
  if (!(choices as readonly string[]).includes(text)) throw new UserError(`${field}: must be one of ${choices.join(', ')} (got "${text}")`);
  return text as T;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** The filters as one WHERE condition over columns metric, slice_type, slice and the given day columns, with bound values. */
function filterCondition(ctx: QueryContext, filters: AnomalyFilters, firstDay: string, lastDay: string, severityColumn: string) {
  const from = parseDay(filters.from, 'from');
  const to = parseDay(filters.to, 'to');
  if (from && to && from > to) throw new UserError(`from: ${from} is after to: ${to}`);
  const metric = parseChoice(filters.metric, 'metric', ANOMALY_METRICS);
  const sliceType = parseChoice(filters.slice_type, 'slice_type', ANOMALY_SLICE_TYPES);
  const slice = text(filters.slice);
  const minSeverity = parseChoice(filters.min_severity, 'min_severity', SEVERITIES) ?? 'low';
  const conditions: string[] = [];
  const params: Record<string, string | number> = {};
  if (from) { conditions.push(`${lastDay} >= $from::DATE`); params.from = from; }
  if (to) { conditions.push(`${firstDay} <= $to::DATE`); params.to = to; }
  if (metric) { conditions.push('metric = $metric'); params.metric = metric; }
  if (sliceType) { conditions.push('slice_type = $slice_type'); params.slice_type = sliceType; }
  if (slice) { conditions.push('slice = $slice'); params.slice = slice; }
  conditions.push(`(CASE ${severityColumn} WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END) >= $min_rank`);
  params.min_rank = SEVERITIES.indexOf(minSeverity) + 1;
  const scope = sliceScope(ctx);
  conditions.push(scope.sql);
  Object.assign(params, scope.params);
  return { sql: conditions.join(' AND '), params };
}

/** What the caller may see: everyone local sees every slice; a team lead only their teams' slices; an employee none. */
function sliceScope(ctx: QueryContext): { sql: string; params: Record<string, string> } {
  const scope = ctx.caller.scope;
  if (scope.kind === 'all') return { sql: 'true', params: {} };
  if (scope.kind === 'employee' || scope.kind === 'employees' || scope.teams.length === 0) return { sql: 'false', params: {} };
  const params = Object.fromEntries(scope.teams.map((team, i) => [`scope_team_${i}`, team]));
  return { sql: `(slice_type = 'team' AND slice IN (${Object.keys(params).map((n) => `$${n}`).join(', ')}))`, params };
}

const SEVERITY_ORDER = `CASE severity WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END`;

/** Anomalous days, newest first, then most severe. */
export async function listAnomalies(ctx: QueryContext, filters: AnomalyFilters = {}): Promise<AnomalyRow[]> {
  const where = filterCondition(ctx, filters, 'day', 'day', 'severity');
  return queryModels<AnomalyRow>(
    ctx,
    `SELECT metric, slice_type, slice, strftime(day, '%Y-%m-%d') AS day, value, expected, lower, upper, score, severity, direction, harmful
       FROM anomaly_days WHERE ${where.sql}
      ORDER BY day DESC, ${SEVERITY_ORDER} DESC, score DESC, metric, slice_type, slice`,
    where.params
  );
}

/** Incidents (runs of consecutive anomalous days of one series) overlapping the period, newest first. */
export async function listIncidents(ctx: QueryContext, filters: AnomalyFilters = {}): Promise<IncidentRow[]> {
  const where = filterCondition(ctx, filters, 'start_day', 'end_day', 'peak_severity');
  return queryModels<IncidentRow>(
    ctx,
    `SELECT metric, slice_type, slice, strftime(start_day, '%Y-%m-%d') AS start_day, strftime(end_day, '%Y-%m-%d') AS end_day,
            days, peak_severity, peak_score, strftime(peak_day, '%Y-%m-%d') AS peak_day, direction
       FROM anomaly_incidents WHERE ${where.sql}
      ORDER BY start_day DESC, CASE peak_severity WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END DESC, peak_score DESC, metric, slice`,
    where.params
  );
}

export interface SeriesKey {
  metric: string;
  slice_type: string;
  slice: string;
}

/** One day of a watched series for the chart: value, expected band (NULL until judged), status and the flag if any. */
export interface AnomalySeriesPoint {
  day: string;
  value: number | null;
  n: number;
  expected: number | null;
  lower: number | null;
  upper: number | null;
  status: 'ok' | 'insufficient_history' | 'no_data';
  severity: Severity | null;
  direction: 'spike' | 'drop' | null;
  score: number | null;
  [key: string]: unknown;
}

function seriesKey(ctx: QueryContext, key: Partial<SeriesKey>) {
  const metric = parseChoice(key.metric, 'metric', ANOMALY_METRICS);
  const sliceType = parseChoice(key.slice_type, 'slice_type', ANOMALY_SLICE_TYPES);
  if (!metric) throw new UserError('metric: required');
  if (!sliceType) throw new UserError('slice_type: required');
  const slice = sliceType === 'company' ? 'company' : text(key.slice);
  if (!slice) throw new UserError(`slice: required for slice_type ${sliceType}`);
  const scope = sliceScope(ctx);
  return { metric, sliceType, slice, scope };
}

/** A series with its expected value and band per day, and its anomalous days marked. */
export async function anomalySeries(ctx: QueryContext, params: Partial<SeriesKey> & { from?: string; to?: string }): Promise<AnomalySeriesPoint[]> {
  const { metric, sliceType, slice, scope } = seriesKey(ctx, params);
  const from = parseDay(params.from, 'from');
  const to = parseDay(params.to, 'to');
  return queryModels<AnomalySeriesPoint>(
    ctx,
    `SELECT strftime(s.day, '%Y-%m-%d') AS day, s.value, s.n, o.expected, o.lower, o.upper, o.status,
            a.severity, a.direction, a.score
       FROM anomaly_daily_series s
       JOIN anomaly_detector_input i USING (metric, slice_type, slice, day)
       JOIN anomaly_detector_output o USING (series_id, step)
       LEFT JOIN anomaly_days a USING (metric, slice_type, slice, day)
      WHERE s.metric = $metric AND s.slice_type = $slice_type AND s.slice = $slice
        AND ($from::DATE IS NULL OR s.day >= $from::DATE) AND ($to::DATE IS NULL OR s.day <= $to::DATE)
        AND ${scope.sql.replaceAll('slice_type', 's.slice_type').replaceAll('slice IN', 's.slice IN')}
      ORDER BY s.day`,
    { metric, slice_type: sliceType, slice, from, to, ...scope.params }
  );
}

/** Where each metric's records live, and the fields shown for them. */
const DRILLDOWN_SOURCES: Record<AnomalyMetric, { table: string; select: string; where: string; order: string; hasChannel: boolean }> = {
  sales_amount: {
    table: 'fct_sales',
    select: `order_id, strftime(sold_at, '%Y-%m-%d %H:%M:%S') AS sold_at, employee_id, team, channel, customer_id, amount, profit, cancelled`,
    where: 'true',
    order: 'amount DESC, order_id',
    hasChannel: true
  },
  ticket_volume: {
    table: 'fct_tickets',
    select: `ticket_id, strftime(created_at, '%Y-%m-%d %H:%M:%S') AS created_at, channel, kind, employee_id, team,
             first_response_minutes, sla_limit_minutes, sla_status`,
    where: 'true',
    order: 'created_at, ticket_id',
    hasChannel: true
  },
  first_response_p50_minutes: {
    table: 'fct_tickets',
    select: `ticket_id, strftime(created_at, '%Y-%m-%d %H:%M:%S') AS created_at, channel, kind, employee_id, team,
             first_response_minutes, sla_limit_minutes, sla_status`,
    where: 'first_response_minutes IS NOT NULL',
    order: 'first_response_minutes DESC, ticket_id',
    hasChannel: true
  },
  sla_breach_rate: {
    table: 'fct_tickets',
    select: `ticket_id, strftime(created_at, '%Y-%m-%d %H:%M:%S') AS created_at, channel, kind, employee_id, team,
             first_response_minutes, sla_limit_minutes, sla_status`,
    where: `sla_status IN ('within', 'breach')`,
    order: `sla_status = 'breach' DESC, first_response_minutes DESC NULLS FIRST, ticket_id`,
    hasChannel: true
  },
  order_cycle_p90_hours: {
    table: 'fct_orders',
    select: `order_id, employee_id, team, strftime(received_at, '%Y-%m-%d %H:%M:%S') AS received_at,
             strftime(delivered_at, '%Y-%m-%d %H:%M:%S') AS delivered_at, cycle_hours, sla_status`,
    where: 'NOT cancelled AND cycle_hours IS NOT NULL',
    order: 'cycle_hours DESC, order_id',
    hasChannel: false
  },
  csat_pct: {
    table: 'fct_csat',
    select: `response_id, strftime(responded_at, '%Y-%m-%d %H:%M:%S') AS responded_at, employee_id, team, channel, ticket_id,
             order_id, customer_id, score, satisfied`,
    where: 'true',
    order: 'score, response_id',
    hasChannel: true
  }
};

export interface AnomalyDrilldown {
  metric: AnomalyMetric;
  slice_type: string;
  slice: string;
  day: string;
  /** The day in its series (value, expected band, flag), or null when the series has no such day. */
  point: AnomalySeriesPoint | null;
  /** The fact table the records come from. */
  source: string;
  records: Record<string, unknown>[];
}

/** The records behind one day of one series: the sales, tickets, orders or CSAT responses its value was computed from. */
export async function anomalyDrilldown(ctx: QueryContext, params: Partial<SeriesKey> & { day?: string }): Promise<AnomalyDrilldown> {
  const { metric, sliceType, slice, scope } = seriesKey(ctx, params);
  const day = parseDay(params.day, 'day');
  if (!day) throw new UserError('day: required');
  const source = DRILLDOWN_SOURCES[metric];
  const [point] = await anomalySeries(ctx, { metric, slice_type: sliceType, slice, from: day, to: day });
  const sliceCondition = sliceType === 'company' ? 'true' : sliceType === 'team' ? 'team = $slice' : source.hasChannel ? 'channel = $slice' : 'false';
  // a team lead sees the records of their own teams only
  const recordScope = ctx.caller.scope.kind === 'all' ? { sql: 'true', params: {} } : scope.sql === 'false' ? scope : {
    sql: `team IN (${Object.keys(scope.params).map((n) => `$${n}`).join(', ')})`, params: scope.params
  };
  const records = await queryModels<Record<string, unknown>>(
    ctx,
    `SELECT ${source.select} FROM ${source.table}
      WHERE local_day = $day::DATE AND ${source.where} AND ${sliceCondition} AND ${recordScope.sql}
      ORDER BY ${source.order}`,
    { day, ...(sliceCondition.includes('$slice') ? { slice } : {}), ...recordScope.params }
  );
  return { metric, slice_type: sliceType, slice, day, point: point ?? null, source: source.table, records };
}
