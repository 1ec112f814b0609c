import { writeFileSync } from 'node:fs';
import { UserError } from '../../lib/errors.js';
import { payrollCsv, payrollRows, payrollXlsx } from '../../lib/server/cycle/payroll.js';
import { cliContext } from '../cycle-context.js';
import type { CommonOptions } from '../runtime.js';

interface Options extends CommonOptions {
  month: string;
  format?: string;
  out?: string;
}

/** `opscore export payroll --month YYYY-MM [--format csv|xlsx] [--out FILE]`: a published month's payroll file. */
export async function run(what: string, options: Options): Promise<void> {
  if (what !== 'payroll') throw new UserError(`export: unknown export "${what}" (known: payroll)`);
  const format = options.format ?? 'csv';
  if (format !== 'csv' && format !== 'xlsx') throw new UserError('--format: must be csv or xlsx', 'format');
  const rows = await payrollRows(await cliContext(options), { month: options.month });
  const out = options.out ?? `payroll_${options.month}.${format}`;
  if (format === 'xlsx') writeFileSync(out, await payrollXlsx(rows, options.month));
  else if (options.out === '-') process.stdout.write(payrollCsv(rows));
  else writeFileSync(out, payrollCsv(rows), 'utf8');
  if (options.out !== '-') console.log(`payroll ${options.month}: ${rows.length} rows written to ${out}`);
}
