import { ANOMALY_METRICS, ANOMALY_SERIES, FACTS } from '../../catalog/metrics.js';
import { can } from '../access/grants.js';
import { scopeSql } from '../access/scope.js';
import { isCalendarDay } from '../../shared/calendar.js';
import type { QueryContext } from '../context.js';
import { UserError } from '../warehouse/errors.js';
import { queryModels } from './appraisal-params.js';

/** Reads of the anomaly models (sql/anomalies/): anomalous days, incidents, a series with its band, the records behind a day. */

/** The watched series: the catalog's metrics with an `anomaly` setting (src/lib/catalog/metrics.ts). */
export { ANOMALY_METRICS };
export type AnomalyMetric = string;
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
  if (!isCalendarDay(text)) {
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

/** Anomaly series are aggregates by company, team and channel: every role reads them (an employee alone: no other team's). */
function sliceScope(ctx: QueryContext, alias = ''): { sql: string; params: Record<string, string> } {
  return scopeSql(ctx, 'aggregate', { sliceType: `${alias}slice_type`, slice: `${alias}slice` });
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
  /** holiday / makeup_day: a volume series is not judged on that special day (SPEC 8.5). */
  status: 'ok' | 'insufficient_history' | 'no_data' | 'holiday' | 'makeup_day';
  severity: Severity | null;
  direction: 'spike' | 'drop' | null;
  score: number | null;
  /** The calendar's kind of a special day (holiday, makeup_workday, company_holiday, or workday on a statutory holiday), else null. */
  special_kind: string | null;
  special_name_en: string | null;
  special_name_zh: string | null;
  [key: string]: unknown;
}

function seriesKey(ctx: QueryContext, key: Partial<SeriesKey>) {
  const metric = parseChoice(key.metric, 'metric', ANOMALY_METRICS);
  const sliceType = parseChoice(key.slice_type, 'slice_type', ANOMALY_SLICE_TYPES);
  if (!metric) throw new UserError('metric: required');
  if (!sliceType) throw new UserError('slice_type: required');
  const slice = sliceType === 'company' ? 'company' : text(key.slice);
  if (!slice) throw new UserError(`slice: required for slice_type ${sliceType}`);
  const scope = sliceScope(ctx, 's.');
  return { metric, sliceType, slice, scope };
}

/** A series with its expected value and band per day, and its anomalous days marked. */
export async function anomalySeries(ctx: QueryContext, params: Partial<SeriesKey> & { from?: string; to?: string }): Promise<AnomalySeriesPoint[]> {
  const { metric, sliceType, slice, scope } = seriesKey(ctx, params);
  const from = parseDay(params.from, 'from');
  const to = parseDay(params.to, 'to');
  return queryModels<AnomalySeriesPoint>(
    ctx,
    `SELECT strftime(s.day, '%Y-%m-%d') AS day, s.value, s.n, o.expected, o.lower, o.upper,
            -- a volume series not judged on a special day says why (once it has history enough to be judged at all)
            CASE WHEN o.status = 'ok' THEN coalesce(i.unjudged_status, o.status) ELSE o.status END AS status,
            a.severity, a.direction, a.score,
            CASE WHEN c.special THEN c.kind END AS special_kind, CASE WHEN c.special THEN c.name_en END AS special_name_en,
            CASE WHEN c.special THEN c.name_zh END AS special_name_zh
       FROM anomaly_daily_series s
       JOIN anomaly_detector_input i USING (metric, slice_type, slice, day)
       JOIN anomaly_detector_output o USING (series_id, step)
       LEFT JOIN anomaly_days a USING (metric, slice_type, slice, day)
       LEFT JOIN dim_calendar c ON c.day = s.day
      WHERE s.metric = $metric AND s.slice_type = $slice_type AND s.slice = $slice
        AND ($from::DATE IS NULL OR s.day >= $from::DATE) AND ($to::DATE IS NULL OR s.day <= $to::DATE)
        AND ${scope.sql}
      ORDER BY s.day`,
    { metric, slice_type: sliceType, slice, from, to, ...scope.params }
  );
}

/** Where each series' records live, and the fields shown for them: the catalog's fact and the series' record filter. */
function drilldownSource(metric: string): { table: string; select: string; where: string; order: string; hasChannel: boolean } {
  const series = ANOMALY_SERIES.find((s) => s.series === metric)!;
  const fact = FACTS[series.fact];
  return { table: fact.table, select: fact.records.select, where: series.records.where, order: series.records.order, hasChannel: fact.hasChannel };
}

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
  const source = drilldownSource(metric);
  const [point] = await anomalySeries(ctx, { metric, slice_type: sliceType, slice, from: day, to: day });
  const sliceCondition = sliceType === 'company' ? 'true' : sliceType === 'team' ? 'team = $slice' : source.hasChannel ? 'channel = $slice' : 'false';
  // the records name people: the caller's individual scope where their roles see people (a manager's subtree, an
  // employee's own); an analyst gets every record of the slice with employee_id, name and customer_id null (SPEC 11.2 note 2)
  const named = can(ctx.caller, 'operations.read');
  const recordScope = named ? scopeSql(ctx, 'operations', { employee: 'employee_id', team: 'team' }) : scopeSql(ctx, 'aggregate', { team: 'team' });
  const found = await queryModels<Record<string, unknown>>(
    ctx,
    `SELECT ${source.select} FROM ${source.table}
      WHERE local_day = $day::DATE AND ${source.where} AND ${sliceCondition} AND ${recordScope.sql}
      ORDER BY ${source.order}`,
    { day, ...(sliceCondition.includes('$slice') ? { slice } : {}), ...recordScope.params }
  );
  const records = named ? found : found.map((record) => ({ ...record, ...Object.fromEntries(['employee_id', 'name', 'customer_id'].filter((key) => key in record).map((key) => [key, null])) }));
  return { metric, slice_type: sliceType, slice, day, point: point ?? null, source: source.table, records };
}
