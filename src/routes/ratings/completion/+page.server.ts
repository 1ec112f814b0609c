import type { PageServerLoad } from './$types.js';
import { apiGet } from '$lib/shared/api/client.js';
import { monthParam } from '$lib/shared/url-state.js';
import { latestDataMonth } from '$lib/shared/latest.js';

/** Completion of the month's rating round at every level the page shows. */
export const load: PageServerLoad = async ({ fetch, url }) => {
  const month = monthParam(url.searchParams) ?? (await latestDataMonth(fetch));
  if (!month) return { month, team: null, company: null, supervisor: null, missing: null, ratee: null };
  const [team, company, supervisor, missing, ratee] = await Promise.all(
    ['team', 'company', 'supervisor', 'missing', 'ratee'].map((by) => apiGet(fetch, 'ratings/completion', { month, by }))
  );
  return { month, team, company, supervisor, missing, ratee };
};
