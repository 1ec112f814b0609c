import type { Warehouse } from './warehouse/warehouse.js';

/** Who is asking. Today everyone sees everything; access control will narrow `scope` without touching queries' callers. */
export interface Caller {
  id: string;
  scope: { kind: 'all' } | { kind: 'teams'; teams: string[] } | { kind: 'employee'; employeeId: string };
}

/** What every query function receives first: the warehouse and the caller. */
export interface QueryContext {
  warehouse: Warehouse;
  caller: Caller;
}

export const LOCAL_CALLER: Caller = { id: 'local', scope: { kind: 'all' } };

/** A stable key for the caller's scope, so caches never hand one scope's rows to another. */
export function scopeKey(caller: Caller): string {
  const scope = caller.scope;
  if (scope.kind === 'all') return 'all';
  if (scope.kind === 'teams') return `teams:${[...scope.teams].sort().join(',')}`;
  return `employee:${scope.employeeId}`;
}
