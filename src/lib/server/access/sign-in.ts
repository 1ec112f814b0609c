import { UnauthenticatedError, UserError } from '../../errors.js';
import type { QueryContext } from '../context.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import { createSession, passwordHashOf, type UserRecord } from './accounts.js';
import { recordAudit } from './audit.js';
import type { AccessSettings } from './authenticate.js';
import { callerForUser } from './callers.js';
import { hashPassword, verifyPassword } from './passwords.js';

/** Too many failed sign-ins for this user or from this address within the window (HTTP 429). */
export class TooManyAttemptsError extends UserError {
  override name = 'TooManyAttemptsError';
  constructor(readonly retryAfterSeconds: number) {
    super(`too many failed sign-ins: try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`);
  }
}

/** A hash of a password nobody has, verified when the user is unknown so both cases take as long. */
let decoy: Promise<string> | undefined;

/**
 * Failed attempts in the window, per username and per address, are counted in the warehouse (sign_in_attempts):
 * they survive a restart, and count failures rather than requests (a rate limiter over requests would also throttle
 * a user who signs in and out, and would forget on restart; no middleware keys on the submitted username).
 */
async function failuresInWindow(warehouse: Warehouse, settings: AccessSettings, username: string, address: string | null): Promise<number> {
  const [row] = await warehouse.query<{ by_user: number; by_address: number }>(
    `SELECT count(*) FILTER (WHERE username = $username) AS by_user,
            count(*) FILTER (WHERE $address::VARCHAR IS NOT NULL AND address = $address) AS by_address
       FROM sign_in_attempts
      WHERE NOT ok AND "at" > now() - to_minutes($window::BIGINT)`,
    { username, address, window: Math.ceil(settings.sign_in.window_minutes) }
  );
  return Math.max(Number(row?.by_user ?? 0), Number(row?.by_address ?? 0));
}

export interface SignedIn {
  user: UserRecord;
  session: { id: string; expires: Date };
}

/**
 * Check a username and password and open a session; every outcome is audited (sign_in, sign_in_failed, and refusals
 * for too many failures). Wrong user and wrong password read the same.
 */
export async function signIn(warehouse: Warehouse, settings: AccessSettings, input: { username: string; password: string; address: string | null }): Promise<SignedIn> {
  const username = input.username.trim().slice(0, 64);
  const anonymous: QueryContext = { warehouse, caller: { id: 'anonymous', roles: [], employeeId: null, address: input.address, scope: { kind: 'employees', employeeIds: [] } } };
  if ((await failuresInWindow(warehouse, settings, username, input.address)) >= settings.sign_in.max_failures) {
    await recordAudit(anonymous, { action: 'sign_in_refused', objectType: 'user', detail: { username }, outcome: 'denied' });
    throw new TooManyAttemptsError(settings.sign_in.window_minutes * 60);
  }
  const found = await passwordHashOf(warehouse, username);
  const ok = found ? await verifyPassword(input.password, found.hash) : await verifyPassword(input.password, await (decoy ??= hashPassword('decoy')));
  await warehouse.run(`INSERT INTO sign_in_attempts (username, address, ok) VALUES ($username, $address, $ok)`, { username, address: input.address, ok: ok && !!found });
  if (!found || !ok) {
    await recordAudit(anonymous, { action: 'sign_in_failed', objectType: 'user', detail: { username }, outcome: 'denied' });
    throw new UnauthenticatedError('wrong username or password');
  }
  const caller = await callerForUser(warehouse, found.user, input.address); // refuses a leaver
  const session = await createSession(warehouse, found.user.user_id, settings.session_hours, input.address);
  await recordAudit({ warehouse, caller }, { action: 'sign_in', objectType: 'user', objectIds: [found.user.user_id] });
  return { user: found.user, session };
}
