import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { anomalyDrilldown, anomalySeries, listAnomalies, listIncidents } from '../../queries/anomalies.js';
import { anomalyDays, anomalyFilters, anomalyListParams, anomalyMetric, anomalyRange, anomalySlice, anomalySliceType, limited } from '../../params/anomalies.js';
import { integer, isoDay } from '../params.js';
import { addRead } from '../read-route.js';
import type { Responder } from '../respond.js';

/** Anomalous days, incidents, a series with its band, and the records behind a day (the process monitor's page). */
export function registerAnomalyRoutes(app: OpenAPIHono, responder: Responder): void {
  addRead(app, responder, {
    path: '/anomalies',
    tag: 'anomalies',
    name: 'anomalies',
    summary: 'anomalous days {metric, slice_type, slice, day, value, expected, lower, upper, score, severity, direction}, newest first',
    tabular: true,
    query: anomalyListParams,
    run: async (ctx, { query }) => limited(await listAnomalies(ctx, anomalyFilters(query)), query.limit)
  });

  addRead(app, responder, {
    path: '/anomalies/incidents',
    tag: 'anomalies',
    name: 'incidents',
    summary: 'incidents: runs of consecutive anomalous days of one series, with their peak, newest first',
    tabular: true,
    query: anomalyListParams,
    run: async (ctx, { query }) => limited(await listIncidents(ctx, anomalyFilters(query)), query.limit)
  });

  const seriesQuery = z.object({ metric: anomalyMetric, slice_type: anomalySliceType, slice: anomalySlice.optional(), ...anomalyRange });
  addRead(app, responder, {
    path: '/anomalies/series',
    tag: 'anomalies',
    name: 'anomaly-series',
    summary: 'one daily series with its expected value and band, status (ok, insufficient_history, no_data) and flagged days',
    tabular: true,
    query: seriesQuery,
    run: (ctx, { query }) => anomalySeries(ctx, { metric: query.metric, slice_type: query.slice_type, ...(query.slice ? { slice: query.slice } : {}), ...anomalyDays(query) })
  });

  const drilldownQuery = z.object({ metric: anomalyMetric, slice_type: anomalySliceType, slice: anomalySlice.optional(), day: isoDay('the day'), limit: integer('at most this many records', 1, 100_000).optional() });
  const drilldown = (ctx: Parameters<typeof anomalyDrilldown>[0], query: z.infer<typeof drilldownQuery>) =>
    anomalyDrilldown(ctx, { metric: query.metric, slice_type: query.slice_type, day: query.day, ...(query.slice ? { slice: query.slice } : {}) });
  addRead(app, responder, {
    path: '/anomalies/drilldown',
    tag: 'anomalies',
    name: 'anomaly-drilldown',
    summary: 'the records behind one day of one series (sales, tickets, orders or CSAT responses) and the day in its series',
    tabular: false,
    query: drilldownQuery,
    run: async (ctx, { query }) => {
      const answer = await drilldown(ctx, query);
      return { ...answer, records_total: answer.records.length, records: limited(answer.records, query.limit) };
    }
  });

  addRead(app, responder, {
    path: '/anomalies/drilldown/records',
    tag: 'anomalies',
    name: 'anomaly-records',
    summary: 'the records behind one day of one series as a table (CSV-exportable)',
    tabular: true,
    query: drilldownQuery,
    run: async (ctx, { query }) => limited((await drilldown(ctx, query)).records, query.limit)
  });
}
