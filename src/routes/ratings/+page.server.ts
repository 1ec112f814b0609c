import type { PageServerLoad } from './$types.js';
import { apiClient, settle } from '$lib/shared/api/client.js';
import { monthParam } from '$lib/shared/url-state.js';
import { latestDataMonth } from '$lib/shared/latest.js';

/** The signed-in employee's ratees of the month, what they gave so far, and the window. */
export const load: PageServerLoad = async ({ fetch, url }) => {
  const api = apiClient(fetch, url.origin);
  const month = monthParam(url.searchParams) ?? (await latestDataMonth(api));
  const toGive = month ? await settle(api.GET('/api/ratings/to-give', { params: { query: { month } } })) : null;
  return { month, toGive };
};
