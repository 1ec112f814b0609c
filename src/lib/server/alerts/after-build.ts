/**
 * The alert engine as the loads call it (CLI ingest and build, the API's upload, `opscore watch`, the server's timer):
 * with the channels' sender and one log line per event. Returns the run's summary; never
 * rejects, so a caller may start it and walk away (the API does not hold its answer for a delivery).
 */
import type { Warehouse } from '../warehouse/warehouse.js';
import { runAlerts, type AlertRunSummary } from './run.js';

export function alertsAfterBuild(warehouse: Warehouse, log: (line: string) => void = (line) => console.error(line)): Promise<AlertRunSummary> {
  return runAlerts(warehouse, { log });
}

/** Only send what is due (quiet hours over, digest time come, retries), without evaluating: the server's timer. */
export function flushDueAlerts(warehouse: Warehouse, log: (line: string) => void = (line) => console.error(line)): Promise<AlertRunSummary> {
  return runAlerts(warehouse, { log, evaluate: false });
}

/** One line for a person: what the run did (empty when it did nothing: no rule, nothing new, nothing due). */
export function describeAlertRun(summary: AlertRunSummary): string {
  if (summary.opened + summary.resolved + summary.digests + summary.sent + summary.gave_up + summary.errors.length === 0) return '';
  const parts = [`${summary.opened} opened`, `${summary.resolved} resolved`];
  if (summary.digests > 0) parts.push(`${summary.digests} digest${summary.digests === 1 ? '' : 's'}`);
  parts.push(`${summary.sent} sent`);
  if (summary.gave_up > 0) parts.push(`${summary.gave_up} given up`);
  if (summary.errors.length > 0) parts.push(`${summary.errors.length} error${summary.errors.length === 1 ? '' : 's'}`);
  return `alerts: ${parts.join(', ')}`;
}
