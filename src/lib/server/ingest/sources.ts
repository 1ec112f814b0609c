import type { DuckDBConnection } from '@duckdb/node-api';
import { readerRows } from '../warehouse/rows.js';
import { type DatasetContract } from './contracts.js';
import type { CsvParseReject } from './csv-lines.js';
import { FileRejected } from './errors.js';

export type FileFormat = 'csv' | 'jsonl' | 'parquet';

/**
 * How one file becomes rows of text for the checks: a SELECT whose columns are `raw_<column>` for every column of the
 * contract (NULL when the file lacks an optional one), `x_<n>` for the file's other columns, `_parse_error` and,
 * for JSON Lines and Parquet, `_line` (CSV lines are mapped from row order after the parse, see csv-lines.ts).
 */
export interface Source {
  select: string;
  /** The same rows again (CSV: without touching the reject tables of the first read), to recover raw text. */
  reselect: string;
  params: string[];
  /** SQL over the staged rows giving a rejected row's raw text. */
  rawExpression: string;
  /** Whether `_line` comes with the rows (JSON Lines, Parquet) or from the CSV layout. */
  linesFromLayout: boolean;
  /** Whether the rows carry `_file`, the raw file each comes from (adapters read several files). */
  hasFile?: boolean;
  /** Records refused before the rows were made (an adapter's raw files), each at its own file and line. */
  parseRejects?: CsvParseReject[];
}

export const sqlString = (text: string): string => `'${text.replaceAll("'", "''")}'`;
export const sqlIdentifier = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** Normalise a column name as the contract reads it: case-insensitive, surrounding spaces (and a BOM) trimmed. */
export const columnName = (name: string): string => name.replace(/^\uFEFF/, '').trim().toLowerCase();

/** Match a file's column names to the contract: which file column holds each contract column, and which are extra. */
function mapColumns(contract: DatasetContract, names: string[]): { byColumn: Map<string, number>; extras: number[] } {
  const byColumn = new Map<string, number>();
  const seen = new Map<string, number>();
  const extras: number[] = [];
  names.forEach((name, index) => {
    const normal = columnName(name);
    if (normal === '') {
      extras.push(index); // unnamed columns (a trailing comma in a spreadsheet export) are ignored
      return;
    }
    if (seen.has(normal)) throw new FileRejected(`column "${normal}" appears twice in the header`);
    seen.set(normal, index);
    if (contract.columns.includes(normal)) byColumn.set(normal, index);
    else extras.push(index);
  });
  const missing = contract.required.filter((c) => !byColumn.has(c));
  if (missing.length > 0) {
    const shown = names.map(columnName).filter(Boolean).slice(0, 12).join(', ');
    throw new FileRejected(
      `missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} for dataset ${contract.name} (the file has: ${shown || 'no column names'})`
    );
  }
  if (contract.oneOf && !contract.oneOf.some((c) => byColumn.has(c))) {
    throw new FileRejected(`needs at least one of the columns ${contract.oneOf.join(', ')} for dataset ${contract.name}`);
  }
  return { byColumn, extras };
}

/** The raw_* and x_* select list, given how to read file column i as text. */
function textColumns(contract: DatasetContract, byColumn: Map<string, number>, extras: number[], column: (index: number) => string): string[] {
  return [
    ...contract.columns.map((c) => (byColumn.has(c) ? `${column(byColumn.get(c)!)} AS raw_${c}` : `NULL::VARCHAR AS raw_${c}`)),
    ...extras.map((i) => `${column(i)} AS x_${i}`)
  ];
}

/** The staged column holding file column i. */
const stagedColumn = (byColumn: Map<string, number>, index: number): string => {
  for (const [name, i] of byColumn) if (i === index) return `raw_${name}`;
  return `x_${index}`;
};

/** CSV read entirely as text with the dialect stated (never sniffed); ragged rows go to DuckDB's reject table. */
export function csvSource(path: string, contract: DatasetContract, header: string[] | null): Source {
  if (!header) throw new FileRejected('empty file: no header row');
  const { byColumn, extras } = mapColumns(contract, header);
  const columns = header.map((_, i) => `${sqlString(`c${i}`)}: 'VARCHAR'`).join(', ');
  const read = (rejects: string) => `SELECT ${textColumns(contract, byColumn, extras, (i) => `c${i}`).join(', ')}, NULL::VARCHAR AS _parse_error
    FROM read_csv($1, header = true, delim = ',', quote = '"', escape = '"', auto_detect = false, encoding = 'utf-8',
                  columns = {${columns}}, store_rejects = true, rejects_table = '${rejects}_errors', rejects_scan = '${rejects}_scans')`;
  const select = read('ingest_csv');
  const fields = header.map((_, i) => `ingest_csv_field(${stagedColumn(byColumn, i)})`);
  return { select, reselect: read('ingest_csv_again'), params: [path], rawExpression: `concat_ws(',', ${fields.join(', ')})`, linesFromLayout: true };
}

