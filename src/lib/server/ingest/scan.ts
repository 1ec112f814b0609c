import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

const NL = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const COMMA = 0x2c;

/** What one pass over a file's bytes tells: its hash, its first bytes and, for CSV, its header and whether the
 * file is "simple" (no quote character, no blank line), so that row i of DuckDB's parse is physical line i + 2. */
export interface FileScan {
  bytes: number;
  hash: string;
  /** The first bytes of the file (up to 64 KiB): enough to tell junk from text and to read a CSV header. */
  head: Buffer;
  csv?: CsvHead;
}

export interface CsvHead {
  /** The header record's fields (quotes removed), or null for a file without any record. */
  header: string[] | null;
  /** No quote and no blank line anywhere: every record is one line, right after the header. */
  simple: boolean;
}

/** Where the records of a CSV file start. DuckDB's own line numbers do not count the lines inside quoted fields,
 * so the loader maps each parsed row back to the physical line with this layout. */
export interface CsvLayout {
  /** The header record's fields (quotes removed), or null for a file without any record. */
  header: string[] | null;
  /** Physical line of the header (1 unless the file starts with blank lines). */
  headerLine: number;
  /** Data records in file order (blank lines are not records): byte offset and 1-based physical line of their start. */
  count: number;
  offsets: Float64Array;
  lines: Float64Array;
  /** The file ends inside a quoted field. */
  unterminatedQuote: boolean;
}

/** Growable pair of number arrays (a million records cost 16 MB, not a million objects). */
class RecordStarts {
  count = 0;
  offsets = new Float64Array(1 << 14);
  lines = new Float64Array(1 << 14);

  push(offset: number, line: number): void {
    if (this.count === this.offsets.length) {
      const offsets = new Float64Array(this.count * 2);
      offsets.set(this.offsets);
      this.offsets = offsets;
      const lines = new Float64Array(this.count * 2);
      lines.set(this.lines);
      this.lines = lines;
    }
    this.offsets[this.count] = offset;
    this.lines[this.count] = line;
    this.count++;
  }
}

/** A quote-aware CSV record finder (RFC 4180: a quote opens a field only at its start, "" inside is a quote),
 * jumping between quotes and newlines with indexOf so it runs at memchr speed on ordinary files. */
class CsvScanner {
  private readonly starts = new RecordStarts();
  private inQuote = false;
  private pendingClose = false;
  private prevByte = -1;
  private line = 1;
  private recStart = 0;
  private recLine = 1;
  private headerRange: [number, number] | null = null;
  private headerLine = 1;

  constructor(private readonly headBytes: () => Buffer) {}

  feed(chunk: Buffer, base: number): void {
    const len = chunk.length;
    let i = 0;
    // A UTF-8 byte order mark is not part of the header's first field.
    if (base === 0 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) this.recStart = i = 3;
    let nextQuote = -1;
    while (i < len) {
      if (this.pendingClose) {
        this.pendingClose = false;
        if (chunk[i] === QUOTE) {
          i++;
          continue;
        }
        this.inQuote = false;
      }
      if (this.inQuote) {
        const q = chunk.indexOf(QUOTE, i);
        const end = q === -1 ? len : q;
        this.line += countNewlines(chunk, i, end);
        if (q === -1) break;
        if (q + 1 === len) {
          this.pendingClose = true;
          break;
        }
        if (chunk[q + 1] === QUOTE) {
          i = q + 2;
        } else {
          this.inQuote = false;
          i = q + 1;
        }
        continue;
      }
      if (nextQuote < i) {
        nextQuote = chunk.indexOf(QUOTE, i);
        if (nextQuote === -1) nextQuote = len;
      }
      let nl = chunk.indexOf(NL, i);
      if (nl === -1) nl = len;
      if (nextQuote < nl) {
        const before = nextQuote === 0 ? this.prevByte : chunk[nextQuote - 1]!;
        if (base + nextQuote === this.recStart || before === COMMA) this.inQuote = true;
        i = nextQuote + 1;
        continue;
      }
      if (nl === len) break;
      this.endRecord(base + nl, nl > 0 ? chunk[nl - 1]! : this.prevByte);
      this.line++;
      this.recStart = base + nl + 1;
      this.recLine = this.line;
      i = nl + 1;
    }
    if (len > 0) this.prevByte = chunk[len - 1]!;
  }

