import { ratingCompletion } from '../../lib/server/ratings/completion.js';
import { completionParams } from '../../lib/server/params/ratings.js';
import { parseParams } from '../../lib/server/params/parse.js';
import { parseFormat, printRows } from '../output.js';
import { contextFrom, type CommonOptions } from '../runtime.js';

interface Options extends CommonOptions {
  month: string;
  by?: string;
  team?: string;
}

/** `opscore completion --month YYYY-MM [--by team|company|ratee|supervisor|missing]`: the rating round's completion. */
export async function run(options: Options): Promise<void> {
  const format = parseFormat(options.format);
  const params = parseParams(completionParams, { month: options.month, by: options.by, team: options.team });
  const rows = await ratingCompletion(await contextFrom(options), params);
  const flat = rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Array.isArray(v) && format !== 'json' ? v.join(';') : v])));
  printRows(format === 'json' ? rows : flat, format);
}
