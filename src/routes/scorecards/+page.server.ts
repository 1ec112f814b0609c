import type { PageServerLoad } from './$types.js';
import { apiGet, type ApiResult } from '$lib/shared/api/client.js';
import { monthParam, parseFilters } from '$lib/shared/url-state.js';
import { latestDataMonth } from '$lib/shared/latest.js';

export const load: PageServerLoad = async ({ fetch, url }) => {
  const filters = parseFilters(url.searchParams);
  const month = monthParam(url.searchParams) ?? filters.to?.slice(0, 7) ?? (await latestDataMonth(fetch));
  // SPEC 10.3: a published month shows its snapshot unless view=live
  const view = url.searchParams.get('view') === 'live' ? 'live' : undefined;
  const empty: ApiResult<unknown> = { ok: true, data: [] };
  const [scorecards, months]: [ApiResult<unknown>, ApiResult<unknown>] = month
    ? await Promise.all([apiGet(fetch, 'scorecards', { month, team: filters.team, view }), apiGet(fetch, 'appraisal/months', { year: month.slice(0, 4) })])
    : [empty, empty];
  return { month, scorecards, months, view: view ?? 'published', role: filters.role };
};
