import { moveRatingWindow, ratingWindow } from '../../lib/server/ratings/window.js';
import { moveRatingWindowBody, ratedMonthParams } from '../../lib/server/params/ratings.js';
import { parseParams } from '../../lib/server/params/parse.js';
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
  // the same schemas as GET /api/ratings/window and POST /api/appraisal/months/{month}/rating-window
  const { month } = parseParams(ratedMonthParams, { month: options.month });
  const move = options.closesOn === undefined ? null : parseParams(moveRatingWindowBody, { closes_on: options.closesOn, reason: options.reason });
  const ctx = await contextFrom(options);
  const window = move === null ? await ratingWindow(ctx, month) : await moveRatingWindow(ctx, month, move);
  printRows([window as unknown as Record<string, unknown>], format);
}
