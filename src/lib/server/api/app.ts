import { OpenAPIHono } from '@hono/zod-openapi';
import { DataVersions, ResponseCache } from './cache.js';
import { addDocs } from './docs.js';
import { handleError, handleNotFound, sendError, validationHook } from './errors.js';
import type { ContextProvider, Responder } from './respond.js';
import { registerRoutes } from './routes/index.js';
import type { AccessSettings } from '../access/authenticate.js';
import { requireAccess, withAuthenticatedCaller } from './access.js';

export type { ContextProvider } from './respond.js';

export interface ApiOptions {
  /** Largest accepted upload per request, in bytes (default 512 MiB, or OPSCORE_UPLOAD_MAX_MB). */
  uploadMaxBytes?: number;
  /** Answers kept in memory per data version (default 1000; 0 turns the cache off). */
  cacheEntries?: number;
  /** How long the data version read from the warehouse is trusted, in ms (default 250); loads through the API reset it at once. */
  versionTtlMs?: number;
  /**
   * Authenticate requests (SPEC 11): the caller comes from a token, a session or a trusted proxy, or is the local admin
   * while no account exists. Absent: every request is the provider's caller (tests that build a caller directly).
   */
  access?: AccessSettings;
}

export const API_VERSION = '1.0.0';

/** The HTTP API under /api: a Hono app that `opscore serve` and the dashboard both mount. */
export function createApiApp(getContext: ContextProvider, options: ApiOptions = {}): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: validationHook as never }).basePath('/api');
  app.onError(handleError);
  // answers are data, never to be sniffed into HTML or script
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    c.res.headers.set('Referrer-Policy', 'same-origin');
    if (!c.res.headers.has('Content-Security-Policy')) c.res.headers.set('Content-Security-Policy', "frame-ancestors 'none'");
  });
  if (options.access) app.use('*', requireAccess(getContext, options.access));
  const responder: Responder = { getContext: options.access ? withAuthenticatedCaller(getContext) : getContext, cache: new ResponseCache(options.cacheEntries ?? 1000), versions: new DataVersions(options.versionTtlMs ?? 250) };
  registerRoutes(app, responder, options);
  addDocs(app, {
    title: 'opscore API',
    version: API_VERSION,
    description:
      'Every read of opscore over HTTP: ingest status and rejects, metrics, trends, process views, scorecards, annual results, anomalies. ' +
      'Tables answer JSON arrays of rows, or CSV with `format=csv` / `Accept: text/csv`. Errors are `{error: {code, message, param}}`. ' +
      'Answers carry an ETag per data version; send If-None-Match for a 304.'
  });
  answerWrongMethods(app);
  return app;
}

/** A known path asked with a method it does not serve: 405 naming the methods it does (OPTIONS lists them), else a JSON 404. */
function answerWrongMethods(app: OpenAPIHono): void {
  const patterns = new Map<string, { pattern: RegExp; methods: Set<string> }>();
  for (const route of app.routes) {
    if (route.method === 'ALL') continue;
    const entry = patterns.get(route.path) ?? {
      pattern: new RegExp(`^${route.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\/:\w+/g, '/[^/]+')}/?$`),
      methods: new Set<string>()
    };
    entry.methods.add(route.method);
    if (route.method === 'GET') entry.methods.add('HEAD');
    patterns.set(route.path, entry);
  }
  app.notFound((c) => {
    const path = c.req.path;
    const allowed = [...patterns.values()].filter((entry) => entry.pattern.test(path)).flatMap((entry) => [...entry.methods]);
    if (allowed.length === 0) return handleNotFound(c);
    const allow = [...new Set([...allowed, 'OPTIONS'])].sort().join(', ');
    if (c.req.method === 'OPTIONS') return c.body(null, 204, { Allow: allow });
    c.header('Allow', allow);
    return sendError(c, 405, 'method_not_allowed', `${c.req.method} is not served here; use ${allow}`);
  });
}
