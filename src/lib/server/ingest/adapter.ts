import type { DuckDBConnection } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { packageRoot } from '../paths.js';
import { UserError } from '../warehouse/errors.js';
import { readerRows } from '../warehouse/rows.js';
import { CONTRACTS, DATASETS, isDataset, type Dataset } from './contracts.js';
import type { CsvParseReject } from './csv-lines.js';
import { FileRejected } from './errors.js';
import { csvLineShifts } from './load.js';
import { scanFile, type FileScan } from './scan.js';
import { columnName, firstLine, sqlIdentifier, sqlString, type Source } from './sources.js';

/**
 * An adapter: SQL that maps a system's own export to opscore's contracts (docs/adapters.md).
 *
 *   -- input: orders = olist_orders_dataset*.csv      (optional; without any, the one input is called `raw`)
 *   -- dataset: sales
 *   SELECT ... FROM orders ...;
 *   -- dataset: order_events
 *   SELECT ...
 *
 * Each input is a relation with every column of its files as text, plus `_file` and `_line` (the physical line where
 * the record starts). Each section is one SELECT returning the dataset's contract columns and `_line` (optionally
 * `_file` and `_reject`, a reason to refuse the row); its rows then take the same checks as a file's.
 */
export interface Adapter {
  name: string;
  path: string;
  text: string;
  inputs: AdapterInput[];
  sections: AdapterSection[];
}

export interface AdapterInput {
  name: string;
  /** File name pattern (`*` and `?`), matched case-insensitively against the base name. */
  pattern: string;
}

export interface AdapterSection {
  dataset: Dataset;
  sql: string;
  /** The inputs the SQL names: only these are read for the section. */
  inputs: string[];
}

/** The single input of an adapter that declares none. */
const DEFAULT_INPUT = 'raw';

/** Names the load connection already uses: an input named so would shadow a warehouse table or the loader's own. */
const RESERVED = new Set<string>([...DATASETS, 'ingest_log', 'rejects', 'replacements', 'audit_log']);

/** Where a shipped adapter lives: `adapters/NAME.sql` at the package root. */
export const adaptersDir = join(packageRoot, 'adapters');

/** An adapter by name (a shipped one) or by path to a .sql file. */
export function loadAdapter(reference: string): Adapter {
  const isPath = reference.endsWith('.sql') || reference.includes('/') || reference.includes('\\');
  const path = isPath ? reference : join(adaptersDir, `${reference}.sql`);
  if (!isPath && !/^[a-z0-9][a-z0-9_-]*$/i.test(reference)) throw new UserError(`--adapter: "${reference}" is neither a shipped adapter name nor a .sql file`, 'adapter');
  if (!existsSync(path)) {
    throw new UserError(
      isPath ? `--adapter: no such file ${reference}` : `--adapter: no shipped adapter "${reference}" (shipped: ${shippedAdapters().join(', ') || 'none'})`,
      'adapter'
    );
  }
  const name = isPath ? basename(path).replace(/\.sql$/i, '') : reference;
  return parseAdapter(name, path, readFileSync(path, 'utf8'));
}

export function shippedAdapters(): string[] {
  try {
    return readdirSync(adaptersDir).filter((f) => f.endsWith('.sql')).map((f) => f.slice(0, -4)).sort();
  } catch {
    return [];
  }
}

