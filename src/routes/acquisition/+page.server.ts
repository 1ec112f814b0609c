import type { PageServerLoad } from './$types.js';
import { apiClient, settle } from '$lib/shared/api/client.js';
import { filtersToApiParams, parseFilters } from '$lib/shared/url-state.js';

/** Customer acquisition (SPEC 9.2): the lead funnel by source and salesperson, contact times, breaches, slowest leads. */
export const load: PageServerLoad = async ({ fetch, url }) => {
  const api = apiClient(fetch, url.origin);
  // Leads have no channel: the channel filter does not apply here.
  const { channel: _channel, ...params } = filtersToApiParams(parseFilters(url.searchParams));
  const [bySource, bySalesperson, contactTimes, breaches, slowest] = await Promise.all([
    settle(api.GET('/api/acquisition/funnel', { params: { query: { ...params, by: 'source' } } })),
    settle(api.GET('/api/acquisition/funnel', { params: { query: { ...params, by: 'employee' } } })),
    settle(api.GET('/api/acquisition/contact-times', { params: { query: params } })),
    settle(api.GET('/api/acquisition/leads', { params: { query: { ...params, status: 'breach', limit: 50 } } })),
    settle(api.GET('/api/acquisition/leads', { params: { query: { ...params, limit: 15 } } }))
  ]);
  return { bySource, bySalesperson, contactTimes, breaches, slowest };
};
