import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { ConflictError } from '../../errors.js';
import { recordAudit } from '../access/audit.js';
import { requireGrant } from '../access/grants.js';
import type { QueryContext } from '../context.js';
import { readSql } from '../paths.js';
import { parseMonth, parseYear } from '../queries/appraisal-params.js';
import { annualResults } from '../queries/annual.js';
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
export function payrollCsv(rows: Record<string, unknown>[], columns: readonly string[] = PAYROLL_COLUMNS): string {
  const cells = rows.map((row) => columns.map((column) => {
    const value = neutralise(row[column]);
    return value === null || value === undefined ? '' : String(value);
  }));
  return `\uFEFF${stringify(cells, { header: true, columns: [...columns], record_delimiter: '\r\n' })}`;
}

/** The payroll workbook: one sheet named for the month, a header row, numbers as numbers. */
export async function payrollXlsx(rows: Record<string, unknown>[], period: string, columns: readonly string[] = PAYROLL_COLUMNS): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'opscore';
  const sheet = workbook.addWorksheet(`payroll ${period}`);
  sheet.columns = columns.map((key) => ({ header: key, key, width: key === 'published_at' ? 26 : 16 }));
  for (const row of rows) sheet.addRow(Object.fromEntries(columns.map((column) => [column, neutralise(row[column]) ?? null])));
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The annual payroll's columns: the year's grade and the salary adjustment it suggests (SPEC 4.4). */
export const ANNUAL_PAYROLL_COLUMNS = [
  'employee_id', 'name', 'team', 'role', 'year', 'graded_months', 'grade', 'salary_adjustment_pct', 'adjusted', 'published_at'
] as const;

/**
 * The annual payroll rows (hr, admin): only once every month of the year with a card is published (409 naming the
 * others), so the annual result rests on snapshots alone; `adjusted` says whether an adjustment in force shaped one of
 * the employee's published cards of the year, `published_at` is the latest of the year's publications.
 */
export async function annualPayrollRows(ctx: QueryContext, params: { year: string | number }): Promise<Record<string, unknown>[]> {
  requireGrant(ctx.caller, 'appraisal.manage');
  const year = parseYear(params.year);
  const open = await ctx.warehouse.query<{ month: string }>(readSql('cycle/year_unpublished.sql'), { year });
  if (open.length > 0) {
    throw new ConflictError(`conflict: ${year} has months not published (${open.map((m) => m.month).join(', ')}); the annual payroll needs every month with a card published`, 'year');
  }
  const [annual, marks] = await Promise.all([
    annualResults(ctx, { year }),
    ctx.warehouse.query<{ employee_id: string; adjusted: boolean; published_at: string }>(readSql('cycle/year_payroll_marks.sql'), { year })
  ]);
  const markOf = new Map(marks.map((m) => [m.employee_id, m]));
  const rows = annual.map((row) => ({
    ...row,
    adjusted: markOf.get(row.employee_id)?.adjusted ? 'yes' : 'no',
    published_at: markOf.get(row.employee_id)?.published_at ?? null
  }));
  await recordAudit(ctx, { action: 'export', objectType: 'payroll', objectIds: rows.map((r) => r.employee_id), month: null, detail: { year } });
  return rows;
}
