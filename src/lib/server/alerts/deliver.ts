/**
 * Delivery (issue 17): one notice on one channel, attempt after attempt (alerts.retry: up to `attempts`, waiting
 * first_delay_seconds, doubling, at most max_delay_seconds, and only after an outcome the channel calls retryable).
 * Every attempt is a row of alert_log: sent, failed (with the reason; another attempt follows) or gave_up (the last
 * attempt, or an outcome not worth retrying, with its reason). Never throws.
 */
import type { AlertChannel, AlertsConfig } from '../../config/alerts.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import type { Recipient, RenderedNotice, SendNotice, SendOutcome } from './types.js';

export interface DeliveryDeps {
  send: SendNotice;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  env: Record<string, string | undefined>;
}

export interface Delivery {
  notice: RenderedNotice;
  /** the channel's name as the rule lists it, and its definition (undefined: no longer in alerts.channels) */
  channelName: string;
  channel: AlertChannel | undefined;
  recipient: Recipient | null;
  fallbackEmail: string | null;
  /** failed attempts already logged (a delivery resumed by a later flush) and when the last one was, epoch ms */
  failures: number;
  lastAttemptMs: number | null;
}

export type DeliveryResult = 'sent' | 'gave_up';

export const realSleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** The wait before attempt `attempt` (2, 3, ...): first_delay_seconds doubling, capped; in ms. */
export function backoffMs(retry: AlertsConfig['retry'], attempt: number): number {
  return Math.min(retry.first_delay_seconds * 2 ** Math.max(0, attempt - 2), retry.max_delay_seconds) * 1000;
}

async function logAttempt(warehouse: Warehouse, delivery: Delivery, attempt: number, at: Date, status: 'sent' | 'failed' | 'gave_up', recipient: string | null, reason: string | null): Promise<void> {
  await warehouse.run(
    `INSERT INTO alert_log (notice_id, rule, channel, recipient, attempt, "at", status, reason) VALUES ($notice, $rule, $channel, $recipient, $attempt, $at::TIMESTAMPTZ, $status, $reason)`,
    { notice: delivery.notice.notice_id, rule: delivery.notice.rule, channel: delivery.channelName, recipient, attempt, at: at.toISOString(), status, reason: reason === null ? null : reason.slice(0, 2000) }
  );
}

/** One attempt; a sender that throws (it should not) counts as a failure not worth retrying. */
async function attemptOnce(delivery: Delivery, alerts: AlertsConfig, deps: DeliveryDeps): Promise<SendOutcome> {
  if (!delivery.channel) return { ok: false, recipient: null, reason: `channel "${delivery.channelName}" is not in alerts.channels`, retryable: false };
  try {
    return await deps.send(delivery.channel, delivery.notice, delivery.recipient, delivery.fallbackEmail, {
      timeoutMs: alerts.retry.timeout_seconds * 1000,
      env: deps.env,
      now: deps.now,
      smtp: alerts.smtp
    });
  } catch (error) {
    return { ok: false, recipient: null, reason: `the ${delivery.channel.type} sender failed: ${error instanceof Error ? error.message : String(error)}`, retryable: false };
  }
}

/** Deliver until sent or given up, logging each attempt. */
export async function deliver(warehouse: Warehouse, delivery: Delivery, alerts: AlertsConfig, deps: DeliveryDeps): Promise<DeliveryResult> {
  const retry = alerts.retry;
  let attempt = delivery.failures + 1;
  let lastMs = delivery.lastAttemptMs;
  for (;;) {
    if (attempt > 1 && lastMs !== null) {
      const wait = lastMs + backoffMs(retry, attempt) - deps.now().getTime();
      if (wait > 0) await deps.sleep(wait);
    }
    const outcome = await attemptOnce(delivery, alerts, deps);
    const at = deps.now();
    lastMs = at.getTime();
    if (outcome.ok) {
      await logAttempt(warehouse, delivery, attempt, at, 'sent', outcome.recipient, null);
      return 'sent';
    }
    const last = !outcome.retryable || attempt >= retry.attempts;
    await logAttempt(warehouse, delivery, attempt, at, last ? 'gave_up' : 'failed', outcome.recipient, outcome.reason);
    if (last) return 'gave_up';
    attempt++;
  }
}
