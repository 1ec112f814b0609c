import type { QueryContext } from '../context.js';
import { attainmentPct } from '../../shared/attainment.js';
import { readSql } from '../paths.js';
import type { z } from 'zod';
import type { trendRowSchema } from '../../shared/answers.js';
import { addMonths, factConditions, filterText, parseMonthStart, parseRange, queryMetrics } from './metric-params.js';
import { companyMonthlySeries, METRICS, METRIC_NAMES, type MetricName, type MetricUnit } from './metrics.js';

/** The company KPIs leadership follows month by month (the catalog's `trend` metrics), in catalog order. */
export const TREND_KPIS: readonly MetricName[] = METRIC_NAMES.filter((name) => METRICS[name].trend);
/** The overview's tiles: the catalog's `tile` metrics. */
export const TILE_KPIS: readonly MetricName[] = METRIC_NAMES.filter((name) => METRICS[name].tile);
export type TrendKpi = MetricName;

/** The KPIs with a monthly target summed from fct_targets, and its column (from the catalog, never user input). */
const TARGET_COLUMN: Partial<Record<MetricName, string>> = Object.fromEntries(
  METRIC_NAMES.flatMap((name) => {
    const target = METRICS[name].target;
    return target && 'column' in target ? [[name, target.column]] : [];
  })
);

export interface TrendParams {
  from?: string | undefined;
  to?: string | undefined;
  team?: string | undefined;
  role?: string | undefined;
  channel?: string | undefined;
}

/** A row of GET /api/trends: the shared answer schema (the route declares it), with the metric and unit narrowed. */
export type TrendRow = Omit<z.infer<typeof trendRowSchema>, 'metric' | 'unit'> & { metric: TrendKpi; unit: MetricUnit; [key: string]: unknown };

/** A row of sql/metrics/queries/trend_deltas.sql. */
type DeltaRow = Pick<TrendRow, 'month' | 'metric' | 'value' | 'n' | 'previous_month' | 'previous_year' | 'mom_delta' | 'mom_pct' | 'yoy_delta' | 'yoy_pct'>;

/** Targets per month summed over the employees the filters and the caller's scope keep (none under a channel filter). */
async function monthlyTargets(ctx: QueryContext, params: TrendParams): Promise<Map<string, Record<string, number | null>>> {
  const byMonth = new Map<string, Record<string, number | null>>();
  const targeted = Object.entries(TARGET_COLUMN);
  if (filterText(params.channel) !== null || targeted.length === 0) return byMonth;
  const conditions = factConditions(ctx, { team: params.team, role: params.role }, false, 'targets');
  // column and alias names are the catalog's (metric names and fct_targets columns), not user input
  const sums = targeted.map(([metric, column]) => `sum(${column})::DOUBLE AS ${metric}`).join(', ');
  const rows = await queryMetrics<Record<string, string | number | null>>(
    ctx,
    `SELECT strftime(month, '%Y-%m-%d') AS month, ${sums}
       FROM fct_targets WHERE ${['true', ...conditions.sql].join(' AND ')} GROUP BY month`,
    conditions.params
  );
  for (const row of rows) {
    byMonth.set(String(row.month), Object.fromEntries(targeted.map(([metric]) => [metric, row[metric] as number | null])));
  }
  return byMonth;
}

/**
 * Per month (first day, YYYY-MM-DD) and KPI: the company value under the filters, its target where one exists (the
 * summed employee targets for sales, profit and new customers; the policy's csat_target for CSAT),
 * attainment, and the change against the month before and the same month a year before. A channel filter drops the
 * order KPI (orders have no channel) and the targets (they are not set per channel). Months without data read null.
 */
export async function monthlyTrends(ctx: QueryContext, params: TrendParams): Promise<TrendRow[]> {
  const range = parseRange(params);
  const fromMonth = range.from ? range.from.slice(0, 8) + '01' : null;
  const toMonth = range.to ? range.to.slice(0, 8) + '01' : null;
  const channel = filterText(params.channel);
  const kpis = TREND_KPIS.filter((kpi) => channel === null || METRICS[kpi].source.hasChannel);

  // The series and the targets are independent reads: run them at once, each on its own pooled connection.
  const [allSeries, targets] = await Promise.all([
    companyMonthlySeries(ctx, kpis, {
      from: fromMonth ? addMonths(fromMonth, -12) : undefined, to: range.to ?? undefined,
      team: params.team, role: params.role, channel: params.channel
    }),
    monthlyTargets(ctx, params)
  ]);
  const points = kpis.flatMap((kpi) => allSeries.get(kpi)!.map((p) => ({ metric: kpi, month: p.period, value: p.value, n: p.n })));
  // The month spine, the bases and the deltas are SQL (lag over the spine); the targets and attainment are added here.
  const deltas = await queryMetrics<DeltaRow>(ctx, readSql('metrics/queries/trend_deltas.sql'), {
    metrics: JSON.stringify(kpis), points: JSON.stringify(points), target_months: JSON.stringify([...targets.keys()]),
    from_month: fromMonth, to_month: toMonth
  });
  return deltas.map((row) => {
    const definition = METRICS[row.metric];
    // A policy target (CSAT's csat_target) is the same for every month and slice.
    const declared = definition.target;
    const target = !declared ? null : 'column' in declared ? (targets.get(row.month)?.[row.metric] ?? null) : ctx.warehouse.config.appraisal[declared.config];
    return {
      month: row.month,
      metric: row.metric,
      label: definition.label.en,
      label_zh: definition.label.zh,
      unit: definition.unit,
      higher_is_better: definition.higher_is_better,
      value: row.value,
      n: row.n,
      target,
      attainment_pct: attainmentPct(row.value, target),
      previous_month: row.previous_month,
      previous_year: row.previous_year,
      mom_delta: row.mom_delta,
      mom_pct: row.mom_pct,
      yoy_delta: row.yoy_delta,
      yoy_pct: row.yoy_pct
    };
  });
}

export interface KpiTile extends TrendRow {
  spark: Array<{ month: string; value: number | null }>;
}

/** The overview's tiles for one month: each KPI with its target, deltas and the twelve months up to it. */
export async function kpiTiles(ctx: QueryContext, params: { month: string } & Omit<TrendParams, 'from' | 'to'>): Promise<KpiTile[]> {
  const month = parseMonthStart(params.month);
  const trend = await monthlyTrends(ctx, { ...params, from: addMonths(month, -11).slice(0, 7), to: month.slice(0, 7) });
  const kpis = [...new Set(trend.map((row) => row.metric))].filter((kpi) => TILE_KPIS.includes(kpi));
  const emptyTile = (kpi: TrendKpi): TrendRow => ({
    month, metric: kpi, label: METRICS[kpi].label.en, label_zh: METRICS[kpi].label.zh, unit: METRICS[kpi].unit,
    higher_is_better: METRICS[kpi].higher_is_better, value: null, n: 0, target: null, attainment_pct: null,
    previous_month: null, previous_year: null,
    mom_delta: null, mom_pct: null, yoy_delta: null, yoy_pct: null
  });
  const channel = filterText(params.channel);
  const shown = kpis.length ? kpis : TILE_KPIS.filter((kpi) => channel === null || METRICS[kpi].source.hasChannel);
  return shown.map((kpi) => {
    const rows = trend.filter((row) => row.metric === kpi);
    const current = rows.find((row) => row.month === month) ?? emptyTile(kpi);
    return { ...current, spark: rows.map((row) => ({ month: row.month, value: row.value })) };
  });
}
