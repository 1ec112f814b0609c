import type { PageServerLoad } from './$types.js';
import { apiClient, apiUrl, rowsOf, settle } from '$lib/shared/api/client.js';
import type { operations } from '$lib/shared/api/schema.js';
import { filtersToApiParams, parseFilters } from '$lib/shared/url-state.js';

type MetricQuery = operations['getMetrics']['parameters']['query'];
const GRAINS = ['day', 'week', 'month'] as const;
const SLICES = ['company', 'team', 'channel', 'employee'] as const;
const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined => values.find((v) => v === value);

/** The analyst's page: any metric of the catalog by any dimension and grain, under the global filters. */
export const load: PageServerLoad = async ({ fetch, url }) => {
  const api = apiClient(fetch, url.origin);
  const catalog = await settle(api.GET('/api/metrics/catalog'));
  const metrics = rowsOf<{ metric: MetricQuery['metric']; slice_types: string[] }>(catalog);
  const search = url.searchParams;
  const metric = metrics.find((m) => m.metric === search.get('metric'))?.metric ?? metrics[0]?.metric ?? 'sales_amount';
  const allowed: readonly string[] = metrics.find((m) => m.metric === metric)?.slice_types ?? SLICES;
  const sliceType = allowed.includes(search.get('dimension') ?? '') ? (oneOf(SLICES, search.get('dimension')) ?? 'company') : 'company';
  const grain = oneOf(GRAINS, search.get('grain')) ?? 'month';
  const filters = filtersToApiParams(parseFilters(search));
  // Orders carry no channel: a channel filter cannot apply to them (the API says so; the page says it in words).
  const query: MetricQuery = { metric, grain, slice_type: sliceType, ...filters };
  const series = await settle(api.GET('/api/metrics', { params: { query } }));
  // Daily charts shade the work calendar's holidays and make-up days over the series' span (issue 15).
  const days = grain === 'day' ? rowsOf<{ period: string }>(series).map((r) => String(r.period).slice(0, 10)).sort() : [];
  const calendar = days.length ? await settle(api.GET('/api/calendar/days', { params: { query: { from: days[0], to: days.at(-1) } } })) : { ok: true as const, data: [] };
  return { catalog, metric, sliceType, grain, series, calendar, csv: apiUrl('metrics', { ...query, format: 'csv' }) };
};
