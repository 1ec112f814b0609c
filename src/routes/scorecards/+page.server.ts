import type { PageServerLoad } from './$types.js';
import { apiClient, settle, type ApiResult } from '$lib/shared/api/client.js';
import { monthParam, parseFilters } from '$lib/shared/url-state.js';
import { latestDataMonth } from '$lib/shared/latest.js';

export const load: PageServerLoad = async ({ fetch, url }) => {
  const api = apiClient(fetch, url.origin);
  const filters = parseFilters(url.searchParams);
  const month = monthParam(url.searchParams) ?? filters.to?.slice(0, 7) ?? (await latestDataMonth(api));
  // SPEC 10.3: a published month shows its snapshot unless view=live
  const view = url.searchParams.get('view') === 'live' ? 'live' : undefined;
  const empty: ApiResult<unknown> = { ok: true, data: [] };
  const [scorecards, months]: [ApiResult<unknown>, ApiResult<unknown>] = month
    ? await Promise.all([
        settle(api.GET('/api/scorecards', { params: { query: { month, team: filters.team ?? undefined, view } } })),
        settle(api.GET('/api/appraisal/months', { params: { query: { year: month.slice(0, 4) } } }))
      ])
    : [empty, empty];
  return { month, scorecards, months, view: view ?? 'published', role: filters.role };
};
