import type { PageServerLoad } from './$types.js';
import { apiGet } from '$lib/shared/api/client.js';
import { monthParam } from '$lib/shared/url-state.js';
import { latestDataMonth } from '$lib/shared/latest.js';

/** The signed-in employee's ratees of the month, what they gave so far, and the window. */
export const load: PageServerLoad = async ({ fetch, url }) => {
  const month = monthParam(url.searchParams) ?? (await latestDataMonth(fetch));
  const toGive = month ? await apiGet(fetch, 'ratings/to-give', { month }) : null;
  return { month, toGive };
};
