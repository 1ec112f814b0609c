import type { OpenAPIHono } from '@hono/zod-openapi';
import { channels } from '../../queries/channels.js';
import { metricCatalog, metricSeries } from '../../queries/metrics.js';
import { kpiTiles, monthlyTrends } from '../../queries/trends.js';
import { kpisParams, metricSeriesParams, trendsParams, withSeriesDefaults } from '../../params/metrics.js';
import { addRead } from '../read-route.js';
import { channelRowSchema, kpiTileSchema, trendRowSchema } from '../../../shared/answers.js';
import type { Responder } from '../respond.js';

export { employeeFilter, filters, range } from '../../params/metrics.js';

/** The metric explorer, monthly trends and the overview's KPI tiles. */
export function registerMetricRoutes(app: OpenAPIHono, responder: Responder): void {
  addRead(app, responder, {
    path: '/metrics',
    tag: 'metrics',
    name: 'metrics',
    summary: 'one metric as a series: per period of the grain and per slice, within the range, under the filters',
    tabular: true,
    query: metricSeriesParams,
    run: (ctx, { query }) => metricSeries(ctx, withSeriesDefaults(query))
  });

  addRead(app, responder, {
    path: '/metrics/catalog',
    tag: 'metrics',
    name: 'metric-catalog',
    summary: 'the metrics the explorer offers: name, labels, unit, direction, grains and slice types',
    tabular: true,
    run: async () => metricCatalog()
  });

  addRead(app, responder, {
    path: '/channels',
    tag: 'metrics',
    name: 'channels',
    summary: "the channels in the data, with their tickets and (not cancelled) sales: the channel filter's choices",
    tabular: true,
    schema: channelRowSchema,
    run: (ctx) => channels(ctx)
  });

  addRead(app, responder, {
    path: '/trends',
    tag: 'metrics',
    name: 'trends',
    summary: 'company KPIs per month with targets, attainment, month-over-month and year-over-year deltas',
    tabular: true,
    schema: trendRowSchema,
    query: trendsParams,
    run: (ctx, { query }) => monthlyTrends(ctx, query)
  });

  addRead(app, responder, {
    path: '/kpis',
    tag: 'metrics',
    name: 'kpis',
    summary: "the overview's tiles for one month: each KPI with target, deltas and the twelve months up to it",
    tabular: true,
    schema: kpiTileSchema,
    query: kpisParams,
    run: (ctx, { query }) => kpiTiles(ctx, query)
  });
}
