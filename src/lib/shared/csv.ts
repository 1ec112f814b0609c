import { stringify } from 'csv-stringify/sync';

/** RFC 4180 CSV of rows; arrays and objects inside a cell are written as JSON. */
export function toCsv(rows: Record<string, unknown>[], columns?: string[]): string {
  const header = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  const cells = rows.map((row) =>
    header.map((column) => {
      const value = row[column];
      if (value === null || value === undefined) return '';
      if (typeof value === 'object') return JSON.stringify(value);
      return String(value);
    })
  );
  return stringify(cells, { header: true, columns: header, record_delimiter: '\n' });
}
