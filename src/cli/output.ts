import stringWidth from 'string-width';
import { toCsv } from '../lib/shared/csv.js';
import { UserError } from '../lib/server/warehouse/errors.js';

export const FORMATS = ['table', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export function parseFormat(value: string | undefined): Format {
  const format = (value ?? 'table') as Format;
  if (!FORMATS.includes(format)) throw new UserError(`--format: must be one of ${FORMATS.join(', ')} (got "${value}")`);
  return format;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2);
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const pad = (text: string, width: number, right: boolean) => {
  const gap = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return right ? gap + text : text + gap;
};

/** An aligned text table (numbers right-aligned, Chinese text counted double width). */
export function formatTable(rows: Record<string, unknown>[], columns?: string[]): string {
  if (rows.length === 0) return '(no rows)';
  const header = columns ?? Object.keys(rows[0]!);
  const body = rows.map((row) => header.map((c) => cellText(row[c])));
  const numeric = header.map((c) => rows.every((row) => row[c] === null || row[c] === undefined || typeof row[c] === 'number'));
  const widths = header.map((c, i) => Math.max(stringWidth(c), ...body.map((cells) => stringWidth(cells[i]!))));
  const line = (cells: string[]) => cells.map((cell, i) => pad(cell, widths[i]!, numeric[i]!)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** Print rows in the chosen format: JSON keeps numbers unrounded, CSV quotes per RFC 4180. */
export function printRows(rows: Record<string, unknown>[], format: Format, columns?: string[]): void {
  if (format === 'json') process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else if (format === 'csv') process.stdout.write(toCsv(rows, columns));
  else process.stdout.write(`${formatTable(rows, columns)}\n`);
}
