import { calibration, leniency } from '../../lib/server/ratings/calibration.js';
import { calibrationParams, leniencyParams } from '../../lib/server/params/ratings.js';
import { parseParams } from '../../lib/server/params/parse.js';
import { parseFormat, printRows } from '../output.js';
import { contextFrom, type CommonOptions } from '../runtime.js';

interface Options extends CommonOptions {
  month?: string;
  year?: string;
  from?: string;
  to?: string;
  by?: string;
  leniency?: boolean;
}

const DISTRIBUTION_COLUMNS = ['group_type', 'group_name', 'graded', 'ungraded', 'excellent', 'excellent_share', 'excellent_flag',
  'good', 'good_share', 'good_flag', 'qualified', 'qualified_share', 'unqualified', 'unqualified_share', 'unqualified_flag'];

/** `opscore calibration --month YYYY-MM [--by team|manager|company] [--leniency]` (or --year, or --from/--to). */
export async function run(options: Options): Promise<void> {
  const format = parseFormat(options.format);
  // the same schemas as GET /api/calibration/leniency and /api/calibration
  const period = { month: options.month, year: options.year, from: options.from, to: options.to };
  if (options.leniency) {
    const params = parseParams(leniencyParams, period);
    return printRows(await leniency(await contextFrom(options), params), format);
  }
  const params = parseParams(calibrationParams, { ...period, by: options.by });
  const rows = await calibration(await contextFrom(options), params);
  printRows(rows, format, format === 'table' ? DISTRIBUTION_COLUMNS : undefined);
}
