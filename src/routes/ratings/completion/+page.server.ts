import type { PageServerLoad } from './$types.js';
import { apiClient, settle } from '$lib/shared/api/client.js';
import { monthParam } from '$lib/shared/url-state.js';
import { latestDataMonth } from '$lib/shared/latest.js';

/** Completion of the month's rating round at every level the page shows. */
export const load: PageServerLoad = async ({ fetch, url }) => {
  const api = apiClient(fetch, url.origin);
  const month = monthParam(url.searchParams) ?? (await latestDataMonth(api));
  if (!month) return { month, team: null, company: null, supervisor: null, missing: null, ratee: null };
  const [team, company, supervisor, missing, ratee] = await Promise.all(
    (['team', 'company', 'supervisor', 'missing', 'ratee'] as const).map((by) => settle(api.GET('/api/ratings/completion', { params: { query: { month, by } } })))
  );
  return { month, team, company, supervisor, missing, ratee };
};
