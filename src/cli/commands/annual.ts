import { annualResults } from '../../lib/server/queries/annual.js';
import { annualParams, viewFromLive } from '../../lib/server/params/appraisal.js';
import { parseParams } from '../../lib/server/params/parse.js';
import { parseFormat, printRows } from '../output.js';
import { contextFrom, type CommonOptions } from '../runtime.js';

interface Options extends CommonOptions {
  year: string;
  employee?: string;
  team?: string;
  live?: boolean;
}

const COLUMNS = ['employee_id', 'name', 'team', 'role', 'year', 'graded_months', 'composite', 'grade', 'salary_adjustment_pct', 'published_months'];

/** `opscore annual --year YYYY [--employee ID] [--team T]`. */
export async function run(options: Options): Promise<void> {
  const format = parseFormat(options.format);
  const params = parseParams(annualParams, { year: options.year, team: options.team, employee: options.employee, view: viewFromLive(options.live) });
  const ctx = await contextFrom(options);
  const rows = await annualResults(ctx, params);
  if (format !== 'table') return printRows(rows, format, COLUMNS);
  console.log(`Annual results ${options.year}`);
  printRows(rows.map((row) => ({ ...row, grade: row.grade ?? 'insufficient data' })), 'table', COLUMNS);
}
