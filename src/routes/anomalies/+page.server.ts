import type { PageServerLoad } from './$types.js';
import { apiClient, rowsOf, settle, type ApiResult } from '$lib/shared/api/client.js';
import type { operations } from '$lib/shared/api/schema.js';
import { parseFilters } from '$lib/shared/url-state.js';
import { loadAlerts } from './alerts-load.js';

const SEVERITY_RANK: Record<string, number> = { high: 3, medium: 2, low: 1 };
/** The URL's values as given: an unknown metric or slice type is the API's to refuse, in words the page shows. */
type SeriesQuery = operations['getAnomaliesSeries']['parameters']['query'];
type ListQuery = NonNullable<operations['getAnomaliesIncidents']['parameters']['query']>;

/** The monitor's page: incidents by severity; the chosen series with its band; the records behind a chosen day. */
export const load: PageServerLoad = async ({ fetch, url }) => {
  const search = url.searchParams;
  const api = apiClient(fetch, url.origin);
  const alerts = loadAlerts(fetch, url); // the alert rules and log (issue 17), read beside the incidents
  const filters = parseFilters(search);
  const metric = (search.get('metric') || undefined) as ListQuery['metric'];
  const severity = (search.get('severity') || undefined) as ListQuery['severity'];
  const incidents = await settle(api.GET('/api/anomalies/incidents', { params: { query: { from: filters.from ?? undefined, to: filters.to ?? undefined, metric, severity } } }));
  const list = rowsOf<Record<string, unknown>>(incidents).sort(
    (a, b) =>
      (SEVERITY_RANK[String(b.peak_severity ?? b.severity)] ?? 0) - (SEVERITY_RANK[String(a.peak_severity ?? a.severity)] ?? 0) ||
      String(b.end_day ?? b.last_day ?? '').localeCompare(String(a.end_day ?? a.last_day ?? ''))
  );
  // The series shown: the one in the URL, else the most severe recent incident's.
  const top = list[0];
  const chosen = {
    metric: search.get('s_metric') || (top ? String(top.metric) : metric ?? null),
    slice_type: search.get('slice_type') || (top ? String(top.slice_type) : null),
    slice: search.get('slice') || (top ? String(top.slice) : null)
  };
  const day = search.get('day') || (search.get('slice') ? null : top ? String(top.peak_day ?? top.start_day ?? '') || null : null);
  const none: ApiResult<unknown> = { ok: true, data: [] };
  const ready = chosen.metric && chosen.slice_type && chosen.slice;
  const [series, days, drilldown] = await Promise.all([
    ready ? settle(api.GET('/api/anomalies/series', { params: { query: { ...seriesKey(chosen), from: filters.from ?? undefined, to: filters.to ?? undefined } } })) : none,
    ready ? settle(api.GET('/api/anomalies', { params: { query: { ...seriesKey(chosen), from: filters.from ?? undefined, to: filters.to ?? undefined } } })) : none,
    ready && day ? settle(api.GET('/api/anomalies/drilldown', { params: { query: { ...seriesKey(chosen), day, limit: 200 } } })) : none
  ]);
  return { incidents: { ...incidents, data: incidents.ok ? list : null } as ApiResult<unknown>, chosen, day, series, days, drilldown, severity: severity ?? null, metricFilter: metric ?? null, alerts: await alerts };
};

/** The chosen series as the API's query (checked present by `ready`). */
const seriesKey = (chosen: { metric: string | null; slice_type: string | null; slice: string | null }) =>
  ({ metric: chosen.metric!, slice_type: chosen.slice_type!, slice: chosen.slice! }) as Pick<SeriesQuery, 'metric' | 'slice_type' | 'slice'>;