  private endRecord(end: number, lastByte: number): void {
    const length = end - this.recStart;
    if (length === 0 || (length === 1 && lastByte === CR)) return; // a blank line is not a record
    if (this.headerRange === null) {
      this.headerRange = [this.recStart, end];
      this.headerLine = this.recLine;
    } else {
      this.starts.push(this.recStart, this.recLine);
    }
  }

  finish(total: number): CsvLayout {
    if (this.recStart < total) this.endRecord(total, this.prevByte);
    let header: string[] | null = null;
    if (this.headerRange) {
      const head = this.headBytes();
      const [from, to] = this.headerRange;
      header = to <= head.length ? parseCsvRecord(head.subarray(from, to).toString('utf8')) : null;
      if (header === null) throw new Error('the header row is longer than 64 KiB');
    }
    return {
      header,
      headerLine: this.headerLine,
      count: this.starts.count,
      offsets: this.starts.offsets,
      lines: this.starts.lines,
      unterminatedQuote: this.inQuote && !this.pendingClose
    };
  }
}

function countNewlines(chunk: Buffer, from: number, to: number): number {
  let n = 0;
  let at = chunk.indexOf(NL, from);
  while (at !== -1 && at < to) {
    n++;
    at = chunk.indexOf(NL, at + 1);
  }
  return n;
}

/** Fields of one CSV record (used for the header only; DuckDB parses the data). */
export function parseCsvRecord(text: string): string[] {
  const fields: string[] = [];
  let field = '';
  let inQuote = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuote) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') inQuote = false;
      else field += ch;
    } else if (ch === '"' && fieldStart) {
      inQuote = true;
      fieldStart = false;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
      fieldStart = true;
    } else {
      if (ch !== '\r' || i !== text.length - 1) field += ch;
      fieldStart = false;
    }
  }
  fields.push(field);
  return fields;
}

const HEAD_BYTES = 64 * 1024;

/** The header record at the start of the file: skip a BOM and blank lines, read one quote-aware record. */
export function csvHeader(head: Buffer): string[] | null {
  let text = head.toString('utf8').replace(/^\uFEFF/, '').replace(/^(\r?\n)+/, '');
  if (text.length === 0) return null;
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuote = !inQuote;
    else if (ch === '\n' && !inQuote) {
      text = text.slice(0, i);
      break;
    }
  }
  return parseCsvRecord(text.replace(/\r$/, ''));
}

/** Read a file once: its sha256, its first bytes, and for CSV its header and whether it is simple. */
export async function scanFile(path: string, options: { csv: boolean }): Promise<FileScan> {
  const hash = createHash('sha256');
  const headParts: Buffer[] = [];
  let headLength = 0;
  let bytes = 0;
  let simple = true;
  let last = -1; // the last two bytes before the current chunk, to see a blank line across chunks
  let beforeLast = -1;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    if (headLength < HEAD_BYTES) {
      headParts.push(chunk.subarray(0, HEAD_BYTES - headLength));
      headLength += Math.min(chunk.length, HEAD_BYTES - headLength);
    }
    if (options.csv && simple) {
      const start = bytes === 0 ? 0 : -1;
      simple =
        chunk.indexOf(QUOTE) === -1 &&
        chunk.indexOf('\n\n') === -1 &&
        chunk.indexOf('\n\r\n') === -1 &&
        !(start === 0 && (chunk[0] === NL || (chunk[0] === CR && chunk[1] === NL))) &&
        !(last === NL && (chunk[0] === NL || (chunk[0] === CR && chunk[1] === NL))) &&
        !(beforeLast === NL && last === CR && chunk[0] === NL);
      beforeLast = chunk.length > 1 ? chunk[chunk.length - 2]! : last;
      last = chunk[chunk.length - 1] ?? last;
    }
    bytes += chunk.length;
  }
  const head = Buffer.concat(headParts);
  return { bytes, hash: hash.digest('hex'), head, csv: options.csv ? { header: csvHeader(head), simple } : undefined };
}

/** A second, quote-aware pass over a CSV file to find where every record starts (only when the file is not simple
 * or DuckDB refused some records). */
export async function scanCsvLayout(path: string): Promise<CsvLayout> {
  let head: Buffer | null = null;
  const scanner = new CsvScanner(() => head!);
  let bytes = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    if (head === null) head = chunk.subarray(0, HEAD_BYTES);
    scanner.feed(chunk, bytes);
    bytes += chunk.length;
  }
  head ??= Buffer.alloc(0);
  return scanner.finish(bytes);
}
