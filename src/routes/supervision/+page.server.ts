import type { PageServerLoad } from './$types.js';
import { apiGet } from '$lib/shared/api/client.js';
import { filtersToApiParams, parseFilters } from '$lib/shared/url-state.js';

/** Rectification tracking (SPEC 9.4, 9.5): open findings overdue first, rates by team and process, inspection scores. */
export const load: PageServerLoad = async ({ fetch, url }) => {
  const { channel: _channel, ...params } = filtersToApiParams(parseFilters(url.searchParams));
  const [open, byTeam, byProcess, inspections] = await Promise.all([
    // Open findings are judged at the latest record whatever their due day: the range does not hide an old one.
    apiGet(fetch, 'supervision/open-findings', { ...params, from: undefined, to: undefined, limit: 200 }),
    apiGet(fetch, 'supervision/finding-rates', { ...params, by: 'team' }),
    apiGet(fetch, 'supervision/finding-rates', { ...params, by: 'process' }),
    apiGet(fetch, 'supervision/inspection-scores', { ...params, by: 'team' })
  ]);
  return { open, byTeam, byProcess, inspections };
};
