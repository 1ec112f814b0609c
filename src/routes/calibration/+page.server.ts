import type { PageServerLoad } from './$types.js';
import { apiGet } from '$lib/shared/api/client.js';
import { monthParam } from '$lib/shared/url-state.js';
import { latestDataMonth } from '$lib/shared/latest.js';

/** The month's distribution per team and manager, leniency per supervisor, and the cards and settings the what-if runs on. */
export const load: PageServerLoad = async ({ fetch, url }) => {
  const month = monthParam(url.searchParams) ?? (await latestDataMonth(fetch));
  if (!month) return { month, distribution: null, leniency: null, cards: null, settings: null };
  const [distribution, leniency, cards, settings] = await Promise.all([
    apiGet(fetch, 'calibration', { month }),
    apiGet(fetch, 'calibration/leniency', { month }),
    apiGet(fetch, 'scorecards', { month }),
    apiGet(fetch, 'calibration/settings')
  ]);
  return { month, distribution, leniency, cards, settings };
};
