import { can, requireGrant } from '../access/grants.js';
import { rolesOf, type QueryContext } from '../context.js';
import { readSql } from '../paths.js';
import { UserError } from '../../errors.js';
import { findUser } from '../access/accounts.js';
import { parseDay } from './metric-params.js';

export interface AuditFilters {
  username?: string | undefined;
  since?: string | undefined;
  action?: string | undefined;
  employee?: string | undefined;
  limit?: number | undefined;
}

export interface AuditRow {
  audit_id: number;
  at: string;
  actor: string;
  roles: string[];
  address: string | null;
  action: string;
  object_type: string | null;
  object_ids: string[];
  month: string | null;
  detail: string | null;
  outcome: string;
  [key: string]: unknown;
}

/** The audit log (SPEC 11.5): admin reads every entry, hr the appraisal entries; `username` also matches `local` and `cli:<user>`. */
export async function auditEntries(ctx: QueryContext, filters: AuditFilters = {}): Promise<AuditRow[]> {
  requireGrant(ctx.caller, 'audit.read');
  const appraisalOnly = !rolesOf(ctx.caller).includes('admin') && can(ctx.caller, 'audit.read');
  let actor: string | null = null;
  const username = filters.username?.trim();
  if (username) actor = username === 'local' || username.startsWith('cli:') ? username : ((await findUser(ctx.warehouse, username))?.user_id ?? `unknown:${username}`);
  const limit = filters.limit ?? 1000;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100_000) throw new UserError('limit: a whole number from 1 to 100000', 'limit');
  return ctx.warehouse.query<AuditRow>(readSql('access/audit_entries.sql'), {
    actor,
    since: parseDay(filters.since, 'since', 'start'),
    action: filters.action?.trim() || null,
    employee: filters.employee?.trim() || null,
    appraisal_only: appraisalOnly,
    limit
  });
}
