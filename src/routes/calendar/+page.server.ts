import type { PageServerLoad } from './$types.js';
import { apiGet } from '$lib/shared/api/client.js';

/** The year's holidays, make-up working days and company days off, with where each came from. */
export const load: PageServerLoad = async ({ fetch, url }) => {
  const year = url.searchParams.get('year') || undefined;
  const days = await apiGet(fetch, 'calendar/days', { year });
  return { days, year: year ?? null };
};
