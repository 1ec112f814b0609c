import { Hono } from 'hono';
import type { QueryContext } from '../context.js';

/** How the API reaches the warehouse: per request, so a caller (and later its scope) can differ between requests. */
export type ContextProvider = (request: Request) => Promise<QueryContext>;

/** The HTTP API under /api: a plain Hono app that `opscore serve` and the dashboard both mount. */
export function createApiApp(getContext: ContextProvider): Hono {
  const app = new Hono().basePath('/api');
  app.get('/health', (c) => c.json({ ok: true }));
  app.get('/status', async (c) => {
    const { warehouse } = await getContext(c.req.raw);
    const rows = await warehouse.query('SELECT dataset, count(*) AS files FROM ingest_log GROUP BY dataset ORDER BY dataset');
    return c.json({ ingests: rows });
  });
  return app;
}
