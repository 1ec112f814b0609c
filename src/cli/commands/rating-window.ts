import { moveRatingWindow, ratingWindow } from '../../lib/server/ratings/window.js';
import { parseFormat, printRows } from '../output.js';
import { contextFrom, type CommonOptions } from '../runtime.js';

interface Options extends CommonOptions {
  month: string;
  closesOn?: string;
  reason?: string;
}

/** `opscore rating-window --month YYYY-MM [--closes-on YYYY-MM-DD --reason TEXT]`: show or move a month's window. */
export async function run(options: Options): Promise<void> {
  const format = parseFormat(options.format);
  const ctx = await contextFrom(options);
  const window = options.closesOn === undefined
    ? await ratingWindow(ctx, options.month)
    : await moveRatingWindow(ctx, options.month, { closes_on: options.closesOn, reason: options.reason ?? '' });
  printRows([window as unknown as Record<string, unknown>], format);
}
