import { stringify } from 'csv-stringify/sync';

/**
 * A text a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) gets a leading
 * apostrophe, so `=HYPERLINK(...)` in a name is shown, not run (OWASP CSV injection). Numbers are left as they are.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180 CSV of rows; arrays and objects inside a cell are written as JSON; formula-like text is neutralised. */
export function toCsv(rows: Record<string, unknown>[], columns?: string[]): string {
  const header = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  const cells = rows.map((row) =>
    header.map((column) => {
      const value = row[column];
      if (value === null || value === undefined) return '';
      if (typeof value === 'object') return JSON.stringify(value);
      return typeof value === 'string' ? neutraliseFormula(value) : String(value);
    })
  );
  return stringify(cells, { header: true, columns: header, record_delimiter: '\n' });
}