/** Split an adapter's text into its input declarations and dataset sections; a malformed header fails in one line. */
export function parseAdapter(name: string, path: string, text: string): Adapter {
  const fail = (why: string) => new UserError(`adapter ${name}: ${why}`, 'adapter');
  const inputs: AdapterInput[] = [];
  const sections: { dataset: Dataset; lines: string[] }[] = [];
  for (const line of text.split(/\r?\n/)) {
    const input = /^\s*--\s*input\s*:\s*(.*)$/i.exec(line);
    const dataset = /^\s*--\s*dataset\s*:\s*(.*)$/i.exec(line);
    if (input) {
      const declared = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(\S+)\s*$/.exec(input[1]!.trim());
      if (!declared) throw fail(`bad input line "${line.trim()}" (want -- input: NAME = FILE-PATTERN)`);
      const inputName = declared[1]!.toLowerCase();
      if (RESERVED.has(inputName) || inputName.startsWith('ingest_') || inputName.startsWith('adapter_')) {
        throw fail(`input name "${inputName}" is reserved (it names a warehouse table or the loader's own): choose another`);
      }
      if (inputs.some((i) => i.name === inputName)) throw fail(`input "${inputName}" is declared twice`);
      inputs.push({ name: inputName, pattern: declared[2]! });
    } else if (dataset) {
      // The first word names the dataset; words after it are a comment.
      const word = dataset[1]!.trim().split(/\s+/)[0] ?? '';
      const datasetName = word.toLowerCase();
      if (!isDataset(datasetName)) throw fail(`unknown dataset "${word}" in "-- dataset:" (one of ${DATASETS.join(', ')})`);
      if (sections.some((s) => s.dataset === datasetName)) throw fail(`dataset ${datasetName} has two sections`);
      sections.push({ dataset: datasetName, lines: [] });
    } else {
      sections.at(-1)?.lines.push(line);
    }
  }
  if (sections.length === 0) throw fail('declares no dataset (start each SELECT with a line "-- dataset: NAME")');
  const inputNames = inputs.length > 0 ? inputs.map((i) => i.name) : [DEFAULT_INPUT];
  const parsed = sections.map((section) => {
    const sql = section.lines.join('\n').trim().replace(/;\s*$/, '');
    if (!/\S/.test(sql.replace(/--[^\n]*/g, ''))) throw fail(`dataset ${section.dataset}: the section has no SELECT`);
    const used = inputNames.filter((input) => new RegExp(`\\b${input}\\b`, 'i').test(sql));
    return { dataset: section.dataset, sql, inputs: used };
  });
  // Employees load first, so the other sections' rows can name them.
  parsed.sort((a, b) => Number(b.dataset === 'employees') - Number(a.dataset === 'employees'));
  return { name, path, text, inputs, sections: parsed };
}

/** One raw file given to an adapter, scanned once. */
export interface AdapterFile {
  path: string;
  displayName: string;
  scan: FileScan;
}

/** The files of each input: declared inputs by name pattern, or every file to `raw`. Unmatched files are returned apart. */
export function assignFiles(adapter: Adapter, files: AdapterFile[]): { byInput: Map<string, AdapterFile[]>; unmatched: AdapterFile[] } {
  const byInput = new Map<string, AdapterFile[]>();
  const unmatched: AdapterFile[] = [];
  if (adapter.inputs.length === 0) {
    byInput.set(DEFAULT_INPUT, files);
    return { byInput, unmatched };
  }
  const patterns = adapter.inputs.map((input) => ({ input, regex: globRegex(input.pattern) }));
  for (const file of files) {
    const match = patterns.find((p) => p.regex.test(basename(file.displayName)));
    if (!match) unmatched.push(file);
    else byInput.set(match.input.name, [...(byInput.get(match.input.name) ?? []), file]);
  }
  return { byInput, unmatched };
}

function globRegex(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*').replaceAll('?', '.');
  return new RegExp(`^${body}$`, 'i');
}

/** The content hash of one section's load: the adapter's text and the files of the inputs it reads, in order. */
export function sectionHash(adapter: Adapter, section: AdapterSection, byInput: Map<string, AdapterFile[]>): string {
  const hash = createHash('sha256').update(adapter.text);
  for (const input of section.inputs) for (const file of byInput.get(input) ?? []) hash.update(`\0${input}\0${file.scan.hash}`);
  return hash.digest('hex');
}

/**
 * On the load's connection: read the section's inputs as text relations with `_file` and `_line`, run its SELECT into
 * `adapter_out`, check it returns the contract's columns, and hand its rows to the loader as a source.
 */
