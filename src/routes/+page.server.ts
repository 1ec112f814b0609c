import type { PageServerLoad } from './$types.js';
import { apiGet, rowsOf, type ApiResult } from '$lib/client/api.js';
import { filtersToApiParams, monthParam, parseFilters } from '$lib/client/url-state.js';
import { latestMonth, toMonthPoints } from '$lib/client/series.js';

/** The six figures leadership follows, each a company-level monthly series. */
const OVERVIEW_METRICS = ['sales_amount', 'profit', 'new_customers', 'csat_pct', 'response_sla_pct', 'order_sla_pct'] as const;
const WITHOUT_CHANNEL = new Set(['order_sla_pct']);

export const load: PageServerLoad = async ({ fetch, url }) => {
  const filters = parseFilters(url.searchParams);
  const params = filtersToApiParams(filters);
  const series = await Promise.all(
    OVERVIEW_METRICS.map((metric) => {
      const { channel, ...rest } = params;
      const query = { metric, grain: 'month', slice_type: 'company', ...(WITHOUT_CHANNEL.has(metric) ? rest : { ...rest, channel }) };
      return apiGet(fetch, 'trends', query).then((result) => (result.ok || result.status !== 404 ? result : apiGet(fetch, 'metrics', query)));
    })
  );
  const month = monthParam(url.searchParams) ?? latestMonth(series.map((result) => toMonthPoints(rowsOf(result))));
  const [grades, anomalies] = await Promise.all([
    month ? apiGet(fetch, 'grades/distribution', { month, team: filters.team }) : Promise.resolve<ApiResult<unknown>>({ ok: true, data: [] }),
    apiGet(fetch, 'anomalies/incidents', { from: filters.from, to: filters.to, team: filters.team, channel: filters.channel, limit: 8 })
  ]);
  return { series: Object.fromEntries(OVERVIEW_METRICS.map((metric, i) => [metric, series[i]!])), month, grades, anomalies };
};
