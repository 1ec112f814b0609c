import type { PageServerLoad } from './$types.js';
import { apiClient, rowsOf, settle, type ApiResult } from '$lib/shared/api/client.js';
import { filtersToApiParams, monthParam, parseFilters } from '$lib/shared/url-state.js';
import { latestMonth, toMonthPoints } from '$lib/shared/series.js';

/** Leadership's page: the month's KPIs, their 24-month trends with targets, the grade spread and the latest anomalies. */
export const load: PageServerLoad = async ({ fetch, url }) => {
  const filters = parseFilters(url.searchParams);
  const params = filtersToApiParams(filters);
  const api = apiClient(fetch, url.origin);
  const trends = await settle(api.GET('/api/trends', { params: { query: params } }));
  const month = monthParam(url.searchParams) ?? latestMonth([toMonthPoints(rowsOf(trends))]);
  const none: ApiResult<unknown> = { ok: true, data: [] };
  const [kpis, grades, anomalies] = await Promise.all([
    month ? settle(api.GET('/api/kpis', { params: { query: { ...params, from: undefined, to: undefined, month } } })) : Promise.resolve(none),
    month ? settle(api.GET('/api/grades/distribution', { params: { query: { month, team: params.team } } })) : Promise.resolve(none),
    settle(api.GET('/api/anomalies/incidents', { params: { query: { from: params.from, to: params.to, team: params.team, channel: params.channel, limit: 8 } } }))
  ]);
  return { trends, kpis, month, grades, anomalies };
};
