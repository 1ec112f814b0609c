import { suppressesSmallGroups } from '../access/scope.js';
import { CATALOG, GRAINS, METRIC_NAMES, SLICE_TYPES, type Grain, type Metric, type MetricName, type MetricUnit, type SliceType } from '../../catalog/metrics.js';
import type { QueryContext } from '../context.js';
import { UserError } from '../warehouse/errors.js';
import { factConditions, filterText, parseRange, queryMetrics, type FactFilters } from './metric-params.js';

/**
 * The metric explorer's reads. The allow-list is the metric catalog (src/lib/catalog/metrics.ts): each metric's fact,
 * value and record-count expressions (metric_* macros); metric_grouped precomputes the same expressions for
 * unfiltered reads.
 */

export { GRAINS, METRIC_NAMES, SLICE_TYPES, type Grain, type MetricName, type MetricUnit, type SliceType };
export const METRICS = CATALOG;
export type MetricDefinition = Metric;

/** The allow-list as the API and dashboard show it (no SQL). */
export function metricCatalog() {
  return METRIC_NAMES.map((name) => {
    const { label, unit, format, good, higher_is_better, additive, description, grains, slice_types, anomaly } = CATALOG[name];
    return {
      metric: name, label: label.en, label_zh: label.zh, unit, format, good, higher_is_better, additive, description, grains, slice_types,
      anomaly_series: anomaly ? (anomaly.series ?? name) : null
    };
  });
}

export function requireMetric(name: unknown): Metric {
  if (typeof name !== 'string' || !Object.hasOwn(CATALOG, name)) {
    throw new UserError(`metric: unknown metric "${String(name ?? '')}" (known: ${METRIC_NAMES.join(', ')})`);
  }
  return CATALOG[name as MetricName];
}

export interface MetricSeriesParams extends FactFilters {
  metric: string;
  grain: string;
  slice_type: string;
  from?: string | undefined;
  to?: string | undefined;
}

export interface MetricPoint {
  period: string;
  slice_type: SliceType;
  slice: string;
  slice_label: string;
  value: number | null;
  n: number;
  [key: string]: unknown;
}

const PERIOD_COLUMN: Record<Grain, string> = { day: 'local_day', week: 'week', month: 'month' };
const SLICE_COLUMN: Record<SliceType, string> = { company: "'company'", team: 'team', channel: 'channel', employee: 'employee_id' };

/**
 * Whether any filter, or the caller's access (a narrowed scope, or aggregates that must hide groups of fewer than
 * `access.min_group_employees` people), asks for something the precomputed long table cannot answer.
 */
function isFiltered(ctx: QueryContext, params: FactFilters): boolean {
  return ctx.caller.scope.kind !== 'all' || suppressesSmallGroups(ctx.caller) || [params.team, params.role, params.channel, params.employee].some((v) => filterText(v) !== null);
}

type SeriesRequest = { definition: Metric; grain: Grain; sliceType: SliceType; bind: Record<string, unknown> };

function seriesRequest(params: MetricSeriesParams): SeriesRequest {
  const definition = requireMetric(params.metric);
  if (!(GRAINS as readonly string[]).includes(params.grain)) throw new UserError(`grain: must be one of ${GRAINS.join(', ')} (got "${params.grain}")`);
  if (!(SLICE_TYPES as readonly string[]).includes(params.slice_type)) {
    throw new UserError(`slice_type: must be one of ${SLICE_TYPES.join(', ')} (got "${params.slice_type}")`);
  }
  const grain = params.grain as Grain;
  const sliceType = params.slice_type as SliceType;
  if (!definition.slice_types.includes(sliceType)) {
    throw new UserError(`slice_type: ${definition.name} cannot be sliced by ${sliceType} (it can by ${definition.slice_types.join(', ')})`);
  }
  const range = parseRange(params);
  return { definition, grain, sliceType, bind: { grain, from: range.from, to: range.to, slice_type_out: sliceType } };
}

/** Periods that start between the start of `from`'s period and `to`: whole weeks and months on both paths. */
const rangeSql = (column: string) => `($from IS NULL OR ${column} >= date_trunc($grain, $from::DATE)::DATE) AND ($to IS NULL OR ${column} <= $to::DATE)`;

/**
 * Label the inner series; with `minEmployees` (an analyst's or employee's read, SPEC 11.2 note 1) a point resting on
 * fewer distinct employees answers value null and `suppressed: true` (the inner query then has an `employees` column).
 */
function labelled(ctx: QueryContext, inner: string, bind: Record<string, unknown>, minEmployees: number | null = null): Promise<MetricPoint[]> {
  const value = minEmployees === null ? 's.value' : `CASE WHEN s.employees < $min_employees THEN NULL ELSE s.value END AS value, s.employees < $min_employees AS suppressed`;
  return queryMetrics<MetricPoint>(
    ctx,
    `SELECT strftime(s.period, '%Y-%m-%d') AS period, $slice_type_out AS slice_type, s.slice,
            coalesce(e.name, s.slice) AS slice_label, ${value}, s.n
       FROM (${inner}) s
       LEFT JOIN dim_employees e ON $slice_type_out = 'employee' AND e.employee_id = s.slice
      ORDER BY s.slice, s.period`,
    minEmployees === null ? bind : { ...bind, min_employees: minEmployees }
  );
}

