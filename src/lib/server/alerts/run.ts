/**
 * The alert engine's one entry point (issue 17): after a load and build, create the notices the rules call for
 * (evaluate.ts) and send what is due (flush.ts); from `opscore serve`'s timer, only send what is due. It never throws
 * and never fails a load: it runs after the load has committed, and any error is caught, logged and returned.
 */
import { ModelsNotBuiltError } from '../../errors.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import { sendNotice } from './channels/index.js';
import { realSleep } from './deliver.js';
import { evaluateRules } from './evaluate.js';
import { deliverDue, gatherDigests } from './flush.js';
import { effectiveRules } from './rule-store.js';
import type { SendNotice } from './types.js';

export interface AlertRunOptions {
  /** the channel sender; default: the channels' sendNotice (channels/index.ts) */
  send?: SendNotice;
  /** the clock (tests move it past quiet hours and digest times) */
  now?: () => Date;
  /** one line per event worth telling (a notice created, a delivery given up, an error) */
  log?: (line: string) => void;
  /** false: only send what is due (the server's timer), no evaluation */
  evaluate?: boolean;
  env?: Record<string, string | undefined>;
  sleep?: (ms: number) => Promise<void>;
}

export interface AlertRunSummary {
  /** notices created: incidents announced, incidents ended, digests gathered */
  opened: number;
  resolved: number;
  digests: number;
  /** deliveries (a notice on one channel) finished in this run */
  sent: number;
  gave_up: number;
  /** what went wrong, one line each (the run carried on or stopped there; nothing was thrown) */
  errors: string[];
}

/** One evaluation at a time per warehouse in this process: two at once could announce the same incident twice. */
const queues = new Map<string, Promise<unknown>>();
function serially<T>(key: string, work: () => Promise<T>): Promise<T> {
  const run = (queues.get(key) ?? Promise.resolve()).then(work, work);
  queues.set(key, run.catch(() => undefined));
  return run;
}

export async function runAlerts(warehouse: Warehouse, options: AlertRunOptions = {}): Promise<AlertRunSummary> {
  const summary: AlertRunSummary = { opened: 0, resolved: 0, digests: 0, sent: 0, gave_up: 0, errors: [] };
  const log = options.log ?? (() => undefined);
  const now = options.now ?? (() => new Date());
  if (!warehouse.config.alerts.enabled) return summary;
  try {
    const rules = await serially(warehouse.path, async () => {
      const rules = await effectiveRules(warehouse);
      if (!rules.some((rule) => rule.enabled)) return rules; // nothing to announce or send
      if (options.evaluate !== false) {
        try {
          const created = await evaluateRules(warehouse, rules, now());
          summary.opened = created.opened;
          summary.resolved = created.resolved;
          if (created.opened + created.resolved > 0) log(`alerts: ${created.opened} incident${created.opened === 1 ? '' : 's'} announced, ${created.resolved} ended`);
        } catch (error) {
          // without built models there is nothing to evaluate; due notices still go out
          if (!(error instanceof ModelsNotBuiltError)) throw error;
          summary.errors.push(`alerts: models not built, no evaluation (${error.message})`);
        }
      }
      summary.digests = await gatherDigests(warehouse, now());
      if (summary.digests > 0) log(`alerts: ${summary.digests} digest${summary.digests === 1 ? '' : 's'} gathered`);
      return rules;
    });
    if (!rules.some((rule) => rule.enabled)) return summary;
    const delivered = await deliverDue(warehouse, rules, now(), {
      send: options.send ?? sendNotice,
      now,
      sleep: options.sleep ?? realSleep,
      env: options.env ?? process.env
    });
    summary.sent = delivered.sent;
    summary.gave_up = delivered.gave_up;
    if (delivered.sent + delivered.gave_up > 0) log(`alerts: ${delivered.sent} sent, ${delivered.gave_up} given up (see opscore alerts log)`);
  } catch (error) {
    summary.errors.push(`alerts: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  for (const line of summary.errors) log(line);
  return summary;
}
