import type { PageServerLoad } from './$types.js';
import { apiGet } from '$lib/shared/api/client.js';

/** The data owner's page: what loaded, how many rows each dataset holds, what was rejected. */
export const load: PageServerLoad = async ({ fetch, url }) => {
  const dataset = url.searchParams.get('dataset') || undefined;
  const [status, rejects] = await Promise.all([
    apiGet(fetch, 'status'),
    apiGet(fetch, 'rejects', { dataset, limit: 200 })
  ]);
  return { status, rejects, dataset: dataset ?? null };
};
