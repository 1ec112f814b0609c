import { writeFileSync } from 'node:fs';
import { UserError } from '../../lib/errors.js';
import { ANNUAL_PAYROLL_COLUMNS, annualPayrollRows, PAYROLL_COLUMNS, payrollCsv, payrollRows, payrollXlsx } from '../../lib/server/cycle/payroll.js';
import { cliContext } from '../cycle-context.js';
import type { CommonOptions } from '../runtime.js';

interface Options extends CommonOptions {
  month?: string;
  year?: string;
  format?: string;
  out?: string;
}

/** `opscore export payroll --month YYYY-MM | --year YYYY [--format csv|xlsx] [--out FILE]`: a published month's or year's payroll file. */
export async function run(what: string, options: Options): Promise<void> {
  if (what !== 'payroll') throw new UserError(`export: unknown export "${what}" (known: payroll)`);
  const format = options.format ?? 'csv';
  if (format !== 'csv' && format !== 'xlsx') throw new UserError('--format: must be csv or xlsx', 'format');
  if ((options.month === undefined) === (options.year === undefined)) throw new UserError('export payroll: give --month YYYY-MM or --year YYYY', 'month');
  const ctx = await cliContext(options);
  const period = (options.month ?? options.year)!;
  const rows = options.month !== undefined ? await payrollRows(ctx, { month: options.month }) : await annualPayrollRows(ctx, { year: options.year! });
  const columns = options.month !== undefined ? PAYROLL_COLUMNS : ANNUAL_PAYROLL_COLUMNS;
  const out = options.out ?? `payroll_${period}.${format}`;
  if (format === 'xlsx') writeFileSync(out, await payrollXlsx(rows, period, columns));
  else if (options.out === '-') process.stdout.write(payrollCsv(rows, columns));
  else writeFileSync(out, payrollCsv(rows, columns), 'utf8');
  if (options.out !== '-') console.log(`payroll ${period}: ${rows.length} rows written to ${out}`);
}
