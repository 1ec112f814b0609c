import type { PageServerLoad } from './$types.js';
import { apiGet } from '$lib/shared/api/client.js';
import { parseFilters } from '$lib/shared/url-state.js';
import { latestDataMonth } from '$lib/shared/latest.js';

export const load: PageServerLoad = async ({ fetch, url }) => {
  const filters = parseFilters(url.searchParams);
  const given = url.searchParams.get('year');
  const year = given && /^\d{4}$/.test(given) ? given : ((await latestDataMonth(fetch))?.slice(0, 4) ?? null);
  const annual = year ? await apiGet(fetch, 'annual', { year, team: filters.team }) : { ok: true as const, data: [] };
  return { year, annual, role: filters.role };
};