export async function openAdapterSource(
  connection: DuckDBConnection,
  adapter: Adapter,
  section: AdapterSection,
  byInput: Map<string, AdapterFile[]>
): Promise<Source> {
  const where = `adapter ${adapter.name}, dataset ${section.dataset}`;
  const parseRejects: CsvParseReject[] = [];
  for (const input of section.inputs) {
    const files = byInput.get(input) ?? [];
    if (files.length === 0) {
      const pattern = adapter.inputs.find((i) => i.name === input)?.pattern;
      throw new FileRejected(`${where}: no file given for input ${input}${pattern ? ` (want ${pattern})` : ''}`);
    }
    parseRejects.push(...(await stageInput(connection, input, files)));
  }
  try {
    await connection.run(`CREATE OR REPLACE TEMP TABLE adapter_out AS (\n${section.sql}\n)`);
  } catch (error) {
    throw new FileRejected(`${where}: SQL error: ${firstLine(error)}`);
  }
  const described = readerRows<{ column_name: string; column_type: string }>(await connection.runAndReadAll('DESCRIBE adapter_out'));
  const byName = new Map(described.map((d) => [columnName(d.column_name), d.column_name]));
  const contract = CONTRACTS[section.dataset];
  const missing = [...contract.required, '_line'].filter((c) => !byName.has(c));
  if (missing.length > 0) {
    throw new FileRejected(
      `${where}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} in the SELECT (it returns: ${described.map((d) => d.column_name).join(', ')})`
    );
  }
  if (contract.oneOf && !contract.oneOf.some((c) => byName.has(c))) {
    throw new FileRejected(`${where}: the SELECT needs at least one of the columns ${contract.oneOf.join(', ')}`);
  }
  const column = (c: string) => (byName.has(c) ? `CAST(${sqlIdentifier(byName.get(c)!)} AS VARCHAR)` : 'NULL::VARCHAR');
  const single = section.inputs.length === 1 && (byInput.get(section.inputs[0]!) ?? []).length === 1 ? byInput.get(section.inputs[0]!)![0]! : null;
  const file = byName.has('_file') ? `CAST(${sqlIdentifier(byName.get('_file')!)} AS VARCHAR)` : single ? sqlString(single.displayName) : 'NULL::VARCHAR';
  const select = `SELECT ${contract.columns.map((c) => `${column(c)} AS raw_${c}`).join(', ')},
      TRY_CAST(${sqlIdentifier(byName.get('_line')!)} AS BIGINT) AS _line, ${file} AS _file,
      ${byName.has('_reject') ? `nullif(trim(CAST(${sqlIdentifier(byName.get('_reject')!)} AS VARCHAR)), '')` : 'NULL::VARCHAR'} AS _parse_error
    FROM adapter_out`;
  // A refused row keeps what the adapter made of it, as JSON: its file and line lead back to the raw record.
  const rawExpression = `json_object(${contract.columns.map((c) => `${sqlString(c)}, raw_${c}`).join(', ')})::VARCHAR`;
  return { select, reselect: select, params: [], rawExpression, linesFromLayout: false, hasFile: true, parseRejects };
}

/** Read one input's CSV files as text into a temp table named after the input, each row with `_file` and `_line`. */
async function stageInput(connection: DuckDBConnection, input: string, files: AdapterFile[]): Promise<CsvParseReject[]> {
  const rejects: CsvParseReject[] = [];
  const parts: string[] = [];
  for (const [index, file] of files.entries()) {
    const header = file.scan.csv?.header;
    if (!file.scan.csv || !header) throw new FileRejected(`${file.displayName}: adapters read CSV files with a header row`);
    const names = uniqueNames(header);
    const stage = `adapter_in_${input}_${index}`;
    const columns = header.map((_, i) => `${sqlString(`c${i}`)}: 'VARCHAR'`).join(', ');
    try {
      await connection.run(
        `CREATE OR REPLACE TEMP TABLE ${stage} AS SELECT ${names.map((n, i) => `c${i} AS ${sqlIdentifier(n)}`).join(', ')}
         FROM read_csv($1, header = true, delim = ',', quote = '"', escape = '"', auto_detect = false, encoding = 'utf-8',
                       columns = {${columns}}, store_rejects = true, rejects_table = '${stage}_errors', rejects_scan = '${stage}_scans')`,
        [file.path]
      );
    } catch (error) {
      throw new FileRejected(`${file.displayName}: could not read as CSV: ${firstLine(error)}`);
    }
    const [{ n }] = readerRows<{ n: number }>(await connection.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM ${stage}`)) as [{ n: number }];
    const mapped = await csvLineShifts(connection, file.path, file.scan, `${stage}_errors`, n, `${stage}_shifts`);
    rejects.push(...mapped.rejects.map((r) => ({ ...r, file: file.displayName })));
    const name = sqlString(file.displayName);
    parts.push(
      mapped.shifts.length <= 1
        ? `SELECT *, ${name} AS _file, rowid + ${Math.trunc(mapped.shifts[0]?.[1] ?? 2)} AS _line FROM ${stage}`
        : `SELECT s.*, ${name} AS _file, s.rowid + b.shift AS _line FROM ${stage} s ASOF JOIN ${stage}_shifts b ON s.rowid >= b.from_row`
    );
  }
  await connection.run(`CREATE OR REPLACE TEMP TABLE ${sqlIdentifier(input)} AS ${parts.map((p) => `(${p})`).join(' UNION ALL BY NAME ')}`);
  return rejects;
}

/** Header names as relation columns: trimmed, a BOM dropped, empty ones named column_N, a repeated one suffixed _2, _3. */
function uniqueNames(header: string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((raw, i) => {
    const base = raw.replace(/^\uFEFF/, '').trim() || `column_${i + 1}`;
    const key = base.toLowerCase();
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? base : `${base}_${count}`;
  });
}

/** Scan a file given to an adapter (hash and CSV header). */
export async function scanAdapterFile(path: string, displayName: string): Promise<AdapterFile> {
  return { path, displayName, scan: await scanFile(path, { csv: true }) };
}
