import type { Config } from '../../config/schema.js';
import { LOCAL_CALLER, type Caller } from '../context.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import { findUser, hasAccounts, userOfSession, userOfToken, type UserRecord } from './accounts.js';
import { callerForUser } from './callers.js';

/** The session cookie's name (HttpOnly, SameSite=Lax, Secure over HTTPS). */
export const SESSION_COOKIE = 'opscore_session';

/** How requests are authenticated: the `access` part of the configuration. */
export type AccessSettings = Config['access'];

/** Who a request acts as, and how it proved it. `open`: no accounts exist, everyone is the local admin (SPEC 11.4). */
export interface Authentication {
  caller: Caller;
  via: 'open' | 'token' | 'session' | 'proxy';
  /** the signed-in user (absent in open mode) */
  user?: UserRecord;
}

/** One cookie's value from a Cookie header. */
export function cookieValue(header: string | null, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return decodeURIComponent(part.slice(index + 1).trim());
  }
  return null;
}

/** Whether the connection's peer is one of the configured trusted proxies (exact addresses; IPv4-mapped IPv6 matches too). */
export function isTrustedProxy(settings: AccessSettings, peer: string | null): boolean {
  if (!peer) return false;
  const bare = peer.startsWith('::ffff:') ? peer.slice(7) : peer;
  return settings.proxy.trusted_addresses.some((address) => address === peer || address === bare);
}

/** The client's address for the audit log: the peer, or what a trusted proxy forwards (the last X-Forwarded-For hop). */
export function clientAddress(settings: AccessSettings, request: Request, peer: string | null): string | null {
  if (isTrustedProxy(settings, peer)) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',').map((hop) => hop.trim()).filter(Boolean).at(-1);
    if (forwarded) return forwarded;
  }
  return peer;
}

/**
 * Who the request is: a bearer token, else the session cookie, else (only when enabled and sent by a trusted proxy)
 * the proxy's user header; with no accounts at all, the local admin. Undefined: accounts exist and nothing valid was
 * presented (the caller answers 401 where sign-in is needed). A user whose employee has left throws 401.
 */
export async function authenticate(
  warehouse: Warehouse,
  request: Request,
  settings: AccessSettings,
  peer: string | null
): Promise<Authentication | undefined> {
  const address = clientAddress(settings, request, peer);
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
  const session = cookieValue(request.headers.get('cookie'), SESSION_COOKIE);
  let user: UserRecord | undefined;
  let via: Authentication['via'] | undefined;
  if (bearer) [user, via] = [await userOfToken(warehouse, bearer), 'token'];
  else if (session) [user, via] = [await userOfSession(warehouse, session), 'session'];
  if (!user && !bearer && settings.proxy.enabled && isTrustedProxy(settings, peer)) {
    const name = request.headers.get(settings.proxy.user_header)?.trim();
    if (name) {
      const found = await findUser(warehouse, name);
      if (found && !found.disabled) [user, via] = [found, 'proxy'];
    }
  }
  if (user && via) return { caller: await callerForUser(warehouse, user, address), via, user };
  if (!(await hasAccounts(warehouse))) return { caller: { ...LOCAL_CALLER, address }, via: 'open' };
  return undefined;
}
