import { OpenAPIHono } from '@hono/zod-openapi';
import { ResponseCache } from './cache.js';
import { addDocs } from './docs.js';
import { handleError, handleNotFound, validationHook } from './errors.js';
import type { ContextProvider, Responder } from './respond.js';
import { registerRoutes } from './routes/index.js';

export type { ContextProvider } from './respond.js';

export interface ApiOptions {
  /** Largest accepted upload per request, in bytes (default 512 MiB, or OPSCORE_UPLOAD_MAX_MB). */
  uploadMaxBytes?: number;
  /** Answers kept in memory per data version (default 1000). */
  cacheEntries?: number;
}

export const API_VERSION = '1.0.0';

/** The HTTP API under /api: a Hono app that `opscore serve` and the dashboard both mount. */
export function createApiApp(getContext: ContextProvider, options: ApiOptions = {}): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: validationHook as never }).basePath('/api');
  app.onError(handleError);
  app.notFound(handleNotFound);
  const responder: Responder = { getContext, cache: new ResponseCache(options.cacheEntries ?? 1000) };
  registerRoutes(app, responder, options);
  addDocs(app, {
    title: 'opscore API',
    version: API_VERSION,
    description:
      'Every read of opscore over HTTP: ingest status and rejects, metrics, trends, process views, scorecards, annual results, anomalies. ' +
      'Tables answer JSON arrays of rows, or CSV with `format=csv` / `Accept: text/csv`. Errors are `{error: {code, message, param}}`. ' +
      'Answers carry an ETag per data version; send If-None-Match for a 304.'
  });
  return app;
}
