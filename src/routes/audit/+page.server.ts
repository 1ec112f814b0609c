import type { PageServerLoad } from './$types.js';
import { apiGet } from '$lib/shared/api/client.js';

/** The audit log for admin (every entry) and HR (appraisal entries); others get the API's 403. */
export const load: PageServerLoad = async ({ fetch }) => ({ entries: await apiGet(fetch, 'audit', { limit: 500 }) });
