/**
 * alert_notices rows: what the engine remembers of each notice (which incident, whom, when due) and the payload it is
 * rendered from at delivery time (so a notice waiting out quiet hours is written in the language configured when it
 * goes out).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { AlertRule, AlertsConfig } from '../../config/alerts.js';
import { nextLocalTime, quietHoursEnd } from './clock.js';
import type { NoticeKind } from './types.js';

/** One incident as anomaly_incidents gave it, with its slice's display name (an employee's name). */
export interface IncidentFacts {
  metric: string;
  slice_type: string;
  slice: string;
  slice_name: string | null;
  start_day: string;
  end_day: string;
  days: number;
  severity: 'low' | 'medium' | 'high';
  peak_score: number | null;
  peak_day: string;
  direction: 'spike' | 'drop' | null;
  value: number | null;
  expected: number | null;
}

export interface NoticePayload {
  incidents: IncidentFacts[];
  /** the superior the manager_id tree named, and why the notice goes where it goes (route.ts) */
  superior_id: string | null;
  superior_name: string | null;
  route: 'superior' | 'no_superior' | 'no_contact' | 'test';
  /** an opened notice of a digest rule: it waits for the digest instead of going out alone */
  digest?: boolean;
  /** set on such a notice once a digest gathered it */
  digest_notice_id?: number;
  /** a digest: the opened notices it gathers */
  members?: number[];
}

export interface NewNotice {
  rule: string;
  kind: NoticeKind;
  incident: IncidentFacts | null;
  /** the incident's identity when it differs from incident.start_day: a resolved notice keeps its opened notice's */
  start_day?: string;
  recipient_employee_id: string | null;
  created: Date;
  due: Date;
  payload: NoticePayload;
}

export const SEVERITY_RANK = { low: 1, medium: 2, high: 3 } as const;

/**
 * When a notice created at `created` goes out: an opened notice of a digest rule at the next alerts.digest_time;
 * anything that would go out inside the rule's quiet hours when they end (local business time).
 */
export function dueTime(created: Date, rule: AlertRule, kind: NoticeKind, alerts: AlertsConfig, timeZone: string): Date {
  let due = kind === 'opened' && rule.digest ? nextLocalTime(created, alerts.digest_time, timeZone) : created;
  if (rule.quiet_hours) due = quietHoursEnd(due, rule.quiet_hours, timeZone) ?? due;
  return due;
}

/** Insert a notice; its id. */
export async function insertNotice(connection: DuckDBConnection, notice: NewNotice): Promise<number> {
  const incident = notice.incident;
  const reader = await connection.runAndReadAll(
    `INSERT INTO alert_notices (rule, kind, metric, slice_type, slice, start_day, end_day, severity, recipient_employee_id, created_at, due_at, payload)
     VALUES ($rule, $kind, $metric, $slice_type, $slice, $start_day::DATE, $end_day::DATE, $severity, $recipient, $created::TIMESTAMPTZ, $due::TIMESTAMPTZ, $payload::JSON)
     RETURNING notice_id`,
    {
      rule: notice.rule,
      kind: notice.kind,
      metric: incident?.metric ?? null,
      slice_type: incident?.slice_type ?? null,
      slice: incident?.slice ?? null,
      start_day: notice.start_day ?? incident?.start_day ?? null,
      end_day: incident?.end_day ?? null,
      severity: incident?.severity ?? null,
      recipient: notice.recipient_employee_id,
      created: notice.created.toISOString(),
      due: notice.due.toISOString(),
      payload: JSON.stringify(notice.payload)
    }
  );
  return Number(reader.getRows()[0]![0]);
}
