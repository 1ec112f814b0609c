import type { PageServerLoad } from './$types.js';
import { apiClient, settle } from '$lib/shared/api/client.js';
import { parseFilters } from '$lib/shared/url-state.js';
import { latestDataMonth } from '$lib/shared/latest.js';

export const load: PageServerLoad = async ({ fetch, url }) => {
  const api = apiClient(fetch, url.origin);
  const filters = parseFilters(url.searchParams);
  const given = url.searchParams.get('year');
  const year = given && /^\d{4}$/.test(given) ? given : ((await latestDataMonth(api))?.slice(0, 4) ?? null);
  const annual = year ? await settle(api.GET('/api/annual', { params: { query: { year, team: filters.team ?? undefined } } })) : { ok: true as const, data: [] };
  return { year, annual, role: filters.role };
};
