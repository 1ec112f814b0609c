import type { PageServerLoad } from './$types.js';
import { apiGet, type ApiResult } from '$lib/client/api.js';
import { monthParam, parseFilters } from '$lib/client/url-state.js';
import { latestDataMonth } from '$lib/client/latest.js';

export const load: PageServerLoad = async ({ fetch, url }) => {
  const filters = parseFilters(url.searchParams);
  const month = monthParam(url.searchParams) ?? filters.to?.slice(0, 7) ?? (await latestDataMonth(fetch));
  const scorecards: ApiResult<unknown> = month
    ? await apiGet(fetch, 'scorecards', { month, team: filters.team })
    : { ok: true, data: [] };
  return { month, scorecards, role: filters.role };
};
