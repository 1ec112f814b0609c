import { apiClient } from '../shared/api/client.js';

/** The browser's typed client of /api on the page's own origin: the reads and writes a page makes after it loaded. */
export const browserApi = () => apiClient(fetch, location.origin);
