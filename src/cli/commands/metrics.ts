import { metricSeries } from '../../lib/server/queries/metrics.js';
import { metricSeriesParams, withSeriesDefaults } from '../../lib/server/params/metrics.js';
import { parseParams } from '../../lib/server/params/parse.js';
import { parseFormat, printRows } from '../output.js';
import { contextFrom, type CommonOptions } from '../runtime.js';

interface Options extends CommonOptions {
  metric: string;
  grain?: string;
  sliceType?: string;
  from?: string;
  to?: string;
  team?: string;
  role?: string;
  channel?: string;
  employee?: string;
}

/** `opscore metrics --metric NAME [--grain] [--slice-type] [filters]`: the CLI twin of GET /api/metrics (same schema). */
export async function run(options: Options): Promise<void> {
  const format = parseFormat(options.format);
  const params = parseParams(metricSeriesParams, {
    metric: options.metric, grain: options.grain, slice_type: options.sliceType, from: options.from, to: options.to,
    team: options.team, role: options.role, channel: options.channel, employee: options.employee
  });
  const rows = await metricSeries(await contextFrom(options), withSeriesDefaults(params));
  printRows(rows, format, format === 'table' ? ['period', 'slice_type', 'slice', 'slice_label', 'value', 'n'] : undefined);
}
