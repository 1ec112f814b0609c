import { publishMonth, reopenMonth } from '../../lib/server/cycle/publish.js';
import { cliContext, printResult } from '../cycle-context.js';
import type { CommonOptions } from '../runtime.js';

interface Options extends CommonOptions {
  month: string;
  reason: string;
  format?: string;
}

/** `opscore publish --month YYYY-MM --reason TEXT`: freeze the month as snapshot version v + 1 (SPEC 10.1). */
export async function run(options: Options): Promise<void> {
  const result = await publishMonth(await cliContext(options), { month: options.month, reason: options.reason });
  printResult(result, options.format);
}

/** `opscore reopen --month YYYY-MM --reason TEXT`. */
export async function reopen(options: Options): Promise<void> {
  printResult(await reopenMonth(await cliContext(options), { month: options.month, reason: options.reason }), options.format);
}
