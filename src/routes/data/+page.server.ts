import type { PageServerLoad } from './$types.js';
import { apiClient, settle } from '$lib/shared/api/client.js';
import type { Dataset } from '$lib/server/ingest/contracts.js';

/** The data owner's page: what loaded, how many rows each dataset holds, what was rejected. */
export const load: PageServerLoad = async ({ fetch, url }) => {
  const api = apiClient(fetch, url.origin);
  // as given: an unknown dataset is the API's to refuse, in words the page shows
  const dataset = (url.searchParams.get('dataset') || undefined) as Dataset | undefined;
  const [status, rejects] = await Promise.all([
    settle(api.GET('/api/status')),
    settle(api.GET('/api/rejects', { params: { query: { dataset, limit: 200 } } }))
  ]);
  return { status, rejects, dataset: dataset ?? null };
};
