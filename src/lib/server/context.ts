import type { Warehouse } from './warehouse/warehouse.js';

/** The roles of SPEC section 11.1; a user holds one or more and their grants are the union. */
export const ROLES = ['admin', 'hr', 'leadership', 'manager', 'monitor', 'analyst', 'employee'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is asking. `scope` is the set of employees whose individual data the caller may see (SPEC 11.1: all, the
 * manager's subtree, or self); `roles` decide which kinds of data and actions are granted (access/grants.ts).
 */
export interface Caller {
  /** user id, `local` (open mode) or `cli:<OS user>` */
  id: string;
  username?: string;
  /** absent only on the local callers below; a signed-in user always has them */
  roles?: Role[];
  /** the employees row the user is linked to, if any */
  employeeId?: string | null;
  /** the connection's peer address, for the audit log */
  address?: string | null;
  scope:
    | { kind: 'all' }
    | { kind: 'teams'; teams: string[] }
    | { kind: 'employee'; employeeId: string }
    | { kind: 'employees'; employeeIds: string[] };
}

/** What every query function receives first: the warehouse and the caller. */
export interface QueryContext {
  warehouse: Warehouse;
  caller: Caller;
}

/** Open mode (no accounts) and the CLI act as a local admin (SPEC 11.4). */
export const LOCAL_CALLER: Caller = { id: 'local', roles: ['admin'], employeeId: null, scope: { kind: 'all' } };

/** The roles a caller holds; a caller built without roles is the local admin. */
export function rolesOf(caller: Caller): Role[] {
  return caller.roles ?? ['admin'];
}

/** A stable key for the caller's scope, so caches never hand one scope's rows to another. */
export function scopeKey(caller: Caller): string {
  const roles = [...rolesOf(caller)].sort().join('+');
  const scope = caller.scope;
  if (scope.kind === 'all') return `${roles}|all`;
  if (scope.kind === 'teams') return `${roles}|teams:${[...scope.teams].sort().join(',')}`;
  if (scope.kind === 'employees') return `${roles}|employees:${[...scope.employeeIds].sort().join(',')}`;
  return `${roles}|employee:${scope.employeeId}`;
}
