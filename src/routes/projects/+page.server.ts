import type { PageServerLoad } from './$types.js';
import { apiGet } from '$lib/shared/api/client.js';
import { filtersToApiParams, parseFilters } from '$lib/shared/url-state.js';

/** Project execution (SPEC 9.3): the milestone calendar, slipping milestones, projects by owner and status. */
export const load: PageServerLoad = async ({ fetch, url }) => {
  const { channel: _channel, ...params } = filtersToApiParams(parseFilters(url.searchParams));
  const [milestones, slipping, owners] = await Promise.all([
    apiGet(fetch, 'projects/milestones', { ...params, limit: 500 }),
    apiGet(fetch, 'projects/milestones', { ...params, status: 'late', limit: 50 }),
    apiGet(fetch, 'projects/owners', params)
  ]);
  return { milestones, slipping, owners };
};
