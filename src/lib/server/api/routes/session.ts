import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { DEFAULT_CONFIG } from '../../../config/defaults.js';
import { endSession } from '../../access/accounts.js';
import { clientAddress, cookieValue, SESSION_COOKIE } from '../../access/authenticate.js';
import { recordAudit } from '../../access/audit.js';
import { signIn, TooManyAttemptsError } from '../../access/sign-in.js';
import { rolesOf } from '../../context.js';
import type { ApiOptions } from '../app.js';
import { authenticationOf, peerAddress } from '../access.js';
import { ApiError, errorSchema } from '../errors.js';
import type { Responder } from '../respond.js';

const sessionSchema = z
  .object({
    mode: z.enum(['open', 'accounts']).openapi({ description: 'open: no accounts exist, every request is the local admin' }),
    user: z
      .object({ username: z.string(), roles: z.array(z.string()), employee_id: z.string().nullable(), via: z.string() })
      .nullable()
      .openapi({ description: 'who this request is; null when not signed in' })
  })
  .openapi('Session');

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: errorSchema } } });

/** `Set-Cookie` for the session: HttpOnly, SameSite=Lax, Secure when the request came over HTTPS. */
function sessionCookie(c: Context, value: string, expires: Date | null): string {
  const https = new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
  const parts = [`${SESSION_COOKIE}=${encodeURIComponent(value)}`, 'Path=/', 'HttpOnly', 'SameSite=Lax'];
  parts.push(expires ? `Expires=${expires.toUTCString()}` : 'Max-Age=0');
  if (https) parts.push('Secure');
  return parts.join('; ');
}

/** GET /api/session (who am I), POST (sign in with a password: sets the cookie), DELETE (sign out). */
export function registerSessionRoutes(app: OpenAPIHono, responder: Responder, options: ApiOptions): void {
  const settings = options.access ?? DEFAULT_CONFIG.access;

  app.openapi(
    createRoute({
      method: 'get', path: '/session', tags: ['access'], operationId: 'getSession', summary: 'who this request is signed in as, and whether accounts exist',
      responses: { 200: { description: 'the session', content: { 'application/json': { schema: sessionSchema } } } }
    }),
    (async (c: Context) => {
      const auth = authenticationOf(c.req.raw);
      const ctx = await responder.getContext(c.req.raw);
      const open = auth ? auth.via === 'open' : !options.access && ctx.caller.id === 'local';
      const user = auth?.user
        ? { username: auth.user.username, roles: rolesOf(auth.caller), employee_id: auth.caller.employeeId ?? null, via: auth.via }
        : open ? null : !options.access ? { username: ctx.caller.username ?? ctx.caller.id, roles: rolesOf(ctx.caller), employee_id: ctx.caller.employeeId ?? null, via: 'provider' } : null;
      c.header('Cache-Control', 'no-store');
      return c.json({ mode: open ? 'open' : 'accounts', user }, 200);
    }) as never
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/session', tags: ['access'], operationId: 'signIn', summary: 'sign in with a username and password; sets an HttpOnly session cookie',
      request: { body: { required: true, content: { 'application/json': { schema: z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(1024) }) } } } },
      responses: {
        200: { description: 'signed in', content: { 'application/json': { schema: sessionSchema } } },
        400: errorResponse('a field is missing'),
        401: errorResponse('wrong username or password'),
        429: errorResponse('too many failed sign-ins for this user or address')
      }
    }),
    (async (c: Context) => {
      const body = (c.req as unknown as { valid(t: 'json'): { username: string; password: string } }).valid('json');
      const { warehouse } = await responder.getContext(c.req.raw);
      const address = clientAddress(settings, c.req.raw, peerAddress(c));
      try {
        const { user, session } = await signIn(warehouse, settings, { ...body, address });
        c.header('Set-Cookie', sessionCookie(c, session.id, session.expires));
        c.header('Cache-Control', 'no-store');
        return c.json({ mode: 'accounts', user: { username: user.username, roles: user.roles, employee_id: user.employee_id, via: 'session' } }, 200);
      } catch (error) {
        if (error instanceof TooManyAttemptsError) {
          c.header('Retry-After', String(error.retryAfterSeconds));
          throw new ApiError(429, 'too_many_attempts', error.message);
        }
        throw error;
      }
    }) as never
  );

  app.openapi(
    createRoute({
      method: 'delete', path: '/session', tags: ['access'], operationId: 'signOut', summary: 'sign out: ends the session and clears the cookie',
      responses: { 204: { description: 'signed out' }, 403: errorResponse('a sign-out with the session cookie from another site (CSRF check)') }
    }),
    (async (c: Context) => {
      const id = cookieValue(c.req.header('cookie') ?? null, SESSION_COOKIE);
      const ctx = await responder.getContext(c.req.raw);
      if (id) {
        await endSession(ctx.warehouse, id);
        await recordAudit(ctx, { action: 'sign_out', objectType: 'user', objectIds: [ctx.caller.id] });
      }
      c.header('Set-Cookie', sessionCookie(c, '', null));
      return c.body(null, 204);
    }) as never
  );
}
