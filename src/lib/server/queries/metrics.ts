import { suppressesSmallGroups } from '../access/scope.js';
import type { QueryContext } from '../context.js';
import { UserError } from '../warehouse/errors.js';
import { factConditions, filterText, parseRange, queryMetrics, type FactFilters } from './metric-params.js';

/**
 * The metric explorer's allow-list: every metric of SPEC section 3, the fact it is computed from and its value and
 * record-count expressions. The expressions call the metric_* macros of sql/metrics/01_metric_definitions.sql (the one
 * definition of each metric); sql/metrics/40_metric_values.sql precomputes the same expressions for unfiltered reads.
 */

export const GRAINS = ['day', 'week', 'month'] as const;
export type Grain = (typeof GRAINS)[number];
export const SLICE_TYPES = ['company', 'team', 'channel', 'employee'] as const;
export type SliceType = (typeof SLICE_TYPES)[number];

export type MetricUnit = 'currency' | 'count' | 'percent' | 'ratio' | 'minutes' | 'hours';

/** A fact table the metrics group, and whether its rows carry a channel. */
interface FactSource {
  table: string;
  hasChannel: boolean;
  /** Its rows' `source` in metric_grouped (sql/metrics/40_metric_values.sql). */
  grouped: string;
  /** Rows that belong to no period (an order never received) are left out. */
  where?: string;
}

const SOURCES = {
  sales: { table: 'fct_sales', hasChannel: true, grouped: 'sales' },
  newCustomers: { table: 'fct_new_customers', hasChannel: true, grouped: 'new_customers' },
  csat: { table: 'fct_csat', hasChannel: true, grouped: 'csat' },
  tickets: { table: 'fct_tickets', hasChannel: true, grouped: 'tickets' },
  orders: { table: 'fct_orders', hasChannel: false, grouped: 'orders', where: 'local_day IS NOT NULL' },
  slaItems: { table: 'fct_sla_items', hasChannel: true, grouped: 'sla_items' }
} satisfies Record<string, FactSource>;

export interface MetricDefinition {
  label: string;
  label_zh: string;
  unit: MetricUnit;
  higher_is_better: boolean;
  description: string;
  source: FactSource;
  value: string;
  n: string;
  grains: readonly Grain[];
  slice_types: readonly SliceType[];
}

const ALL_SLICES = SLICE_TYPES;
const NO_CHANNEL: readonly SliceType[] = ['company', 'team', 'employee'];

function metric(
  label: string,
  label_zh: string,
  unit: MetricUnit,
  higher_is_better: boolean,
  source: FactSource,
  value: string,
  n: string,
  description: string
): MetricDefinition {
  return { label, label_zh, unit, higher_is_better, description, source, value, n, grains: GRAINS, slice_types: source.hasChannel ? ALL_SLICES : NO_CHANNEL };
}

const salesN = 'metric_sales_n(cancelled)';
const answered = 'metric_first_response_n(first_response_minutes)';
const judged = 'metric_sla_judged(sla_status)';
const ordersN = 'metric_orders(cancelled, received_at)';