/** JSON Lines: one object per line, read as text in DuckDB; keys matched case-insensitively. */
export async function jsonLinesSource(connection: DuckDBConnection, path: string, contract: DatasetContract): Promise<Source> {
  await connection.run(
    `CREATE TEMP TABLE ingest_json AS
     WITH lines AS (
       SELECT u.n AS _line, rtrim(CASE WHEN u.n = 1 THEN ltrim(u.line, chr(65279)) ELSE u.line END, chr(13)) AS line
       FROM read_text($1) t, unnest(string_split(t.content, chr(10))) WITH ORDINALITY AS u(line, n)
     )
     SELECT _line, line AS _raw, CASE WHEN json_valid(line) THEN json_type(line) = 'OBJECT' ELSE false END AS _ok
     FROM lines WHERE trim(line) <> ''`,
    [path]
  );
  const [first] = readerRows<{ _line: number; _ok: boolean }>(await connection.runAndReadAll('SELECT _line, _ok FROM ingest_json ORDER BY _line LIMIT 1'));
  if (!first) throw new FileRejected('empty file: no JSON objects');
  if (!first._ok) throw new FileRejected(`not JSON Lines: line ${first._line} is not a JSON object (write one JSON object per line)`);
  const keys = readerRows<{ k: string }>(
    await connection.runAndReadAll('SELECT DISTINCT unnest(json_keys(_raw)) AS k FROM ingest_json WHERE _ok ORDER BY k')
  ).map((r) => r.k);
  const variants = new Map<string, string[]>();
  for (const key of keys) {
    const normal = columnName(key);
    variants.set(normal, [...(variants.get(normal) ?? []), key]);
  }
  const missing = contract.required.filter((c) => !variants.has(c));
  if (missing.length > 0) {
    throw new FileRejected(
      `missing required field${missing.length > 1 ? 's' : ''} ${missing.join(', ')} for dataset ${contract.name} (the objects have: ${[...variants.keys()].slice(0, 12).join(', ') || 'no fields'})`
    );
  }
  if (contract.oneOf && !contract.oneOf.some((c) => variants.has(c))) {
    throw new FileRejected(`needs at least one of the fields ${contract.oneOf.join(', ')} for dataset ${contract.name}`);
  }
  const extract = (key: string) => `json_extract_string(_raw, ${sqlString(`$."${key.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`)})`;
  const columns = contract.columns.map((c) => {
    const found = variants.get(c);
    if (!found) return `NULL::VARCHAR AS raw_${c}`;
    const value = found.length === 1 ? extract(found[0]!) : `coalesce(${found.map(extract).join(', ')})`;
    return `CASE WHEN _ok THEN ${value} END AS raw_${c}`;
  });
  const select = `SELECT ${columns.join(', ')}, _line, _raw,
      CASE WHEN NOT _ok THEN CASE WHEN json_valid(_raw) THEN 'not a JSON object' ELSE 'not valid JSON' END END AS _parse_error
    FROM ingest_json`;
  return { select, reselect: select, params: [], rawExpression: '_raw', linesFromLayout: false };
}

/** Parquet: every column cast to text (a TIMESTAMPTZ keeps its offset in the text); the line is the row's number. */
export async function parquetSource(connection: DuckDBConnection, path: string, contract: DatasetContract): Promise<Source> {
  let described: { column_name: string }[];
  try {
    described = readerRows(await connection.runAndReadAll('DESCRIBE SELECT * FROM read_parquet($1)', [path]));
  } catch (error) {
    throw new FileRejected(`not a readable Parquet file (${firstLine(error)})`);
  }
  const names = described.map((d) => d.column_name);
  const { byColumn, extras } = mapColumns(contract, names);
  const text = (i: number) => `CAST(${sqlIdentifier(names[i]!)} AS VARCHAR)`;
  const select = `SELECT ${textColumns(contract, byColumn, extras, text).join(', ')}, file_row_number + 1 AS _line, NULL::VARCHAR AS _parse_error
    FROM read_parquet($1, file_row_number = true)`;
  const pairs = names.map((name, i) => `${sqlString(name)}, ${stagedColumn(byColumn, i)}`);
  return { select, reselect: select, params: [path], rawExpression: `json_object(${pairs.join(', ')})::VARCHAR`, linesFromLayout: false };
}

export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.trim();
}
