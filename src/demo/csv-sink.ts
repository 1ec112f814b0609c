import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { stringify } from 'csv-stringify/sync';

/** Rows buffered before they are quoted and handed to the file stream: bounded memory at any volume. */
const CHUNK_ROWS = 4096;

/** One contract file written as RFC 4180 CSV (UTF-8, header row, `\n` line ends), streamed in chunks. */
export class CsvSink {
  private stream: WriteStream;
  /** Rows already turned into CSV lines, waiting for the next chunk. */
  private pending: string[] = [];
  private written = 0;

  constructor(
    readonly path: string,
    readonly columns: readonly string[]
  ) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    this.stream.write(stringify([columns as string[]]));
  }

  /** Rows written so far (header excluded). */
  get rows(): number {
    return this.written + this.pending.length;
  }

  /** Queue one row (cells already formatted as text; '' is an empty cell). */
  push(row: string[]): void {
    this.pending.push(csvLine(row));
  }

  /** Write the queued rows once a chunk has gathered, waiting for the disk when the stream's buffer is full. */
  async flushIfFull(): Promise<void> {
    if (this.pending.length >= CHUNK_ROWS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.written += this.pending.length;
    this.pending = [];
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

/** Whether a cell needs quoting under RFC 4180 (indexOf beats a regex on short cells). */
function needsQuotes(cell: string): boolean {
  return cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
}

/**
 * One row as a CSV line, exactly as csv-stringify writes it: a row with nothing to quote is joined directly (the same
 * bytes, far faster at benchmark volumes); a row with a comma, quote or line break goes through csv-stringify.
 */
export function csvLine(row: readonly string[]): string {
  for (const cell of row) if (needsQuotes(cell)) return stringify([row as string[]]);
  return row.join(',') + '\n';
}

/** Several rows as CSV text (see csvLine). */
export function csvLines(rows: readonly string[][]): string {
  return rows.map(csvLine).join('');
}
