/**
 * Which incidents notify (issue 17), after every load and build: per enabled rule, each matching incident that has
 * no opened notice gets one (sql/alerts/incidents_to_open.sql), and each announced incident that has ended gets one
 * resolved notice (incidents_to_resolve.sql). One notice per incident, never one per day: alert_notices remembers.
 */
import { listValue } from '@duckdb/node-api';
import { ANOMALY_SERIES } from '../../catalog/metrics.js';
import { readSql } from '../paths.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import { localDay } from './clock.js';
import { dueTime, insertNotice, SEVERITY_RANK, type IncidentFacts, type NewNotice, type NoticePayload } from './notices.js';
import { routeSlice, superiors } from './route.js';
import type { EffectiveRule } from './rule-store.js';

type IncidentRow = {
  metric: string;
  slice_type: string;
  slice: string;
  start_day: string;
  end_day: string;
  days: number;
  peak_severity: 'low' | 'medium' | 'high';
  peak_score: number | null;
  peak_day: string;
  direction: 'spike' | 'drop' | null;
  value: number | null;
  expected: number | null;
};

/** An announced incident that ended; the incident's columns are NULL when it is `gone` (corrected data). */
type ResolveRow = IncidentRow & { opened_notice_id: number; recipient_employee_id: string | null; opened_due_ms: number; opened_payload: string; gone: boolean; opened_start_day: string };

/** The anomaly series a rule's metric (a catalog metric, as alerts.rules[].metric names it) is watched as. */
export const seriesOfRule = (metric: string): string[] => ANOMALY_SERIES.filter((s) => s.metric === metric).map((s) => s.series);

export interface EvaluateResult {
  opened: number;
  resolved: number;
}

function factsOf(row: IncidentRow, names: Map<string, string>): IncidentFacts {
  return {
    metric: row.metric,
    slice_type: row.slice_type,
    slice: row.slice,
    slice_name: row.slice_type === 'employee' ? names.get(row.slice) ?? null : null,
    start_day: row.start_day,
    end_day: row.end_day,
    days: row.days,
    severity: row.peak_severity,
    peak_score: row.peak_score,
    peak_day: row.peak_day,
    direction: row.direction,
    value: row.value,
    expected: row.expected
  };
}

/** Create the notices the rules call for at `now` (not sent here: deliver.ts sends what is due). */
export async function evaluateRules(warehouse: Warehouse, rules: EffectiveRule[], now: Date): Promise<EvaluateResult> {
  const alerts = warehouse.config.alerts;
  const timeZone = warehouse.config.business_timezone;
  const active = rules.filter((rule) => rule.enabled);
  if (active.length === 0) return { opened: 0, resolved: 0 };

  const today = localDay(now, timeZone);
  const bySlice = await superiors(warehouse, today);
  const names = new Map((await warehouse.query<{ employee_id: string; name: string }>('SELECT employee_id, name FROM employees')).map((e) => [e.employee_id, e.name]));

  const notices: NewNotice[] = [];
  for (const rule of active) {
    const toOpen = await warehouse.query<IncidentRow>(readSql('alerts/incidents_to_open.sql'), {
      rule: rule.name,
      series: listValue(seriesOfRule(rule.metric)),
      slice_types: listValue(rule.slice_types),
      min_rank: SEVERITY_RANK[rule.min_severity],
      within_days: alerts.notify_within_days
    });
    for (const row of toOpen) {
      const routed = routeSlice(warehouse.config, bySlice, row.slice_type, row.slice);
      const payload: NoticePayload = {
        incidents: [factsOf(row, names)],
        superior_id: routed.superior_id,
        superior_name: routed.superior_name,
        route: routed.route,
        ...(rule.digest ? { digest: true } : {})
      };
      notices.push({ rule: rule.name, kind: 'opened', incident: payload.incidents[0]!, recipient_employee_id: routed.recipient_employee_id, created: now, due: dueTime(now, rule, 'opened', alerts, timeZone), payload });
    }
    const toResolve = await warehouse.query<ResolveRow>(readSql('alerts/incidents_to_resolve.sql'), { rule: rule.name });
    for (const row of toResolve) {
      const opened = JSON.parse(row.opened_payload) as NoticePayload;
      const incident = row.gone ? opened.incidents[0]! : factsOf(row, names);
      // never before the opened notice (a digest rule's opened notice may still be waiting for the digest)
      const due = new Date(Math.max(dueTime(now, rule, 'resolved', alerts, timeZone).getTime(), row.opened_due_ms));
      notices.push({
        rule: rule.name, kind: 'resolved', incident, start_day: row.opened_start_day, recipient_employee_id: row.recipient_employee_id, created: now, due,
        payload: { incidents: [incident], superior_id: opened.superior_id, superior_name: opened.superior_name, route: opened.route }
      });
    }
  }
  if (notices.length > 0) {
    await warehouse.transaction(async (connection) => {
      for (const notice of notices) await insertNotice(connection, notice);
    });
  }
  return { opened: notices.filter((n) => n.kind === 'opened').length, resolved: notices.filter((n) => n.kind === 'resolved').length };
}