/** metric_grouped leaves out day × employee (see sql/metrics/40_metric_grouped.sql): those come from the facts. */
export const inLongTable = (grain: string, sliceType: string): boolean => !(grain === 'day' && sliceType === 'employee');

/** The series read from the precomputed long table (no filters; everyone in scope). */
export async function metricSeriesFromTable(ctx: QueryContext, params: MetricSeriesParams): Promise<MetricPoint[]> {
  if (isFiltered(ctx, {}) || params.slice_type === 'employee') return metricSeriesFromFacts(ctx, params); // access applies there
  const { definition, grain, sliceType, bind } = seriesRequest(params);
  if (!inLongTable(grain, sliceType)) throw new UserError(`slice_type: the long table has no ${grain} × ${sliceType} series; read it from the facts`);
  // metric_grouped read directly (what the metric_values view unpivots): one column pair, no unpivot of every metric.
  // The column names are the metric's allow-listed name, never user text.
  const inner = `SELECT period, slice, ${definition.name} AS value, ${definition.name}_n AS n FROM metric_grouped
                  WHERE source = $source AND grain = $grain AND slice_type = $slice_type_out AND slice IS NOT NULL AND period IS NOT NULL
                    AND ${rangeSql('period')}`;
  return labelled(ctx, inner, { ...bind, source: definition.source.table });
}

/** The series grouped from the facts with the metric's own expressions, under the filters and the caller's scope. */
export async function metricSeriesFromFacts(ctx: QueryContext, params: MetricSeriesParams): Promise<MetricPoint[]> {
  const { definition, grain, sliceType, bind } = seriesRequest(params);
  const conditions = factConditions(ctx, params, definition.source.hasChannel, definition.name, {
    perEmployee: sliceType === 'employee', byTeam: sliceType === 'team', param: 'slice_type'
  });
  const period = PERIOD_COLUMN[grain];
  const where = [definition.source.where ?? 'true', ...conditions.sql, rangeSql(period)];
  const minEmployees = suppressesSmallGroups(ctx.caller) && sliceType !== 'employee' ? ctx.warehouse.config.access.min_group_employees : null;
  const employees = minEmployees === null ? '' : ', count(DISTINCT employee_id) AS employees';
  const inner = `SELECT ${period} AS period, ${SLICE_COLUMN[sliceType]} AS slice, (${definition.value})::DOUBLE AS value, ${definition.n} AS n${employees}
                   FROM ${definition.source.table}
                  WHERE ${where.join(' AND ')}
                  GROUP BY ALL
                 HAVING slice IS NOT NULL AND period IS NOT NULL`;
  return labelled(ctx, inner, { ...bind, ...conditions.params }, minEmployees);
}

/**
 * One metric as a series: per period of the grain and per slice, within the range (see rangeSql). Unfiltered reads
 * come from metric_values; filtered ones (team, role, channel, employee, or a narrowed caller scope) and day × employee
 * from the facts.
 */
export async function metricSeries(ctx: QueryContext, params: MetricSeriesParams): Promise<MetricPoint[]> {
  return isFiltered(ctx, params) || !inLongTable(params.grain, params.slice_type)
    ? metricSeriesFromFacts(ctx, params)
    : metricSeriesFromTable(ctx, params);
}

/**
 * Several metrics' month × company series at once (the overview's KPIs). Unfiltered, one read of metric_grouped returns
 * every metric's column; otherwise each series is grouped from the facts, concurrently. Same answers as metricSeries.
 */
export async function companyMonthlySeries(
  ctx: QueryContext,
  metrics: readonly MetricName[],
  params: Omit<MetricSeriesParams, 'metric' | 'grain' | 'slice_type'>
): Promise<Map<MetricName, MetricPoint[]>> {
  const series = new Map<MetricName, MetricPoint[]>();
  if (isFiltered(ctx, params)) {
    const all = await Promise.all(metrics.map((metric) => metricSeries(ctx, { ...params, metric, grain: 'month', slice_type: 'company' })));
    metrics.forEach((metric, i) => series.set(metric, all[i]!));
    return series;
  }
  if (metrics.length === 0) return series;
  const range = parseRange(params);
  // Column names are the allow-listed metric names; the sources are the catalog's fact tables.
  const sources = [...new Set(metrics.map((metric) => CATALOG[metric].source.table))];
  const columns = metrics.map((metric) => `${metric}::DOUBLE AS ${metric}, ${metric}_n AS ${metric}_n`).join(', ');
  const rows = await queryMetrics<Record<string, string | number | null>>(
    ctx,
    `SELECT source, strftime(period, '%Y-%m-%d') AS period, ${columns}
       FROM metric_grouped
      WHERE grain = 'month' AND slice_type = 'company' AND slice IS NOT NULL AND period IS NOT NULL
        AND source IN (${sources.map((source) => `'${source}'`).join(', ')})
        AND ($from IS NULL OR period >= date_trunc('month', $from::DATE)::DATE) AND ($to IS NULL OR period <= $to::DATE)
      ORDER BY period`,
    { from: range.from, to: range.to }
  );
  for (const metric of metrics) {
    const source = CATALOG[metric].source.table;
    series.set(
      metric,
      rows
        .filter((row) => row.source === source)
        .map((row) => ({
          period: String(row.period), slice_type: 'company', slice: 'company', slice_label: 'company',
          value: row[metric] as number | null, n: Number(row[`${metric}_n`])
        }))
    );
  }
  return series;
}
