/** The alert log (issue 17): what the API's log route and `opscore alerts log` read. */
import { UserError } from '../../errors.js';
import { requireGrant } from '../access/grants.js';
import type { QueryContext } from '../context.js';
import { readSql } from '../paths.js';

export const LOG_STATUSES = ['sent', 'failed', 'gave_up'] as const;
export type LogStatus = (typeof LOG_STATUSES)[number];

export interface AlertLogFilters {
  rule?: string;
  status?: LogStatus;
  channel?: string;
  notice_id?: number;
  /** newest first; default 100, at most 1000 */
  limit?: number;
}

export type AlertLogRow = {
  log_id: number;
  at: string;
  notice_id: number;
  rule: string;
  kind: string | null;
  channel: string;
  recipient: string | null;
  attempt: number;
  status: LogStatus;
  reason: string | null;
  metric: string | null;
  slice_type: string | null;
  slice: string | null;
  start_day: string | null;
  end_day: string | null;
  severity: string | null;
  recipient_employee_id: string | null;
};

export const DEFAULT_LOG_LIMIT = 100;
export const MAX_LOG_LIMIT = 1000;

/** Delivery attempts, newest first (grant alerts.read). */
export async function listAlertLog(ctx: QueryContext, filters: AlertLogFilters = {}): Promise<AlertLogRow[]> {
  requireGrant(ctx.caller, 'alerts.read', 'rule');
  if (filters.status !== undefined && !LOG_STATUSES.includes(filters.status)) {
    throw new UserError(`status: must be one of ${LOG_STATUSES.join(', ')}`, 'status');
  }
  const limit = filters.limit ?? DEFAULT_LOG_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LOG_LIMIT) throw new UserError(`limit: must be a whole number from 1 to ${MAX_LOG_LIMIT}`, 'limit');
  return ctx.warehouse.query<AlertLogRow>(readSql('alerts/log.sql'), {
    rule: filters.rule ?? null,
    status: filters.status ?? null,
    channel: filters.channel ?? null,
    notice_id: filters.notice_id ?? null,
    limit
  });
}
