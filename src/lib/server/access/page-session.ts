import { can } from './grants.js';
import { onlyAsEmployee } from './scope.js';
import { authenticate, type Authentication } from './authenticate.js';
import { rolesOf, type Role } from '../context.js';
import { serverConfig, serverWarehouse } from '../runtime.js';

/** What the dashboard shell needs to know of the reader: open mode, who, which roles, which pages. */
export interface PageSession {
  mode: 'open' | 'accounts';
  username: string | null;
  roles: Role[];
  employeeId: string | null;
  /** the nav entries the roles allow */
  pages: {
    overview: boolean; process: boolean; anomalies: boolean; acquisition: boolean; projects: boolean; supervision: boolean;
    scorecards: boolean; ratings: boolean; calibration: boolean; explore: boolean; data: boolean; calendar: boolean; audit: boolean;
  };
  /** the write controls the roles allow (the API refuses the rest anyway; a page shows only what will work) */
  actions: { manageAppraisal: boolean; manageFindings: boolean; manageAlerts: boolean; upload: boolean };
}

/** The session of a page request (cookie, or a trusted proxy's header), or undefined when sign-in is needed. */
export async function pageSession(request: Request, peer: string | null): Promise<PageSession | undefined> {
  let auth: Authentication | undefined;
  try {
    auth = await authenticate(await serverWarehouse(), request, serverConfig().access, peer);
  } catch {
    return undefined; // a leaver's session: sign in again (and be refused there, with the reason)
  }
  if (!auth) return undefined;
  const caller = auth.caller;
  return {
    mode: auth.via === 'open' ? 'open' : 'accounts',
    username: auth.user?.username ?? null,
    roles: rolesOf(caller),
    employeeId: caller.employeeId ?? null,
    pages: {
      overview: can(caller, 'aggregates.read'),
      process: can(caller, 'aggregates.read'),
      anomalies: can(caller, 'aggregates.read'),
      acquisition: can(caller, 'aggregates.read'),
      projects: can(caller, 'aggregates.read'),
      supervision: can(caller, 'aggregates.read'),
      scorecards: can(caller, 'appraisal.read'),
      ratings: can(caller, 'ratings.read'),
      calibration: can(caller, 'appraisal.read') && !onlyAsEmployee(caller, 'appraisal.read'),
      explore: can(caller, 'aggregates.read'),
      data: can(caller, 'status.read'),
      // the work calendar is no one's personal data
      calendar: can(caller, 'aggregates.read'),
      audit: can(caller, 'audit.read')
    },
    actions: {
      manageAppraisal: can(caller, 'appraisal.manage'),
      manageFindings: can(caller, 'findings.manage'),
      manageAlerts: can(caller, 'alerts.manage'),
      upload: can(caller, 'data.upload')
    }
  };
}
