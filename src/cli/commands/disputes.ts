import { acknowledgeCard, listDisputes, openDispute, resolveDispute } from '../../lib/server/cycle/disputes.js';
import type { Caller } from '../../lib/server/context.js';
import { disputesParams } from '../../lib/server/params/cycle.js';
import { parseParams } from '../../lib/server/params/parse.js';
import { cardPath, disputeBody } from '../../lib/server/params/cycle.js';
import { parseFormat, printRows } from '../output.js';
import { cliContext, printResult } from '../cycle-context.js';
import type { CommonOptions } from '../runtime.js';

/** `opscore disputes [--month] [--status]`: the disputes, with comment and reply (the CLI is the local admin). */
export async function run(options: CommonOptions & { month?: string; status?: string; format?: string }): Promise<void> {
  const params = parseParams(disputesParams, { month: options.month, status: options.status });
  const rows = await listDisputes(await cliContext(options), params);
  printRows(rows, parseFormat(options.format), ['dispute_id', 'employee_id', 'month', 'version', 'subject', 'status', 'opened_at', 'comment', 'reply', 'resolved_by', 'adjustment_ids']);
}

/** The employee's own acts from the CLI: `--as EMPLOYEE` acts as that employee's linked user (local file, SPEC 11.4). */
async function asEmployee(options: CommonOptions & { employee: string }) {
  const ctx = await cliContext(options);
  const caller: Caller = { ...ctx.caller, id: `${ctx.caller.id}:as:${options.employee}`, roles: ['employee'], employeeId: options.employee, scope: { kind: 'employee', employeeId: options.employee } };
  return { ...ctx, caller };
}

/** `opscore dispute --employee ID --month YYYY-MM --comment TEXT [--subject IND|grade]`: open a dispute as the employee. */
export async function open(options: CommonOptions & { employee: string; month: string; comment: string; subject?: string; format?: string }): Promise<void> {
  // the same schemas as POST /api/scorecards/{employee}/{month}/disputes (its path and body)
  const card = parseParams(cardPath, { employee: options.employee, month: options.month });
  const body = parseParams(disputeBody, { comment: options.comment, subject: options.subject });
  printResult(await openDispute(await asEmployee(options), { ...card, ...body }), options.format);
}

/** `opscore acknowledge --employee ID --month YYYY-MM`: the employee has read their published card. */
export async function acknowledge(options: CommonOptions & { employee: string; month: string; format?: string }): Promise<void> {
  const card = parseParams(cardPath, { employee: options.employee, month: options.month });
  printResult(await acknowledgeCard(await asEmployee(options), card), options.format);
}

/** `opscore resolve --dispute ID --outcome upheld|adjusted --reply TEXT [--adjustments 1,2]`. */
export async function resolve(options: CommonOptions & { dispute: string; outcome: string; reply: string; adjustments?: string; format?: string }): Promise<void> {
  const ids = options.adjustments ? options.adjustments.split(',').map((id) => Number(id.trim())) : undefined;
  printResult(
    await resolveDispute(await cliContext(options), { id: options.dispute, outcome: options.outcome, reply: options.reply, ...(ids ? { adjustment_ids: ids } : {}) }),
    options.format
  );
}
