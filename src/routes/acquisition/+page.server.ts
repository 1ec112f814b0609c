import type { PageServerLoad } from './$types.js';
import { apiGet } from '$lib/shared/api/client.js';
import { filtersToApiParams, parseFilters } from '$lib/shared/url-state.js';

/** Customer acquisition (SPEC 9.2): the lead funnel by source and salesperson, contact times, breaches, slowest leads. */
export const load: PageServerLoad = async ({ fetch, url }) => {
  // Leads have no channel: the channel filter does not apply here.
  const { channel: _channel, ...params } = filtersToApiParams(parseFilters(url.searchParams));
  const [bySource, bySalesperson, contactTimes, breaches, slowest] = await Promise.all([
    apiGet(fetch, 'acquisition/funnel', { ...params, by: 'source' }),
    apiGet(fetch, 'acquisition/funnel', { ...params, by: 'employee' }),
    apiGet(fetch, 'acquisition/contact-times', params),
    apiGet(fetch, 'acquisition/leads', { ...params, status: 'breach', limit: 50 }),
    apiGet(fetch, 'acquisition/leads', { ...params, limit: 15 })
  ]);
  return { bySource, bySalesperson, contactTimes, breaches, slowest };
};
