/**
 * The contract between the alert engine (which incidents, to whom, when: evaluate.ts, route.ts, deliver.ts) and the
 * channels (how a notice travels: channels/*.ts). The engine renders a notice once, in alerts.language; a channel
 * only shapes it into its service's message format and sends it.
 */
import type { AlertChannel } from '../../config/alerts.js';

export type NoticeKind = 'opened' | 'resolved' | 'digest' | 'test';

/** One incident as a notice tells of it. */
export interface NoticeIncident {
  metric: string;
  metric_label: string;
  slice_type: string;
  slice: string;
  slice_label: string;
  start_day: string; // YYYY-MM-DD
  end_day: string;
  days: number;
  severity: 'low' | 'medium' | 'high';
  direction: 'up' | 'down' | null;
  peak_day: string;
  value: number | null;
  expected: number | null;
  unit: string;
}

/** A notice, rendered: what any channel needs to send it. */
export interface RenderedNotice {
  notice_id: number;
  kind: NoticeKind;
  rule: string;
  language: 'zh' | 'en';
  /** one line: the subject of an email, the title of a robot's markdown card */
  title: string;
  /** plain text, several lines, without any mention (a channel adds its own) */
  text: string;
  /** the same as markdown (robots that take markdown) */
  markdown: string;
  /** link to the Anomalies page filtered to the incident, or null without alerts.dashboard_url */
  link: string | null;
  incidents: NoticeIncident[];
}

/** Whom the notice is for: a superior from the manager_id tree (with alerts.contacts), or the rule's fallback. */
export interface Recipient {
  employee_id: string | null;
  name: string | null;
  email: string | null;
  mobile: string | null;
  feishu_user_id: string | null;
}

/** What a channel reports of one delivery attempt. `retryable`: a timeout, a refused connection, HTTP 5xx or 429,
 * an SMTP 4xx; not: a 4xx answer, a robot's error code for a bad message, a missing secret or address. */
export type SendOutcome =
  | { ok: true; recipient: string }
  | { ok: false; recipient: string | null; reason: string; retryable: boolean };

export interface SendOptions {
  /** abort the attempt after this long */
  timeoutMs: number;
  /** the process environment (secrets and URLs named by *_env); tests pass their own */
  env: Record<string, string | undefined>;
  /** the clock, for signed-secret timestamps */
  now: () => Date;
  /** SMTP settings (alerts.smtp) for email channels */
  smtp: import('../../config/alerts.js').AlertsConfig['smtp'];
}

/** One attempt to deliver `notice` to `recipient` (or to the group / fallback when null) on `channel`. Never throws. */
export type SendNotice = (channel: AlertChannel, notice: RenderedNotice, recipient: Recipient | null, fallbackEmail: string | null, options: SendOptions) => Promise<SendOutcome>;
