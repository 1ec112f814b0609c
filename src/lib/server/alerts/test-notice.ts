/**
 * `opscore alerts test --rule NAME` and the page's test button (issue 17): a sample notice through each of the rule's
 * channels, once each (no retry: the person testing wants the answer now), logged like any notice.
 */
import { NotFoundError } from '../../errors.js';
import { requireGrant } from '../access/grants.js';
import type { QueryContext } from '../context.js';
import { ANOMALY_SERIES } from '../../catalog/metrics.js';
import { localDay } from './clock.js';
import { sendNotice } from './channels/index.js';
import { deliver } from './deliver.js';
import { insertNotice, type IncidentFacts, type NoticePayload } from './notices.js';
import { renderNotice } from './render.js';
import { effectiveRules } from './rule-store.js';
import type { SendNotice } from './types.js';

export interface TestOutcome {
  channel: string;
  status: 'sent' | 'gave_up';
  recipient: string | null;
  reason: string | null;
}

export interface TestNoticeResult {
  notice_id: number;
  outcomes: TestOutcome[];
}

/** Send a sample notice through the rule's channels (grant alerts.manage); each channel's outcome. */
export async function sendTestNotice(ctx: QueryContext, ruleName: string, options: { send?: SendNotice; now?: () => Date; env?: Record<string, string | undefined> } = {}): Promise<TestNoticeResult> {
  requireGrant(ctx.caller, 'alerts.manage', 'rule');
  const warehouse = ctx.warehouse;
  const rule = (await effectiveRules(warehouse)).find((r) => r.name === ruleName);
  if (!rule) throw new NotFoundError(`no alert rule named "${ruleName}"`, 'rule');
  const now = options.now ?? (() => new Date());
  const today = localDay(now(), warehouse.config.business_timezone);
  const series = ANOMALY_SERIES.find((s) => s.metric === rule.metric);
  const sliceType = rule.slice_types[0]!;
  const sample: IncidentFacts = {
    metric: series?.series ?? rule.metric, slice_type: sliceType, slice: sliceType === 'company' ? 'all' : 'SAMPLE', slice_name: null,
    start_day: today, end_day: today, days: 1, severity: rule.min_severity, peak_score: null, peak_day: today,
    direction: series?.harmful ?? 'spike', value: null, expected: null
  };
  const payload: NoticePayload = { incidents: [sample], superior_id: null, superior_name: null, route: 'test' };
  const noticeId = await warehouse.transaction((connection) =>
    insertNotice(connection, { rule: rule.name, kind: 'test', incident: sample, recipient_employee_id: null, created: now(), due: now(), payload })
  );
  const notice = renderNotice({ notice_id: noticeId, kind: 'test', rule: rule.name, payload }, warehouse.config.alerts, null);
  const alerts = { ...warehouse.config.alerts, retry: { ...warehouse.config.alerts.retry, attempts: 1 } };
  const outcomes: TestOutcome[] = [];
  for (const channelName of rule.channels) {
    const status = await deliver(warehouse, {
      notice, channelName, channel: alerts.channels.find((c) => c.name === channelName), recipient: null, fallbackEmail: rule.fallback ?? null, failures: 0, lastAttemptMs: null
    }, alerts, { send: options.send ?? sendNotice, now, sleep: async () => undefined, env: options.env ?? process.env });
    const [row] = await warehouse.query<{ recipient: string | null; reason: string | null }>(
      'SELECT recipient, reason FROM alert_log WHERE notice_id = $notice AND channel = $channel ORDER BY log_id DESC LIMIT 1', { notice: noticeId, channel: channelName }
    );
    outcomes.push({ channel: channelName, status, recipient: row?.recipient ?? null, reason: row?.reason ?? null });
  }
  return { notice_id: noticeId, outcomes };
}
