import { userInfo } from 'node:os';
import { addUser, createToken, listUsers, parseDuration, parseRoles, removeUser, resetPassword, revokeToken } from '../../lib/server/access/accounts.js';
import { recordAudit } from '../../lib/server/access/audit.js';
import type { Caller, QueryContext } from '../../lib/server/context.js';
import { auditEntries } from '../../lib/server/queries/audit.js';
import { AUDIT_MAX_ENTRIES, auditParams } from '../../lib/server/params/audit.js';
import { parseParams } from '../../lib/server/params/parse.js';
import { UserError } from '../../lib/server/warehouse/errors.js';
import { parseFormat, printRows } from '../output.js';
import { warehouseFrom, type CommonOptions } from '../runtime.js';
import { randomBytes } from 'node:crypto';

/** The CLI acts as the local admin, audited as cli:<OS user> (SPEC 11.4: whoever opens the file can read it all). */
export function cliCaller(): Caller {
  let name = 'unknown';
  try {
    name = userInfo().username;
  } catch {
    // no passwd entry (some containers): keep "unknown"
  }
  return { id: `cli:${name}`, roles: ['admin'], employeeId: null, scope: { kind: 'all' } };
}

async function cliContext(options: CommonOptions): Promise<QueryContext> {
  return { warehouse: await warehouseFrom(options), caller: cliCaller() };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** The password from stdin (--password-stdin), else a generated one printed once on the last line. */
async function passwordFrom(options: { passwordStdin?: boolean }): Promise<{ password: string; generated: boolean }> {
  if (options.passwordStdin) {
    const password = await readStdin();
    if (!password) throw new UserError('--password-stdin: stdin was empty');
    return { password, generated: false };
  }
  return { password: randomBytes(15).toString('base64url'), generated: true };
}

interface AddOptions extends CommonOptions {
  username: string;
  role: string[];
  employee?: string;
  passwordStdin?: boolean;
}

export async function add(options: AddOptions): Promise<void> {
  const ctx = await cliContext(options);
  const roles = parseRoles(options.role ?? []);
  const { password, generated } = await passwordFrom(options);
  const user = await addUser(ctx.warehouse, { username: options.username, roles, employeeId: options.employee ?? null, password });
  await recordAudit(ctx, { action: 'user_create', objectType: 'user', objectIds: [user.user_id], detail: { username: user.username, roles, employee_id: user.employee_id } });
  console.log(`opscore: added ${user.username} (${user.user_id}; ${roles.join(', ')}${user.employee_id ? `; employee ${user.employee_id}` : ''})`);
  if (generated) console.log(`password: ${password}`);
}

export async function list(options: CommonOptions): Promise<void> {
  const ctx = await cliContext(options);
  printRows(await listUsers(ctx.warehouse), parseFormat(options.format));
}

export async function remove(options: CommonOptions & { username: string }): Promise<void> {
  const ctx = await cliContext(options);
  const user = await removeUser(ctx.warehouse, options.username);
  await recordAudit(ctx, { action: 'user_remove', objectType: 'user', objectIds: [user.user_id], detail: { username: user.username } });
  console.log(`opscore: removed ${user.username}; its sessions and tokens no longer work`);
}

export async function reset(options: CommonOptions & { username: string; passwordStdin?: boolean }): Promise<void> {
  const ctx = await cliContext(options);
  const { password, generated } = await passwordFrom(options);
  const user = await resetPassword(ctx.warehouse, options.username, password);
  await recordAudit(ctx, { action: 'password_reset', objectType: 'user', objectIds: [user.user_id], detail: { username: user.username } });
  console.log(`opscore: new password set for ${user.username}; its sessions were ended`);
  if (generated) console.log(`password: ${password}`);
}

export async function tokenCreate(options: CommonOptions & { username: string; expires?: string }): Promise<void> {
  const ctx = await cliContext(options);
  const token = await createToken(ctx.warehouse, options.username, parseDuration(options.expires ?? '30d'), ctx.caller.id);
  await recordAudit(ctx, { action: 'token_create', objectType: 'token', objectIds: [token.token_id], detail: { username: token.username, expires_at: token.expires_at } });
  console.log(`opscore: token ${token.token_id} for ${token.username}, expires ${token.expires_at ?? 'never'}; it is shown once:`);
  console.log(token.token);
}

export async function tokenRevoke(options: CommonOptions & { tokenId: string }): Promise<void> {
  const ctx = await cliContext(options);
  const token = await revokeToken(ctx.warehouse, options.tokenId);
  await recordAudit(ctx, { action: 'token_revoke', objectType: 'token', objectIds: [token.token_id], detail: { user_id: token.user_id } });
  console.log(`opscore: token ${token.token_id} revoked`);
}

export async function audit(options: CommonOptions & { username?: string; since?: string; action?: string; employee?: string }): Promise<void> {
  const format = parseFormat(options.format);
  // the same schema as GET /api/audit; the CLI lists every entry up to the schema's largest limit
  const params = parseParams(auditParams, { username: options.username, since: options.since, action: options.action, employee: options.employee, limit: String(AUDIT_MAX_ENTRIES) });
  const ctx = await cliContext(options);
  const rows = await auditEntries(ctx, params);
  printRows(rows, format);
}
