// Until src/lib/server/runtime.ts lands, the dashboard builds its own process-wide API app here (swap this file's body then).
import { loadConfig } from '$lib/config/load.js';
import { LOCAL_CALLER, type QueryContext } from '$lib/server/context.js';
import { createApiApp } from '$lib/server/api/app.js';
import { openWarehouse } from '$lib/server/warehouse/warehouse.js';

let app: ReturnType<typeof createApiApp> | null = null;
let context: Promise<QueryContext> | null = null;

function getContext(): Promise<QueryContext> {
  context ??= (async () => {
    const config = loadConfig(process.env.OPSCORE_CONFIG || undefined);
    const warehouse = await openWarehouse(process.env.OPSCORE_DB || config.paths.db, config);
    return { warehouse, caller: LOCAL_CALLER };
  })();
  context.catch(() => (context = null));
  return context;
}

/** The Hono API, created once per process. */
export function apiApp(): ReturnType<typeof createApiApp> {
  app ??= createApiApp(getContext);
  return app;
}
