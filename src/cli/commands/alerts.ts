import { alertsAfterBuild, describeAlertRun } from '../../lib/server/alerts/after-build.js';
import { DELIVERY_STATUSES, listAlertLog, type DeliveryStatus } from '../../lib/server/alerts/log-queries.js';
import { sendTestNotice } from '../../lib/server/alerts/test-notice.js';
import { UserError } from '../../lib/server/warehouse/errors.js';
import { parseFormat, printRows } from '../output.js';
import { contextFrom, type CommonOptions } from '../runtime.js';

/** `opscore alerts test --rule NAME`: a sample notice through each channel of the rule, its outcome per line. */
export async function test(options: CommonOptions & { rule: string }): Promise<void> {
  const ctx = await contextFrom(options);
  const result = await sendTestNotice(ctx, options.rule);
  if (result.outcomes.length === 0) console.log(`rule ${options.rule} has no channel`);
  for (const outcome of result.outcomes) {
    const to = outcome.recipient ? ` to ${outcome.recipient}` : '';
    if (outcome.status === 'sent') console.log(`${outcome.channel}: sent${to}`);
    else console.error(`${outcome.channel}: failed${to}: ${outcome.reason ?? 'no reason given'}`);
  }
  if (result.outcomes.some((outcome) => outcome.status !== 'sent')) process.exitCode = 1;
}

/** `opscore alerts log [--rule] [--status] [--limit]`. */
export async function log(options: CommonOptions & { rule?: string; status?: string; limit?: string }): Promise<void> {
  const format = parseFormat(options.format);
  if (options.status !== undefined && !DELIVERY_STATUSES.includes(options.status as DeliveryStatus)) {
    throw new UserError(`--status: must be one of ${DELIVERY_STATUSES.join(', ')} (got "${options.status}")`, 'status');
  }
  const limit = Number(options.limit ?? '100');
  if (!/^\d+$/.test(options.limit ?? '100')) throw new UserError(`--limit: must be a whole number (got "${options.limit}")`, 'limit');
  const ctx = await contextFrom(options);
  const rows = await listAlertLog(ctx, { rule: options.rule, status: options.status as DeliveryStatus | undefined, limit });
  printRows(rows, format, ['at', 'notice_id', 'rule', 'kind', 'channel', 'recipient', 'attempt', 'status', 'reason', 'metric', 'slice_type', 'slice', 'start_day']);
}

/** `opscore alerts run`: evaluate the rules now and send what is due (what a load does after its build). */
export async function run(options: CommonOptions): Promise<void> {
  const ctx = await contextFrom(options);
  const summary = await alertsAfterBuild(ctx.warehouse, (line) => process.stderr.write(`  ${line}\n`));
  console.log(describeAlertRun(summary) || 'alerts: nothing new, nothing due');
  if (summary.errors.length > 0 || summary.gave_up > 0) process.exitCode = 1;
}
