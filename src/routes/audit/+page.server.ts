import type { PageServerLoad } from './$types.js';
import { apiClient, settle } from '$lib/shared/api/client.js';

/** The audit log for admin (every entry) and HR (appraisal entries); others get the API's 403. */
export const load: PageServerLoad = async ({ fetch, url }) => ({
  entries: await settle(apiClient(fetch, url.origin).GET('/api/audit', { params: { query: { limit: 500 } } }))
});
