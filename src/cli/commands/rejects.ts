import { listRejects } from '../../lib/server/queries/rejects.js';
import { rejectsParams } from '../../lib/server/params/data.js';
import { parseParams } from '../../lib/server/params/parse.js';
import { parseFormat, printRows } from '../output.js';
import { contextFrom, type CommonOptions } from '../runtime.js';

interface RejectsOptions extends CommonOptions {
  file?: string;
  dataset?: string;
  limit?: string;
}

/** `opscore rejects [--file] [--dataset]`: rejected rows with their line, field and reason. */
export async function run(options: RejectsOptions): Promise<void> {
  const format = parseFormat(options.format);
  // the same schema as GET /api/rejects
  const params = parseParams(rejectsParams, { file: options.file, dataset: options.dataset, limit: options.limit });
  const rows = await listRejects(await contextFrom(options), params);
  if (format === 'table') {
    // The raw row can be long: the table shows its start; json and csv carry it whole.
    printRows(rows.map((r) => ({ ...r, raw: r.raw && r.raw.length > 60 ? `${r.raw.slice(0, 57)}...` : r.raw })), format);
  } else {
    printRows(rows, format);
  }
}
