import { UserError } from '../../errors.js';
import { requireGrant } from '../access/grants.js';
import { scopeSql, type SqlCondition } from '../access/scope.js';
import type { QueryContext } from '../context.js';
import { readSql } from '../paths.js';

/** What a delivery attempt ended as (alert_log.status), and what a notice told of (alert_notices.kind). */
export const DELIVERY_STATUSES = ['sent', 'failed', 'gave_up'] as const;
export const NOTICE_KINDS = ['opened', 'resolved', 'digest', 'test'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** The largest page of the log one request reads. */
export const ALERT_LOG_MAX_LIMIT = 500;

export interface AlertLogFilters {
  rule?: string | undefined;
  status?: DeliveryStatus | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

/** One delivery attempt of a notice on a channel, with the incident the notice tells of (null for digests and tests). */
export interface AlertLogRow {
  log_id: number;
  at: string;
  rule: string;
  notice_id: number;
  kind: string;
  metric: string | null;
  slice_type: string | null;
  slice: string | null;
  start_day: string | null;
  end_day: string | null;
  severity: string | null;
  channel: string;
  recipient: string | null;
  attempt: number;
  status: string;
  reason: string | null;
  [key: string]: unknown;
}

const TEAM_OF = (employee: string) => `(SELECT any_value(e.team) FROM dim_employees e WHERE e.employee_id = ${employee})`;

/**
 * Which notices a reader sees. Company and channel slices are aggregates: every reader of the log. An employee's
 * slice names a person: only a reader whose scope holds that employee; a team's slice, only a reader whose scope holds
 * someone of that team. A digest or a test has no slice: it is shown to a scoped reader only when it was addressed to
 * someone in their scope (a digest may list incidents of people outside it).
 */
function noticeScope(ctx: QueryContext): SqlCondition {
  if (ctx.caller.scope.kind === 'all') return { sql: 'true', params: {} };
  const employee = scopeSql(ctx, 'operations', { employee: 'n.slice', team: TEAM_OF('n.slice') }, 'slice_type');
  const team = scopeSql(ctx, 'operations', { employee: 'd.employee_id', team: 'd.team' }, 'slice_type');
  const recipient = scopeSql(ctx, 'operations', { employee: 'n.recipient_employee_id', team: TEAM_OF('n.recipient_employee_id') }, 'slice_type');
  const sql = `CASE n.slice_type
      WHEN 'company' THEN true
      WHEN 'channel' THEN true
      WHEN 'employee' THEN (${employee.sql})
      WHEN 'team' THEN n.slice IN (SELECT d.team FROM dim_employees d WHERE ${team.sql})
      ELSE n.recipient_employee_id IS NOT NULL AND (${recipient.sql})
    END`;
  // the three conditions bind the same scope_ parameters to the same values
  return { sql, params: { ...employee.params, ...team.params, ...recipient.params } };
}

function bounded(value: number | undefined, name: string, min: number, max: number, fallback: number): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) throw new UserError(`${name}: must be a whole number from ${min} to ${max}`, name);
  return n;
}

/** The alert log, newest attempt first (alerts.read), within the reader's scope; `limit` at most ALERT_LOG_MAX_LIMIT. */
export async function listAlertLog(ctx: QueryContext, filters: AlertLogFilters = {}): Promise<AlertLogRow[]> {
  requireGrant(ctx.caller, 'alerts.read');
  const status = filters.status ?? null;
  if (status !== null && !DELIVERY_STATUSES.includes(status)) throw new UserError(`status: must be one of ${DELIVERY_STATUSES.join(', ')}`, 'status');
  const scope = noticeScope(ctx);
  return ctx.warehouse.query<AlertLogRow>(readSql('alerts/log_entries.sql').replace('{{scope}}', scope.sql), {
    ...scope.params,
    rule: filters.rule?.trim() || null,
    status,
    limit: bounded(filters.limit, 'limit', 1, ALERT_LOG_MAX_LIMIT, 100),
    offset: bounded(filters.offset, 'offset', 0, 1_000_000_000, 0)
  });
}
