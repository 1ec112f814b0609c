import { createHash, randomBytes } from 'node:crypto';
import { ConflictError, NotFoundError, UserError } from '../../errors.js';
import { ROLES, type Role } from '../context.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import { hashPassword, passwordProblem } from './passwords.js';

/**
 * Accounts, API tokens and sessions (SPEC 11.1), over the tables of sql/schema/003_access.sql. Secrets leave these
 * functions once (a new token, a new session id) and are stored only as hashes; nothing here returns a hash.
 */

export interface UserRecord {
  user_id: string;
  username: string;
  roles: Role[];
  employee_id: string | null;
  disabled: boolean;
  created_at: string;
  [key: string]: unknown;
}

/** The stored row, hash included: for sign-in only, never for a response. */
interface UserWithHash extends UserRecord {
  password_hash: string | null;
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

const USER_COLUMNS = `user_id, username, roles, employee_id, disabled, strftime(created_at, '%Y-%m-%dT%H:%M:%S%z') AS created_at`;
const JOINED_USER_COLUMNS = `u.user_id, u.username, u.roles, u.employee_id, u.disabled, strftime(u.created_at, '%Y-%m-%dT%H:%M:%S%z') AS created_at`;

/** Roles from `--role a --role b,c`: every name known, no duplicates, at least one. */
export function parseRoles(values: readonly string[]): Role[] {
  const names = values.flatMap((value) => value.split(',')).map((name) => name.trim()).filter(Boolean);
  if (names.length === 0) throw new UserError(`role: at least one of ${ROLES.join(', ')}`, 'role');
  for (const name of names) {
    if (!(ROLES as readonly string[]).includes(name)) throw new UserError(`role: unknown role "${name}" (known: ${ROLES.join(', ')})`, 'role');
  }
  return [...new Set(names)] as Role[];
}

const USERNAME = /^[\p{L}\p{N}._@-]{1,64}$/u;

/** Users not removed, oldest first. */
export async function listUsers(warehouse: Warehouse): Promise<UserRecord[]> {
  return warehouse.query<UserRecord>(`SELECT ${USER_COLUMNS} FROM users WHERE removed_at IS NULL ORDER BY created_at, user_id`);
}

/** Whether any account exists: none means open mode (SPEC 11.4). */
export async function hasAccounts(warehouse: Warehouse): Promise<boolean> {
  const [row] = await warehouse.query<{ n: number }>('SELECT count(*) AS n FROM users WHERE removed_at IS NULL');
  return Number(row?.n ?? 0) > 0;
}

async function userWithHash(warehouse: Warehouse, column: 'username' | 'user_id', value: string): Promise<UserWithHash | undefined> {
  const [row] = await warehouse.query<UserWithHash>(
    `SELECT ${USER_COLUMNS}, password_hash FROM users WHERE ${column} = $value AND removed_at IS NULL LIMIT 1`,
    { value }
  );
  return row;
}

export async function findUser(warehouse: Warehouse, username: string): Promise<UserRecord | undefined> {
  const row = await userWithHash(warehouse, 'username', username);
  if (!row) return undefined;
  const { password_hash: _hash, ...user } = row;
  return user;
}

/** The stored password hash of a live, enabled user (sign-in only). */
export async function passwordHashOf(warehouse: Warehouse, username: string): Promise<{ user: UserRecord; hash: string | null } | undefined> {
  const row = await userWithHash(warehouse, 'username', username);
  if (!row || row.disabled) return undefined;
  const { password_hash: hash, ...user } = row;
  return { user, hash };
}

export async function userById(warehouse: Warehouse, userId: string): Promise<UserRecord | undefined> {
  const row = await userWithHash(warehouse, 'user_id', userId);
  if (!row) return undefined;
  const { password_hash: _hash, ...user } = row;
  return user;
}

export interface NewUser {
  username: string;
  roles: Role[];
  employeeId?: string | null;
  password?: string | null;
}

/**
 * Add an account. The first account must hold admin (else nobody could manage users once the warehouse leaves open
 * mode); manager and employee need a linked employee that exists (SPEC 11.1).
 */
export async function addUser(warehouse: Warehouse, input: NewUser): Promise<UserRecord> {
  if (!USERNAME.test(input.username)) throw new UserError('username: 1-64 letters, digits, or . _ @ -', 'username');
  if (await findUser(warehouse, input.username)) throw new ConflictError(`username: "${input.username}" already exists`, 'username');
  if (!(await hasAccounts(warehouse)) && !input.roles.includes('admin')) {
    throw new UserError('role: the first account must be an admin (it is the one that can manage the others)', 'role');
  }
  const employeeId = input.employeeId?.trim() || null;
  if ((input.roles.includes('manager') || input.roles.includes('employee')) && !employeeId) {
    throw new UserError('employee: the manager and employee roles need --employee (their scope starts there)', 'employee');
  }
  if (employeeId) await requireEmployeeRow(warehouse, employeeId);
  let hash: string | null = null;
  if (input.password) {
    const problem = passwordProblem(input.password);
    if (problem) throw new UserError(`password: ${problem}`, 'password');
    hash = await hashPassword(input.password);
  }
  const [next] = await warehouse.query<{ n: number }>(`SELECT count(*) + 1 AS n FROM users`);
  const userId = `u${Number(next?.n ?? 1)}`;
  await warehouse.run(
    `INSERT INTO users (user_id, username, password_hash, roles, employee_id) VALUES ($user_id, $username, $hash, $roles::VARCHAR[], $employee_id)`,
    { user_id: userId, username: input.username, hash, roles: JSON.stringify(input.roles), employee_id: employeeId } as never
  );
  return (await userById(warehouse, userId))!;
}

async function requireEmployeeRow(warehouse: Warehouse, employeeId: string): Promise<void> {
  const [row] = await warehouse.query<{ n: number }>('SELECT count(*) AS n FROM employees WHERE employee_id = $id', { id: employeeId });
  if (Number(row?.n ?? 0) === 0) throw new UserError(`employee: no employee "${employeeId}" in the warehouse (load employees first)`, 'employee');
}

async function requireUser(warehouse: Warehouse, username: string): Promise<UserRecord> {
  const user = await findUser(warehouse, username);
  if (!user) throw new NotFoundError(`username: no user "${username}"`, 'username');
  return user;
}

/** Remove an account: it signs in no more, its sessions and tokens stop at once; the row stays for the audit log. */
export async function removeUser(warehouse: Warehouse, username: string): Promise<UserRecord> {
  const user = await requireUser(warehouse, username);
  const admins = (await listUsers(warehouse)).filter((u) => u.roles.includes('admin') && !u.disabled);
  if (user.roles.includes('admin') && admins.length === 1 && (await listUsers(warehouse)).length > 1) {
    throw new ConflictError('username: the last admin cannot be removed while other accounts exist', 'username');
  }
  await warehouse.run(`UPDATE users SET removed_at = now(), disabled = true, updated_at = now() WHERE user_id = $id`, { id: user.user_id });
  await warehouse.run(`UPDATE sessions SET ended_at = now() WHERE user_id = $id AND ended_at IS NULL`, { id: user.user_id });
  await warehouse.run(`UPDATE api_tokens SET revoked_at = now() WHERE user_id = $id AND revoked_at IS NULL`, { id: user.user_id });
  return user;
}

/** A new password; every session of the user ends (whoever knew the old one is signed out). */
export async function resetPassword(warehouse: Warehouse, username: string, password: string): Promise<UserRecord> {
  const user = await requireUser(warehouse, username);
  const problem = passwordProblem(password);
  if (problem) throw new UserError(`password: ${problem}`, 'password');
  await warehouse.run(`UPDATE users SET password_hash = $hash, updated_at = now() WHERE user_id = $id`, { id: user.user_id, hash: await hashPassword(password) });
  await warehouse.run(`UPDATE sessions SET ended_at = now() WHERE user_id = $id AND ended_at IS NULL`, { id: user.user_id });
  return user;
}

/** `30d`, `12h`, `90m` or `never` → milliseconds (null: never expires). */
export function parseDuration(text: string, field = 'expires'): number | null {
  if (text.trim() === 'never') return null;
  const match = /^(\d+)\s*([dhm])$/.exec(text.trim());
  if (!match || Number(match[1]) <= 0) throw new UserError(`${field}: a duration like 30d, 12h or 90m, or never (got "${text}")`, field);
  return Number(match[1]) * { d: 86_400_000, h: 3_600_000, m: 60_000 }[match[2] as 'd' | 'h' | 'm'];
}

export interface NewToken {
  token_id: string;
  user_id: string;
  username: string;
  expires_at: string | null;
  /** the secret: shown once, never stored */
  token: string;
}

/** A bearer token for scripts: `ops_<token id>_<secret>`; only its SHA-256 is kept. */
export async function createToken(warehouse: Warehouse, username: string, expiresInMs: number | null, createdBy: string): Promise<NewToken> {
  const user = await requireUser(warehouse, username);
  const tokenId = `t${randomBytes(6).toString('hex')}`;
  const token = `ops_${tokenId}_${randomBytes(32).toString('base64url')}`;
  const expires = expiresInMs === null ? null : new Date(Date.now() + expiresInMs).toISOString();
  await warehouse.run(
    `INSERT INTO api_tokens (token_id, user_id, token_hash, created_by, expires_at) VALUES ($token_id, $user_id, $hash, $created_by, $expires::TIMESTAMPTZ)`,
    { token_id: tokenId, user_id: user.user_id, hash: sha256(token), created_by: createdBy, expires }
  );
  return { token_id: tokenId, user_id: user.user_id, username: user.username, expires_at: expires, token };
}

/** Revoke a token: it stops at the next request (every request looks the token up). */
export async function revokeToken(warehouse: Warehouse, tokenId: string): Promise<{ token_id: string; user_id: string }> {
  const [row] = await warehouse.query<{ token_id: string; user_id: string }>(`SELECT token_id, user_id FROM api_tokens WHERE token_id = $id`, { id: tokenId });
  if (!row) throw new NotFoundError(`token-id: no token "${tokenId}"`, 'token_id');
  await warehouse.run(`UPDATE api_tokens SET revoked_at = coalesce(revoked_at, now()) WHERE token_id = $id`, { id: tokenId });
  return row;
}

/** The live, enabled user a bearer token belongs to (not expired, not revoked), else undefined: one read per request. */
export async function userOfToken(warehouse: Warehouse, token: string): Promise<UserRecord | undefined> {
  const [row] = await warehouse.query<UserRecord>(
    `SELECT ${JOINED_USER_COLUMNS}
       FROM api_tokens t JOIN users u ON u.user_id = t.user_id
      WHERE t.token_hash = $hash AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())
        AND u.removed_at IS NULL AND NOT u.disabled
      LIMIT 1`,
    { hash: sha256(token) }
  );
  return row;
}

/** A new session for a signed-in user: the cookie's value (random, returned once) and when it ends. */
export async function createSession(warehouse: Warehouse, userId: string, hours: number, address: string | null): Promise<{ id: string; expires: Date }> {
  const id = randomBytes(32).toString('base64url');
  const expires = new Date(Date.now() + hours * 3_600_000);
  await warehouse.run(
    `INSERT INTO sessions (session_hash, user_id, expires_at, address) VALUES ($hash, $user_id, $expires::TIMESTAMPTZ, $address)`,
    { hash: sha256(id), user_id: userId, expires: expires.toISOString(), address }
  );
  return { id, expires };
}

export async function userOfSession(warehouse: Warehouse, sessionId: string): Promise<UserRecord | undefined> {
  const [row] = await warehouse.query<UserRecord>(
    `SELECT ${JOINED_USER_COLUMNS}
       FROM sessions s JOIN users u ON u.user_id = s.user_id
      WHERE s.session_hash = $hash AND s.ended_at IS NULL AND s.expires_at > now() AND u.removed_at IS NULL AND NOT u.disabled
      LIMIT 1`,
    { hash: sha256(sessionId) }
  );
  return row;
}

export async function endSession(warehouse: Warehouse, sessionId: string): Promise<void> {
  await warehouse.run(`UPDATE sessions SET ended_at = now() WHERE session_hash = $hash AND ended_at IS NULL`, { hash: sha256(sessionId) });
}