export const METRICS = {
  sales_amount: metric('Sales amount', '销售额', 'currency', true, SOURCES.sales, 'metric_sales_amount(amount, cancelled)', salesN,
    'Sum of sales by day of sold_at; cancelled orders excluded'),
  profit: metric('Profit', '利润', 'currency', true, SOURCES.sales, 'metric_profit(profit, cancelled)', salesN,
    'Sum of profit by day of sold_at; cancelled orders excluded'),
  orders: metric('Orders', '订单数', 'count', true, SOURCES.orders, ordersN, ordersN,
    'Orders received (not cancelled), credited to the seller'),
  new_customers: metric('New customers', '新客户数', 'count', true, SOURCES.newCustomers, 'metric_new_customers(customer_id)', 'metric_new_customers(customer_id)',
    "Customers whose first non-cancelled sale ever falls in the period, credited to that sale's employee"),
  new_customer_amount_90d: metric('New customers: 90-day amount', '新客户90天金额', 'currency', true, SOURCES.newCustomers,
    'metric_new_customer_amount_90d(amount_90d)', 'metric_new_customers(customer_id)',
    "New customers' sales in [first sale, first sale + 90 days)"),
  csat_pct: metric('CSAT', '客户满意度', 'percent', true, SOURCES.csat, 'metric_csat_pct(satisfied)', 'metric_csat_responses(satisfied)',
    'Share of responses scoring 4 or 5; no value below the minimum number of responses'),
  csat_responses: metric('CSAT responses', '满意度回复数', 'count', true, SOURCES.csat, 'metric_csat_responses(satisfied)', 'metric_csat_responses(satisfied)',
    'Number of CSAT responses'),
  first_response_p50_minutes: metric('First response p50', '首次响应中位数', 'minutes', false, SOURCES.tickets,
    'metric_first_response_p50_minutes(first_response_minutes)', answered, 'Median minutes to first response, by day of created_at'),
  first_response_p90_minutes: metric('First response p90', '首次响应P90', 'minutes', false, SOURCES.tickets,
    'metric_first_response_p90_minutes(first_response_minutes)', answered, '90th percentile of minutes to first response'),
  first_response_mean_minutes: metric('First response mean', '首次响应均值', 'minutes', false, SOURCES.tickets,
    'metric_first_response_mean_minutes(first_response_minutes)', answered, 'Mean minutes to first response'),
  tickets: metric('Tickets', '工单数', 'count', true, SOURCES.tickets, 'metric_tickets(ticket_id)', 'metric_tickets(ticket_id)',
    'Tickets created, answered or not'),
  resolution_p50_hours: metric('Resolution p50', '解决时长中位数', 'hours', false, SOURCES.tickets,
    'metric_resolution_p50_hours(resolution_hours)', 'metric_resolution_n(resolution_hours)', 'Median hours from creation to resolution'),
  resolution_mean_hours: metric('Resolution mean', '解决时长均值', 'hours', false, SOURCES.tickets,
    'metric_resolution_mean_hours(resolution_hours)', 'metric_resolution_n(resolution_hours)', 'Mean hours from creation to resolution'),
  sla_breach_rate: metric('Response SLA breach rate', '响应超时率', 'ratio', false, SOURCES.tickets, 'metric_sla_breach_rate(sla_status)', judged,
    'Breaches / (within + breach); pending tickets count neither way'),
  response_sla_pct: metric('Response SLA', '响应达标率', 'percent', true, SOURCES.tickets, 'metric_response_sla_pct(sla_status)', judged,
    '100 × within / (within + breach)'),
  order_cycle_p50_hours: metric('Order cycle p50', '订单周期中位数', 'hours', false, SOURCES.orders,
    'metric_order_cycle_p50_hours(cycle_hours)', 'metric_order_cycle_n(cycle_hours)', 'Median hours received → delivered, by day received'),
  order_cycle_p90_hours: metric('Order cycle p90', '订单周期P90', 'hours', false, SOURCES.orders,
    'metric_order_cycle_p90_hours(cycle_hours)', 'metric_order_cycle_n(cycle_hours)', '90th percentile of hours received → delivered'),
  order_sla_pct: metric('Order SLA', '订单达标率', 'percent', true, SOURCES.orders, 'metric_order_sla_pct(sla_status)', judged,
    '100 × orders within the cycle limit / (within + breach)'),
  orders_pending: metric('Orders pending', '待完成订单', 'count', false, SOURCES.orders, 'metric_orders_pending(sla_status)', ordersN,
    'Undelivered orders whose cycle limit has not passed yet'),
  process_compliance_pct: metric('Process compliance', '流程合规率', 'percent', true, SOURCES.slaItems, 'metric_process_compliance_pct(sla_status)', judged,
    '100 × (tickets + orders within SLA) / (within + breach)')
} satisfies Record<string, MetricDefinition>;

export type MetricName = keyof typeof METRICS;
export const METRIC_NAMES = Object.keys(METRICS) as MetricName[];

/** The allow-list as the API and dashboard show it (no SQL). */
export function metricCatalog(): Array<{ metric: MetricName; label: string; label_zh: string; unit: MetricUnit; higher_is_better: boolean; description: string; grains: readonly Grain[]; slice_types: readonly SliceType[] }> {
  return METRIC_NAMES.map((name) => {
    const { label, label_zh, unit, higher_is_better, description, grains, slice_types } = METRICS[name];
    return { metric: name, label, label_zh, unit, higher_is_better, description, grains, slice_types };
  });
}

export function requireMetric(name: unknown): MetricDefinition & { name: MetricName } {
  if (typeof name !== 'string' || !Object.hasOwn(METRICS, name)) {
    throw new UserError(`metric: unknown metric "${String(name ?? '')}" (known: ${METRIC_NAMES.join(', ')})`);
  }
  return { ...METRICS[name as MetricName], name: name as MetricName };
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

type SeriesRequest = { definition: MetricDefinition & { name: MetricName }; grain: Grain; sliceType: SliceType; bind: Record<string, unknown> };

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

/** metric_values leaves out day × employee (see sql/metrics/40_metric_values.sql): those come from the facts. */
export const inLongTable = (grain: string, sliceType: string): boolean => !(grain === 'day' && sliceType === 'employee');

/** The series read from the precomputed long table (no filters; everyone in scope). */
export async function metricSeriesFromTable(ctx: QueryContext, params: MetricSeriesParams): Promise<MetricPoint[]> {
  if (isFiltered(ctx, {}) || params.slice_type === 'employee') return metricSeriesFromFacts(ctx, params); // access applies there
  const { definition, grain, sliceType, bind } = seriesRequest(params);
  if (!inLongTable(grain, sliceType)) throw new UserError(`slice_type: the long table has no ${grain} × ${sliceType} series; read it from the facts`);
  // metric_grouped read directly (what the metric_values view unpivots): planning the view's twenty branches costs more
  // than the read itself. The column names are the metric's allow-listed name, never user text.
  const inner = `SELECT period, slice, ${definition.name} AS value, ${definition.name}_n AS n FROM metric_grouped
                  WHERE source = $source AND grain = $grain AND slice_type = $slice_type_out AND slice IS NOT NULL AND period IS NOT NULL
                    AND ${rangeSql('period')}`;
  return labelled(ctx, inner, { ...bind, source: definition.source.grouped });
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
  // Column names are the allow-listed metric names; the sources are fixed strings of SOURCES.
  const sources = [...new Set(metrics.map((metric) => METRICS[metric].source.grouped))];
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
    const source = METRICS[metric].source.grouped;
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
