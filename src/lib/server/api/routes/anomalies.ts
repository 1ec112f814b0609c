import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { ANOMALY_METRICS, ANOMALY_SLICE_TYPES, SEVERITIES, anomalyDrilldown, anomalySeries, listAnomalies, listIncidents, type AnomalyFilters } from '../../queries/anomalies.js';
import { parseDay } from '../../queries/metric-params.js';
import { dayOrMonth, integer, isoDay, oneOf, text } from '../params.js';
import { addRead } from '../read-route.js';
import type { Responder } from '../respond.js';

const range = {
  from: dayOrMonth('first day (a month means its first day)').optional(),
  to: dayOrMonth('last day (a month means its last day)').optional()
};
const metric = oneOf(ANOMALY_METRICS, 'one watched metric');
const sliceType = oneOf(ANOMALY_SLICE_TYPES, 'company, team or channel');
const slice = text('the team or channel (not needed for company)', 100);
const listQuery = z.object({
  ...range,
  metric: metric.optional(),
  slice_type: sliceType.optional(),
  slice: slice.optional(),
  team: text('the global team filter: this team\'s series (when slice_type/slice are not given)', 100).optional(),
  channel: text('the global channel filter: this channel\'s series (when neither slice nor team is given)', 50).optional(),
  min_severity: oneOf(SEVERITIES, 'lowest severity listed (default low)').optional(),
  severity: oneOf(SEVERITIES, 'same as min_severity').optional(),
  limit: integer('at most this many rows', 1, 10_000).optional()
});
type ListQuery = z.infer<typeof listQuery>;

/** Days as the anomaly reads want them: a month in `from`/`to` means its first/last day. */
function days(query: { from?: string | undefined; to?: string | undefined }): { from?: string; to?: string } {
  const from = parseDay(query.from, 'from', 'start');
  const to = parseDay(query.to, 'to', 'end');
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** The API's filters onto the reads' own: an explicit slice wins, else the dashboard's team, else its channel. */
function anomalyFilters(query: ListQuery): AnomalyFilters {
  const filters: AnomalyFilters = { ...days(query) };
  if (query.metric) filters.metric = query.metric;
  const severity = query.min_severity ?? query.severity;
  if (severity) filters.min_severity = severity;
  if (query.slice_type || query.slice) {
    if (query.slice_type) filters.slice_type = query.slice_type;
    if (query.slice) filters.slice = query.slice;
  } else if (query.team) Object.assign(filters, { slice_type: 'team', slice: query.team });
  else if (query.channel) Object.assign(filters, { slice_type: 'channel', slice: query.channel });
  return filters;
}

const limited = <T>(rows: T[], limit: number | undefined): T[] => (limit === undefined ? rows : rows.slice(0, limit));

/** Anomalous days, incidents, a series with its band, and the records behind a day (the process monitor's page). */
export function registerAnomalyRoutes(app: OpenAPIHono, responder: Responder): void {
  addRead(app, responder, {
    path: '/anomalies',
    tag: 'anomalies',
    name: 'anomalies',
    summary: 'anomalous days {metric, slice_type, slice, day, value, expected, lower, upper, score, severity, direction}, newest first',
    tabular: true,
    query: listQuery,
    run: async (ctx, { query }) => limited(await listAnomalies(ctx, anomalyFilters(query)), query.limit)
  });

  addRead(app, responder, {
    path: '/anomalies/incidents',
    tag: 'anomalies',
    name: 'incidents',
    summary: 'incidents: runs of consecutive anomalous days of one series, with their peak, newest first',
    tabular: true,
    query: listQuery,
    run: async (ctx, { query }) => limited(await listIncidents(ctx, anomalyFilters(query)), query.limit)
  });

  const seriesQuery = z.object({ metric, slice_type: sliceType, slice: slice.optional(), ...range });
  addRead(app, responder, {
    path: '/anomalies/series',
    tag: 'anomalies',
    name: 'anomaly-series',
    summary: 'one daily series with its expected value and band, status (ok, insufficient_history, no_data) and flagged days',
    tabular: true,
    query: seriesQuery,
    run: (ctx, { query }) => anomalySeries(ctx, { metric: query.metric, slice_type: query.slice_type, ...(query.slice ? { slice: query.slice } : {}), ...days(query) })
  });

  const drilldownQuery = z.object({ metric, slice_type: sliceType, slice: slice.optional(), day: isoDay('the day'), limit: integer('at most this many records', 1, 100_000).optional() });
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
