import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { ForbiddenError, UnauthenticatedError } from '../../errors.js';
import { authenticate, type AccessSettings, type Authentication } from '../access/authenticate.js';
import type { ContextProvider } from './respond.js';

/** Routes open without signing in once accounts exist (SPEC 11.4). */
export const PUBLIC_PATHS = new Set(['/api/health', '/api/session', '/api/openapi.json', '/api/docs']);

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Who each request in flight authenticated as, keyed by the request itself (the ContextProvider receives only it). */
const authenticated = new WeakMap<Request, Authentication>();

export const authenticationOf = (request: Request): Authentication | undefined => authenticated.get(request);

/** The connection's peer: from the Node server when there is one (not through the dashboard's in-process fetch). */
export function peerAddress(c: Context): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}

/**
 * Authenticate every request: attach its caller, answer 401 where sign-in is needed, and refuse a cookie-borne write
 * that did not come from this origin (CSRF: a bearer token is never sent by a browser on its own, a cookie is).
 */
export function requireAccess(getContext: ContextProvider, settings: AccessSettings): MiddlewareHandler {
  return async (c, next) => {
    const { warehouse } = await getContext(c.req.raw);
    const auth = await authenticate(warehouse, c.req.raw, settings, peerAddress(c));
    if (auth) authenticated.set(c.req.raw, auth);
    else if (!PUBLIC_PATHS.has(c.req.path.replace(/\/$/, ''))) throw new UnauthenticatedError('sign in first (a session cookie or Authorization: Bearer <token>)');
    if (auth?.via === 'session' && !SAFE_METHODS.has(c.req.method) && !sameOrigin(c)) {
      throw new ForbiddenError('forbidden: a write with a session cookie must come from this site (CSRF check)');
    }
    await next();
  };
}

/** Sec-Fetch-Site same-origin, else an Origin (or Referer) naming this host. */
function sameOrigin(c: Context): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site) return site === 'same-origin';
  const origin = c.req.header('origin') ?? c.req.header('referer');
  if (!origin) return false;
  try {
    return new URL(origin).host === (c.req.header('host') ?? new URL(c.req.url).host);
  } catch {
    return false;
  }
}

/** The request's context with the authenticated caller in place of the provider's (open mode keeps the local admin). */
export function withAuthenticatedCaller(getContext: ContextProvider): ContextProvider {
  return async (request) => {
    const ctx = await getContext(request);
    const auth = authenticated.get(request);
    return auth ? { ...ctx, caller: auth.caller } : ctx;
  };
}
