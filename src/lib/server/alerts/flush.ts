/**
 * Sending what is due (issue 17): first the digests whose time has come (one digest notice per rule and recipient,
 * gathering that rule's waiting opened notices), then every due notice on each of its rule's channels not yet sent or
 * given up, each channel's delivery with its own retries, side by side. A delivery already under way in this process
 * (a slow retry from an earlier flush) is left to finish, never started twice.
 */
import type { AlertsConfig } from '../../config/alerts.js';
import { readSql } from '../paths.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import { deliver, type DeliveryDeps, type DeliveryResult } from './deliver.js';
import { insertNotice, SEVERITY_RANK, type NoticePayload } from './notices.js';
import { renderNotice } from './render.js';
import { recipientOf } from './route.js';
import type { EffectiveRule } from './rule-store.js';
import type { NoticeKind } from './types.js';

export interface FlushResult {
  digests: number;
  sent: number;
  gave_up: number;
}

type MemberRow = { notice_id: number; rule: string; recipient_employee_id: string | null; payload: string };
type PendingRow = { notice_id: number; rule: string; kind: NoticeKind; recipient_employee_id: string | null; payload: string; tries: string };
type Try = { channel: string; failures: number; last_at_ms: number | null; finished: boolean };

const inFlight = new Set<string>();

/** Gather waiting opened notices of digest rules into one digest notice per rule and recipient. */
export async function gatherDigests(warehouse: Warehouse, now: Date): Promise<number> {
  const members = await warehouse.query<MemberRow>(readSql('alerts/digest_members.sql'), { now: now.toISOString() });
  if (members.length === 0) return 0;
  const groups = new Map<string, MemberRow[]>();
  for (const member of members) {
    const key = JSON.stringify([member.rule, member.recipient_employee_id]);
    groups.set(key, [...(groups.get(key) ?? []), member]);
  }
  await warehouse.transaction(async (connection) => {
    for (const group of groups.values()) {
      const payloads = group.map((member) => JSON.parse(member.payload) as NoticePayload);
      const incidents = payloads.flatMap((payload) => payload.incidents);
      const worst = incidents.reduce<'low' | 'medium' | 'high'>((top, i) => (SEVERITY_RANK[i.severity] > SEVERITY_RANK[top] ? i.severity : top), 'low');
      // one recipient per group; when the group mixes reasons for the fallback, say only that it is company-level
      const head = payloads.every((p) => p.route === payloads[0]!.route && p.superior_id === payloads[0]!.superior_id)
        ? payloads[0]!
        : { superior_id: null, superior_name: null, route: 'no_superior' as const };
      const digestId = await insertNotice(connection, {
        rule: group[0]!.rule, kind: 'digest', incident: null, recipient_employee_id: group[0]!.recipient_employee_id, created: now, due: now,
        payload: { incidents, superior_id: head.superior_id, superior_name: head.superior_name, route: head.route, members: group.map((m) => m.notice_id) }
      });
      await connection.run('UPDATE alert_notices SET severity = $severity WHERE notice_id = $id', { severity: worst, id: digestId });
      for (const [i, member] of group.entries()) {
        await connection.run('UPDATE alert_notices SET payload = $payload::JSON WHERE notice_id = $id', { payload: JSON.stringify({ ...payloads[i], digest_notice_id: digestId }), id: member.notice_id });
      }
    }
  });
  return groups.size;
}

/** Deliver every due notice on its rule's channels; resolves when these deliveries (with their retries) are done. */
export async function deliverDue(warehouse: Warehouse, rules: EffectiveRule[], now: Date, deps: DeliveryDeps): Promise<{ sent: number; gave_up: number }> {
  const alerts: AlertsConfig = warehouse.config.alerts;
  const byName = new Map(rules.map((rule) => [rule.name, rule]));
  const maxChannels = Math.max(1, ...rules.map((rule) => rule.channels.length));
  const pending = await warehouse.query<PendingRow>(readSql('alerts/pending_deliveries.sql'), { now: now.toISOString(), max_channels: maxChannels });
  const jobs: Promise<DeliveryResult>[] = [];
  for (const row of pending) {
    const rule = byName.get(row.rule);
    // a rule switched off or deleted sends nothing more; its notices wait in case it is switched on again
    if (!rule || !rule.enabled) continue;
    const tries = new Map((JSON.parse(row.tries) as Try[]).map((t) => [t.channel, t]));
    const payload = JSON.parse(row.payload) as NoticePayload;
    const recipient = recipientOf(warehouse.config, row.recipient_employee_id);
    const notice = renderNotice({ notice_id: row.notice_id, kind: row.kind, rule: row.rule, payload }, alerts, recipient?.name ?? null);
    for (const channelName of rule.channels) {
      const tried = tries.get(channelName);
      const key = `${warehouse.path}|${row.notice_id}|${channelName}`;
      if (tried?.finished || inFlight.has(key)) continue;
      inFlight.add(key);
      jobs.push(
        deliver(warehouse, {
          notice, channelName, channel: alerts.channels.find((c) => c.name === channelName), recipient, fallbackEmail: rule.fallback ?? null,
          failures: tried?.failures ?? 0, lastAttemptMs: tried?.last_at_ms ?? null
        }, alerts, deps).finally(() => inFlight.delete(key))
      );
    }
  }
  const results = await Promise.all(jobs);
  return { sent: results.filter((r) => r === 'sent').length, gave_up: results.filter((r) => r === 'gave_up').length };
}
