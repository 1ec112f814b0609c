import type { PageServerLoad } from './$types.js';
import { apiClient, settle } from '$lib/shared/api/client.js';

/** The year's holidays, make-up working days and company days off, with where each came from. */
export const load: PageServerLoad = async ({ fetch, url }) => {
  const year = url.searchParams.get('year') || undefined;
  // the URL's text as given (the query string is text either way): the API refuses a bad year in words the page shows
  const days = await settle(apiClient(fetch, url.origin).GET('/api/calendar/days', { params: { query: { year: year as unknown as number | undefined } } }));
  return { days, year: year ?? null };
};
