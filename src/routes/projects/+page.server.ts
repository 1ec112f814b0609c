import type { PageServerLoad } from './$types.js';
import { apiClient, settle } from '$lib/shared/api/client.js';
import { filtersToApiParams, parseFilters } from '$lib/shared/url-state.js';

/** Project execution (SPEC 9.3): the milestone calendar, slipping milestones, projects by owner and status. */
export const load: PageServerLoad = async ({ fetch, url }) => {
  const api = apiClient(fetch, url.origin);
  const { channel: _channel, ...params } = filtersToApiParams(parseFilters(url.searchParams));
  const [milestones, slipping, owners] = await Promise.all([
    settle(api.GET('/api/projects/milestones', { params: { query: { ...params, limit: 500 } } })),
    settle(api.GET('/api/projects/milestones', { params: { query: { ...params, status: 'late', limit: 50 } } })),
    settle(api.GET('/api/projects/owners', { params: { query: params } }))
  ]);
  return { milestones, slipping, owners };
};
