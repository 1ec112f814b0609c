import type { PageServerLoad } from './$types.js';
import { apiGet, rowsOf, type ApiResult } from '$lib/shared/api/client.js';
import { filtersToApiParams, monthParam, parseFilters } from '$lib/shared/url-state.js';
import { latestMonth, toMonthPoints } from '$lib/shared/series.js';

/** Leadership's page: the month's KPIs, their 24-month trends with targets, the grade spread and the latest anomalies. */
export const load: PageServerLoad = async ({ fetch, url }) => {
  const filters = parseFilters(url.searchParams);
  const params = filtersToApiParams(filters);
  const trends = await apiGet(fetch, 'trends', params);
  const month = monthParam(url.searchParams) ?? latestMonth([toMonthPoints(rowsOf(trends))]);
  const none: ApiResult<unknown> = { ok: true, data: [] };
  const [kpis, grades, anomalies] = await Promise.all([
    month ? apiGet(fetch, 'kpis', { ...params, from: undefined, to: undefined, month }) : Promise.resolve(none),
    month ? apiGet(fetch, 'grades/distribution', { month, team: filters.team }) : Promise.resolve(none),
    apiGet(fetch, 'anomalies/incidents', { from: filters.from, to: filters.to, team: filters.team, channel: filters.channel, limit: 8 })
  ]);
  return { trends, kpis, month, grades, anomalies };
};
