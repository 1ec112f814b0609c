import { UserError } from '../../lib/errors.js';
import { publishMonth, reopenMonth } from '../../lib/server/cycle/publish.js';
import { publishYear, reopenYear } from '../../lib/server/cycle/year.js';
import { monthPath, reasonBody, yearPath } from '../../lib/server/params/cycle.js';
import { parseParams } from '../../lib/server/params/parse.js';
import { cliContext, printResult } from '../cycle-context.js';
import type { CommonOptions } from '../runtime.js';

interface Options extends CommonOptions {
  month?: string;
  year?: string;
  reason: string;
  format?: string;
}

/** Exactly one of --month and --year, validated as the API's path, and the reason as its body. */
function period(options: Options): ({ month: string } | { year: string }) & { reason: string } {
  if ((options.month === undefined) === (options.year === undefined)) throw new UserError('give exactly one of --month YYYY-MM and --year YYYY', 'month');
  const { reason } = parseParams(reasonBody, { reason: options.reason });
  return options.month !== undefined ? { ...parseParams(monthPath, { month: options.month }), reason } : { ...parseParams(yearPath, { year: options.year }), reason };
}

/** `opscore publish --month YYYY-MM | --year YYYY --reason TEXT`: freeze the month (snapshot v + 1) or the year's annual results (SPEC 10.1, 10.2). */
export async function run(options: Options): Promise<void> {
  const which = period(options);
  const ctx = await cliContext(options);
  const result = 'month' in which
    ? await publishMonth(ctx, { month: which.month, reason: which.reason })
    : await publishYear(ctx, { year: which.year, reason: which.reason });
  printResult(result, options.format);
}

/** `opscore reopen --month YYYY-MM | --year YYYY --reason TEXT`. */
export async function reopen(options: Options): Promise<void> {
  const which = period(options);
  const ctx = await cliContext(options);
  printResult('month' in which ? await reopenMonth(ctx, { month: which.month, reason: which.reason }) : await reopenYear(ctx, { year: which.year, reason: which.reason }), options.format);
}
