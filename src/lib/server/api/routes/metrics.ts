import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { ROLES } from '../../../config/indicators.js';
import { channels } from '../../queries/channels.js';
import { GRAINS, METRIC_NAMES, SLICE_TYPES, metricCatalog, metricSeries } from '../../queries/metrics.js';
import { kpiTiles, monthlyTrends } from '../../queries/trends.js';
import { dayOrMonth, isoMonth, oneOf, text } from '../params.js';
import { addRead } from '../read-route.js';
import { channelRowSchema, kpiTileSchema, trendRowSchema } from '../../../shared/answers.js';
import type { Responder } from '../respond.js';

/** The filters every metric read takes (SPEC section 6: date range, team, role, channel). */
export const filters = {
  team: text('only this team', 100).optional(),
  role: oneOf(ROLES, 'only this role').optional(),
  channel: text('only this channel (phone, chat, email, ...); facts without a channel reject it', 50, 'phone').optional()
};
export const range = {
  from: dayOrMonth('first day (a month means its first day)').optional(),
  to: dayOrMonth('last day (a month means its last day)').optional()
};
export const employeeFilter = text('only this employee, by id', 64, 'E001').optional();

/** The metric explorer, monthly trends and the overview's KPI tiles. */
export function registerMetricRoutes(app: OpenAPIHono, responder: Responder): void {
  addRead(app, responder, {
    path: '/metrics',
    tag: 'metrics',
    name: 'metrics',
    summary: 'one metric as a series: per period of the grain and per slice, within the range, under the filters',
    tabular: true,
    query: z.object({
      metric: oneOf(METRIC_NAMES as [string, ...string[]], 'the metric (see /api/metrics/catalog)'),
      grain: oneOf(GRAINS, 'period length (default month)').optional(),
      slice_type: oneOf(SLICE_TYPES, 'one series per company, team, channel or employee (default company)').optional(),
      ...range,
      ...filters,
      employee: employeeFilter
    }),
    run: (ctx, { query }) => metricSeries(ctx, { ...query, grain: query.grain ?? 'month', slice_type: query.slice_type ?? 'company' })
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
    query: z.object({ ...range, ...filters }),
    run: (ctx, { query }) => monthlyTrends(ctx, query)
  });

  addRead(app, responder, {
    path: '/kpis',
    tag: 'metrics',
    name: 'kpis',
    summary: "the overview's tiles for one month: each KPI with target, deltas and the twelve months up to it",
    tabular: true,
    schema: kpiTileSchema,
    query: z.object({ month: isoMonth('the month shown'), ...filters }),
    run: (ctx, { query }) => kpiTiles(ctx, query)
  });
}
