import { ForbiddenError } from '../../errors.js';
import { rolesOf, type Caller, type Role } from '../context.js';

/**
 * The kinds of data and actions of SPEC section 11.2, one name each. Which employees a granted read covers is the
 * caller's `scope` (all, subtree, self); this table only says whether the kind is granted at all.
 */
export const GRANTS = {
  /** metrics, trends, KPIs, anomaly lists and series by company, team, channel */
  'aggregates.read': ['admin', 'hr', 'leadership', 'manager', 'monitor', 'analyst', 'employee'],
  /** per-employee operational data: employee slice, slowest agents, leads, milestones, findings, drill-down records */
  'operations.read': ['admin', 'hr', 'leadership', 'manager', 'monitor', 'employee'],
  /** scorecards, grades, bonus, ranks, flags, explain, grade distribution, calibration, annual results */
  'appraisal.read': ['admin', 'hr', 'leadership', 'manager', 'employee'],
  /** ratings received (means per rater type, completion) and rating rows */
  'ratings.read': ['admin', 'hr', 'leadership', 'manager', 'employee'],
  /** ingest log, row counts, model status */
  'status.read': ['admin', 'hr', 'leadership', 'manager', 'monitor', 'analyst'],
  /** upload files and read rejects (datasets per role: UPLOAD_DATASETS) */
  'data.upload': ['admin', 'hr', 'monitor'],
  /** publish, reopen, rating window, adjust, resolve disputes */
  'appraisal.manage': ['admin', 'hr'],
  /** open findings from the dashboard, verify them (SPEC 9.5) */
  'findings.manage': ['admin', 'hr', 'monitor'],
  /** users and others' tokens */
  'users.manage': ['admin'],
  /** the audit log (hr: appraisal entries only) */
  'audit.read': ['admin', 'hr'],
  /** anomaly alert rules and the alert log (issue 17: the process monitor's post reports to superiors) */
  'alerts.read': ['admin', 'hr', 'leadership', 'manager', 'monitor'],
  /** add, change or switch off alert rules in the app */
  'alerts.manage': ['admin']
} as const satisfies Record<string, readonly Role[]>;

export type Grant = keyof typeof GRANTS;

/** Which datasets each uploading role may load and read rejects of (SPEC 11.2); admin every one. */
export const UPLOAD_DATASETS: Partial<Record<Role, readonly string[] | 'all'>> = {
  admin: 'all',
  hr: ['employees', 'targets', 'ratings', 'calendar'],
  monitor: ['inspections', 'findings']
};

export function can(caller: Caller, grant: Grant): boolean {
  const granted: readonly Role[] = GRANTS[grant];
  return rolesOf(caller).some((role) => granted.includes(role));
}

/** Throw a 403 naming the parameter that asked for it unless the caller's roles grant `grant`. */
export function requireGrant(caller: Caller, grant: Grant, param: string | null = null): void {
  if (!can(caller, grant)) throw new ForbiddenError(`forbidden: your role does not grant ${grant}`, param);
}

export function canUploadDataset(caller: Caller, dataset: string): boolean {
  return rolesOf(caller).some((role) => {
    const allowed = UPLOAD_DATASETS[role];
    return allowed === 'all' || (allowed?.includes(dataset) ?? false);
  });
}
