import { UserError } from '../../lib/errors.js';
import { publishMonth, reopenMonth } from '../../lib/server/cycle/publish.js';
import { publishYear, reopenYear } from '../../lib/server/cycle/year.js';
import { cliContext, printResult } from '../cycle-context.js';
import type { CommonOptions } from '../runtime.js';

interface Options extends CommonOptions {
  month?: string;
  year?: string;
  reason: string;
  format?: string;
}

/** Exactly one of --month and --year. */
function period(options: Options): { month: string } | { year: string } {
  if ((options.month === undefined) === (options.year === undefined)) throw new UserError('give exactly one of --month YYYY-MM and --year YYYY', 'month');
  return options.month !== undefined ? { month: options.month } : { year: options.year! };
}

/** `opscore publish --month YYYY-MM | --year YYYY --reason TEXT`: freeze the month (snapshot v + 1) or the year's annual results (SPEC 10.1, 10.2). */
export async function run(options: Options): Promise<void> {
  const which = period(options);
  const ctx = await cliContext(options);
  const result = 'month' in which
    ? await publishMonth(ctx, { month: which.month, reason: options.reason })
    : await publishYear(ctx, { year: which.year, reason: options.reason });
  printResult(result, options.format);
}

/** `opscore reopen --month YYYY-MM | --year YYYY --reason TEXT`. */
export async function reopen(options: Options): Promise<void> {
  const which = period(options);
  const ctx = await cliContext(options);
  printResult('month' in which ? await reopenMonth(ctx, { month: which.month, reason: options.reason }) : await reopenYear(ctx, { year: which.year, reason: options.reason }), options.format);
}
