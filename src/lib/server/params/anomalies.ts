import { z } from '@hono/zod-openapi';
import { ANOMALY_METRICS } from '../../catalog/metrics.js';
import { ANOMALY_SLICE_TYPES, SEVERITIES, type AnomalyFilters } from '../queries/anomalies.js';
import { parseDay } from '../queries/metric-params.js';
import { dayOrMonth, integer, oneOf, text } from './fields.js';

/** The anomaly lists' parameters: GET /api/anomalies, /api/anomalies/incidents and `opscore anomalies [--incidents]`. */

export const anomalyRange = {
  from: dayOrMonth('first day (a month means its first day)').optional(),
  to: dayOrMonth('last day (a month means its last day)').optional()
};
export const anomalyMetric = oneOf(ANOMALY_METRICS, 'one watched metric');
export const anomalySliceType = oneOf(ANOMALY_SLICE_TYPES, 'company, team or channel');
export const anomalySlice = text('the team or channel (not needed for company)', 100);

/** Anomalous days or incidents (CLI: --from, --to, --metric, --slice type[:value] → slice_type, slice, --min-severity, --limit). */
export const anomalyListParams = z.object({
  ...anomalyRange,
  metric: anomalyMetric.optional(),
  slice_type: anomalySliceType.optional(),
  slice: anomalySlice.optional(),
  team: text('the global team filter: this team\'s series (when slice_type/slice are not given)', 100).optional(),
  channel: text('the global channel filter: this channel\'s series (when neither slice nor team is given)', 50).optional(),
  min_severity: oneOf(SEVERITIES, 'lowest severity listed (default low)').optional(),
  severity: oneOf(SEVERITIES, 'same as min_severity').optional(),
  limit: integer('at most this many rows', 1, 10_000).optional()
});
export type AnomalyListParams = z.infer<typeof anomalyListParams>;

/** Days as the anomaly reads want them: a month in `from`/`to` means its first/last day. */
export function anomalyDays(query: { from?: string | undefined; to?: string | undefined }): { from?: string; to?: string } {
  const from = parseDay(query.from, 'from', 'start');
  const to = parseDay(query.to, 'to', 'end');
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** The list parameters onto the reads' own filters: an explicit slice wins, else the dashboard's team, else its channel. */
export function anomalyFilters(query: AnomalyListParams): AnomalyFilters {
  const filters: AnomalyFilters = { ...anomalyDays(query) };
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

/** At most `limit` rows (the lists' `limit`). */
export const limited = <T>(rows: T[], limit: number | undefined): T[] => (limit === undefined ? rows : rows.slice(0, limit));
