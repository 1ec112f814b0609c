import { monthlyTrends } from '../../lib/server/queries/trends.js';
import { trendsParams } from '../../lib/server/params/metrics.js';
import { parseParams } from '../../lib/server/params/parse.js';
import { parseFormat, printRows } from '../output.js';
import { contextFrom, type CommonOptions } from '../runtime.js';

interface Options extends CommonOptions {
  from?: string;
  to?: string;
  team?: string;
  role?: string;
  channel?: string;
}

const TABLE_COLUMNS = ['month', 'metric', 'value', 'target', 'attainment_pct', 'mom_pct', 'yoy_pct'];

/** `opscore trends [--from] [--to] [filters]`: company KPIs per month, the CLI twin of GET /api/trends (same schema). */
export async function run(options: Options): Promise<void> {
  const format = parseFormat(options.format);
  const params = parseParams(trendsParams, { from: options.from, to: options.to, team: options.team, role: options.role, channel: options.channel });
  const rows = await monthlyTrends(await contextFrom(options), params);
  printRows(rows, format, format === 'table' ? TABLE_COLUMNS : undefined);
}
