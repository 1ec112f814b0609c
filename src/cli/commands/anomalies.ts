import { listAnomalies, listIncidents } from '../../lib/server/queries/anomalies.js';
import { anomalyFilters, anomalyListParams } from '../../lib/server/params/anomalies.js';
import { parseParams } from '../../lib/server/params/parse.js';
import { UserError } from '../../lib/server/warehouse/errors.js';
import { parseFormat, printRows } from '../output.js';
import { contextFrom, type CommonOptions } from '../runtime.js';

interface AnomaliesOptions extends CommonOptions {
  from?: string;
  to?: string;
  metric?: string;
  slice?: string;
  minSeverity?: string;
  incidents?: boolean;
}

/** `--slice team` or `--slice team:华东一组` → the API's slice_type (and slice). */
function parseSlice(value: string | undefined): { slice_type?: string; slice?: string } {
  if (value === undefined) return {};
  const at = value.indexOf(':');
  const sliceType = at < 0 ? value : value.slice(0, at);
  const slice = at < 0 ? undefined : value.slice(at + 1);
  if (at >= 0 && !slice) throw new UserError(`--slice: want type or type:value (got "${value}")`);
  return { slice_type: sliceType, ...(slice === undefined ? {} : { slice }) };
}

/** `opscore anomalies`: anomalous days (or, with --incidents, runs of them), newest first. */
export async function run(options: AnomaliesOptions): Promise<void> {
  const format = parseFormat(options.format);
  // the same schema and the same mapping as GET /api/anomalies and /api/anomalies/incidents
  const params = parseParams(anomalyListParams, {
    from: options.from,
    to: options.to,
    metric: options.metric,
    min_severity: options.minSeverity,
    ...parseSlice(options.slice)
  });
  const filters = anomalyFilters(params);
  const ctx = await contextFrom(options);
  if (options.incidents) {
    printRows(await listIncidents(ctx, filters), format);
    return;
  }
  const rows = await listAnomalies(ctx, filters);
  if (format === 'table') {
    const round = (n: number) => Math.round(n * 100) / 100;
    printRows(
      rows.map((r) => ({ ...r, value: round(r.value), expected: round(r.expected), lower: round(r.lower), upper: round(r.upper), score: round(r.score) })),
      format,
      ['day', 'metric', 'slice_type', 'slice', 'value', 'expected', 'lower', 'upper', 'score', 'severity', 'direction']
    );
  } else {
    printRows(rows, format);
  }
}
