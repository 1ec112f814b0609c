import type { PageServerLoad } from './$types.js';
import { apiGet, apiUrl, rowsOf } from '$lib/shared/api/client.js';
import { filtersToApiParams, parseFilters } from '$lib/shared/url-state.js';

const GRAINS = ['day', 'week', 'month'];
const SLICES = ['company', 'team', 'channel', 'employee'];

/** The analyst's page: any metric of the catalog by any dimension and grain, under the global filters. */
export const load: PageServerLoad = async ({ fetch, url }) => {
  const catalog = await apiGet(fetch, 'metrics/catalog');
  const metrics = rowsOf<{ metric: string; slice_types: string[] }>(catalog);
  const search = url.searchParams;
  const metric = metrics.find((m) => m.metric === search.get('metric'))?.metric ?? metrics[0]?.metric ?? 'sales_amount';
  const allowed = metrics.find((m) => m.metric === metric)?.slice_types ?? SLICES;
  const sliceType = allowed.includes(search.get('dimension') ?? '') ? search.get('dimension')! : 'company';
  const grain = GRAINS.includes(search.get('grain') ?? '') ? search.get('grain')! : 'month';
  const filters = filtersToApiParams(parseFilters(search));
  // Orders carry no channel: a channel filter cannot apply to them (the API says so; the page says it in words).
  const query = { metric, grain, slice_type: sliceType, ...filters };
  const series = await apiGet(fetch, 'metrics', query);
  // Daily charts shade the work calendar's holidays and make-up days over the series' span (issue 15).
  const days = grain === 'day' ? rowsOf<{ period: string }>(series).map((r) => String(r.period).slice(0, 10)).sort() : [];
  const calendar = days.length ? await apiGet(fetch, 'calendar/days', { from: days[0], to: days.at(-1) }) : { ok: true as const, data: [] };
  return { catalog, metric, sliceType, grain, series, calendar, csv: apiUrl('metrics', { ...query, format: 'csv' }) };
};
