import type { PageServerLoad } from './$types.js';
import { apiClient, settle } from '$lib/shared/api/client.js';
import { monthParam } from '$lib/shared/url-state.js';
import { latestDataMonth } from '$lib/shared/latest.js';

/** The month's distribution per team and manager, leniency per supervisor, and the cards and settings the what-if runs on. */
export const load: PageServerLoad = async ({ fetch, url }) => {
  const api = apiClient(fetch, url.origin);
  const month = monthParam(url.searchParams) ?? (await latestDataMonth(api));
  if (!month) return { month, distribution: null, leniency: null, cards: null, settings: null };
  const [distribution, leniency, cards, settings] = await Promise.all([
    settle(api.GET('/api/calibration', { params: { query: { month } } })),
    settle(api.GET('/api/calibration/leniency', { params: { query: { month } } })),
    settle(api.GET('/api/scorecards', { params: { query: { month } } })),
    settle(api.GET('/api/calibration/settings'))
  ]);
  return { month, distribution, leniency, cards, settings };
};
