import type { PageServerLoad } from './$types.js';
import { apiClient, settle } from '$lib/shared/api/client.js';
import { filtersToApiParams, parseFilters } from '$lib/shared/url-state.js';

/** Rectification tracking (SPEC 9.4, 9.5): open findings overdue first, rates by team and process, inspection scores. */
export const load: PageServerLoad = async ({ fetch, url }) => {
  const api = apiClient(fetch, url.origin);
  const { channel: _channel, ...params } = filtersToApiParams(parseFilters(url.searchParams));
  const [open, byTeam, byProcess, inspections] = await Promise.all([
    // Open findings are judged at the latest record whatever their due day: the range does not hide an old one.
    settle(api.GET('/api/supervision/open-findings', { params: { query: { ...params, from: undefined, to: undefined, limit: 200 } } })),
    settle(api.GET('/api/supervision/finding-rates', { params: { query: { ...params, by: 'team' } } })),
    settle(api.GET('/api/supervision/finding-rates', { params: { query: { ...params, by: 'process' } } })),
    settle(api.GET('/api/supervision/inspection-scores', { params: { query: { ...params, by: 'team' } } }))
  ]);
  return { open, byTeam, byProcess, inspections };
};
