import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { ConflictError } from '../../errors.js';
import { recordAudit } from '../access/audit.js';
import { requireGrant } from '../access/grants.js';
import type { QueryContext } from '../context.js';
import { readSql } from '../paths.js';
import { parseMonth } from '../queries/appraisal-params.js';
import { monthStatus } from './month-state.js';

/** One line of the payroll file, in its column order. */
export interface PayrollRow {
  employee_id: string;
  name: string;
  team: string;
  role: string;
  grade: string | null;
  bonus_coefficient: number | null;
  adjusted: 'yes' | 'no';
  published_at: string;
  [key: string]: unknown;
}

export const PAYROLL_COLUMNS = ['employee_id', 'name', 'team', 'role', 'grade', 'bonus_coefficient', 'adjusted', 'published_at'] as const;

/** The payroll rows of a published month (hr, admin); any other state is a 409 naming it. Audited as an export. */
export async function payrollRows(ctx: QueryContext, params: { month: string }): Promise<PayrollRow[]> {
  requireGrant(ctx.caller, 'appraisal.manage');
  const monthDate = parseMonth(params.month);
  const month = monthDate.slice(0, 7);
  const status = await monthStatus(ctx, month);
  if (status.state !== 'published') throw new ConflictError(`conflict: ${month} is ${status.state}; payroll is exported from a published month only`, 'month');
  const rows = await ctx.warehouse.query<PayrollRow>(readSql('cycle/payroll.sql'), { month: monthDate });
  await recordAudit(ctx, { action: 'export', objectType: 'payroll', objectIds: rows.map((r) => r.employee_id), month, detail: { version: status.version } });
  return rows;
}

/** A text cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe (OWASP). */
export function neutralise(value: unknown): unknown {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The payroll CSV: UTF-8 with a BOM (Excel on a Chinese Windows then reads it as UTF-8), RFC 4180 quoting. */
export function payrollCsv(rows: PayrollRow[]): string {
  const cells = rows.map((row) => PAYROLL_COLUMNS.map((column) => {
    const value = neutralise(row[column]);
    return value === null || value === undefined ? '' : String(value);
  }));
  return `\uFEFF${stringify(cells, { header: true, columns: [...PAYROLL_COLUMNS], record_delimiter: '\r\n' })}`;
}

/** The payroll workbook: one sheet named for the month, a header row, numbers as numbers. */
export async function payrollXlsx(rows: PayrollRow[], month: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'opscore';
  const sheet = workbook.addWorksheet(`payroll ${month}`);
  sheet.columns = PAYROLL_COLUMNS.map((key) => ({ header: key, key, width: key === 'published_at' ? 26 : 16 }));
  for (const row of rows) sheet.addRow(Object.fromEntries(PAYROLL_COLUMNS.map((column) => [column, neutralise(row[column]) ?? null])));
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
