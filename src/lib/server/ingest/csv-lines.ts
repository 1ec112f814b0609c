import { FileRejected } from './errors.js';
import { parseCsvRecord, type CsvLayout } from './scan.js';

/** A record DuckDB's CSV reader refused (wrong field count, bad quoting, bad encoding), at its physical line. */
export interface CsvParseReject {
  /** The file it is in, when a load reads several (adapters); else the load's file. */
  file?: string;
  line: number;
  reason: string;
  raw: string;
}

/** Where DuckDB reported a refused record: the byte offset of its start. */
export interface CsvReaderError {
  position: number;
  errorType: string;
  message: string;
  csvLine: string | null;
}

/**
 * Map DuckDB's rows back to physical lines. DuckDB returns the accepted records in file order; the scan knows
 * where every record starts. Remove the refused ones and row i is the i-th remaining record. The result is a list
 * of (first row, shift) steps with line = row + shift, usually a single step (shift 2: the header is line 1).
 */
export function mapCsvLines(
  layout: CsvLayout,
  errors: CsvReaderError[],
  stagedRows: number,
  expectedFields: number
): { shifts: [number, number][]; rejects: CsvParseReject[] } {
  const refused = new Map<number, CsvReaderError>();
  for (const error of errors) {
    const index = recordAt(layout, error.position);
    if (index === -1) throw new FileRejected(`could not place a malformed record (byte ${error.position}): check its quoting`);
    if (!refused.has(index)) refused.set(index, error);
  }
  const rejects: CsvParseReject[] = [];
  const shifts: [number, number][] = [];
  let row = 0;
  let lastShift = Number.NaN;
  for (let index = 0; index < layout.count; index++) {
    const line = layout.lines[index]!;
    const error = refused.get(index);
    if (error) {
      rejects.push({ line, reason: describeReaderError(error, expectedFields), raw: (error.csvLine ?? '').replace(/^[\r\n]+|[\r\n]+$/g, '') });
      continue;
    }
    const shift = line - row;
    if (shift !== lastShift) {
      shifts.push([row, shift]);
      lastShift = shift;
    }
    row++;
  }
  if (row !== stagedRows) {
    throw new FileRejected(`found ${row} records but DuckDB parsed ${stagedRows}: the file's quoting is malformed (an unbalanced " ?)`);
  }
  return { shifts, rejects };
}

/** Index of the record holding byte `position`: the last record starting at or before it (DuckDB's reported start
 * can sit a byte or so into the record after quoted newlines), or -1. */
function recordAt(layout: CsvLayout, position: number): number {
  let low = 0;
  let high = layout.count - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (layout.offsets[mid]! <= position) low = mid + 1;
    else high = mid - 1;
  }
  return high;
}

function describeReaderError(error: CsvReaderError, expectedFields: number): string {
  const raw = (error.csvLine ?? '').replace(/^[\r\n]+|[\r\n]+$/g, '');
  const found = raw ? parseCsvRecord(raw).length : /Found:?\s*(\d+)/i.exec(error.message)?.[1];
  switch (error.errorType) {
    case 'MISSING COLUMNS':
    case 'TOO MANY COLUMNS':
      return `wrong field count: expected ${expectedFields} fields, found ${found ?? (error.errorType === 'MISSING COLUMNS' ? 'fewer' : 'more')}`;
    case 'UNQUOTED VALUE':
      return 'malformed quoting: a quoted field must close right before a comma or the line end (a quote inside it is doubled: "")';
    case 'INVALID ENCODING':
    case 'INVALID UNICODE':
      return 'not UTF-8 text';
    case 'LINE SIZE OVER MAXIMUM':
      return 'record too long';
    default:
      return `unreadable record: ${error.message.split('\n')[0]}`;
  }
}
