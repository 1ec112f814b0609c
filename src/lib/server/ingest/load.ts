import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { readSql } from '../paths.js';
import { readerRows } from '../warehouse/rows.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import { CONTRACTS, type Dataset, type DatasetContract, type Stamp } from './contracts.js';
import { mapCsvLines, type CsvParseReject, type CsvReaderError } from './csv-lines.js';
import { FileRejected } from './errors.js';
import { scanCsvLayout, type FileScan } from './scan.js';
import { csvSource, firstLine, jsonLinesSource, parquetSource, sqlString, type FileFormat, type Source } from './sources.js';

/** One file ready to load: where it is, what it holds, and what the scan found. */
export interface LoadPlan {
  path: string;
  displayName: string;
  dataset: Dataset;
  format: FileFormat;
  scan: FileScan;
  forced: boolean;
  onProgress?: (message: string) => void;
  /** An adapter's rows instead of the file's (adapter.ts): opened on the load's own connection. */
  openSource?: (connection: DuckDBConnection) => Promise<Source>;
}

export interface LoadCounts {
  ingestId: number;
  rowsRead: number;
  rowsLoaded: number;
  rowsReplaced: number;
  rowsUnchanged: number;
  rowsRejected: number;
}

/** Test seam: called after each step inside the file's transaction; a hook that throws simulates a crash there. */
export const loadHooks: { afterStep?: (step: string) => void | Promise<void> } = {};

/** Files this big report each step as it finishes. */
const PROGRESS_BYTES = 16 * 1024 * 1024;

/** Load one file in one transaction: every row lands in its table or in rejects, or (on any failure) nothing does. */
export async function loadFile(warehouse: Warehouse, plan: LoadPlan): Promise<LoadCounts> {
  const contract = CONTRACTS[plan.dataset];
  const started = new Date();
  const t0 = performance.now();
  const progress = (message: string) => {
    if (plan.scan.bytes >= PROGRESS_BYTES) plan.onProgress?.(`${plan.displayName}: ${message} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  };
  // The staging work (parse, type, check) runs on a private connection before the transaction: temp tables are
  // invisible to everyone else, and only outside a transaction do their rowids count rows in file order from 0.
  const connection = await warehouse.connect();
  const profile = process.env.OPSCORE_PROFILE === '1' ? { wall: performance.now(), cpu: process.cpuUsage() } : null;
  const step = async (name: string) => {
    if (profile) {
      const cpu = process.cpuUsage(profile.cpu);
      process.stderr.write(`  [profile] ${name}: ${((performance.now() - profile.wall) / 1000).toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s cpu\n`);
      profile.wall = performance.now();
      profile.cpu = process.cpuUsage();
    }
    await loadHooks.afterStep?.(name);
  };
  try {
    await prepareSession(connection, warehouse);
    await step('session');
    const source = await openSource(connection, plan, contract);
    // The raw text is kept for rows failing here; rows failing a later check get it back from a second read.
    // Small files (employees, JSON Lines) keep it whole.
    const keepRaw = contract.name === 'employees' || plan.format === 'jsonl';
    try {
      await connection.run(
        `CREATE TEMP TABLE ingest_stage AS WITH ingest_src AS (${source.select})
         SELECT ${contract.columns.map((c) => `"${c}"`).join(', ')}, _reason, _parse_error${source.linesFromLayout ? '' : ', _line'}${source.hasFile ? ', _file' : ''},
                ${keepRaw ? '' : 'CASE WHEN _reason IS NOT NULL OR _parse_error IS NOT NULL THEN '}${source.rawExpression}${keepRaw ? '' : ' END'} AS _raw
         FROM (${readSql(`ingest/${contract.name}.sql`)})`,
        source.params
      );
    } catch (error) {
      if (error instanceof FileRejected) throw error;
      throw new FileRejected(`could not read as ${formatName(plan.format)}: ${firstLine(error)}`);
    }
    const staged = await count(connection, 'SELECT count(*) AS n FROM ingest_stage');
    progress(`read and checked ${staged.toLocaleString('en')} rows`);
    await step('stage');

    const parseRejects = source.linesFromLayout
      ? await csvLineShifts(connection, plan.path, plan.scan, 'ingest_csv_errors', staged, 'ingest_line_shifts')
      : { shifts: [], rejects: source.parseRejects ?? [] };
    await connection.run(rowsView(source, parseRejects.shifts));
    if (contract.name === 'employees') await connection.run(readSql('ingest/employees_managers.sql'));
    else if (contract.columns.includes('employee_id')) await connection.run(readSql('ingest/unknown_employees.sql'));
    for (const check of contract.referenceChecks ?? []) await connection.run(readSql(check));
    if (!keepRaw) await recoverRawText(connection, source);
    await step('checks');

    const counts = await warehouse.transaction(async (connection) => {
      const [{ id }] = readerRows<{ id: number }>(await connection.runAndReadAll("SELECT nextval('ingest_id_seq')::INTEGER AS id")) as [{ id: number }];
      const rejected = await writeRejects(connection, id, plan, parseRejects.rejects, source.hasFile === true);
      await step('rejects');
      const merged = await mergeRows(connection, id, contract);
      progress(`stored ${(merged.loaded + merged.replaced).toLocaleString('en')} rows`);
      await step('merge');

      const counts: LoadCounts = {
        ingestId: id,
        rowsRead: staged + parseRejects.rejects.length,
        rowsLoaded: merged.loaded,
        rowsReplaced: merged.replaced,
        rowsUnchanged: merged.unchanged,
        rowsRejected: rejected
      };
      await connection.run(
        `INSERT INTO ingest_log (ingest_id, file_name, content_hash, dataset, format, rows_read, rows_loaded, rows_replaced,
                                 rows_unchanged, rows_rejected, forced, started_at, duration_ms)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::TIMESTAMPTZ, $13)`,
        [id, plan.displayName, plan.scan.hash, contract.name, plan.format, counts.rowsRead, counts.rowsLoaded, counts.rowsReplaced,
          counts.rowsUnchanged, counts.rowsRejected, plan.forced, started.toISOString(), performance.now() - t0]
      );
      await step('log');
      return counts;
    }, connection);
    await step('commit');
    return counts;
  } finally {
    connection.closeSync();
  }
}

const formatName = (format: FileFormat) => ({ csv: 'CSV', jsonl: 'JSON Lines', parquet: 'Parquet' })[format];

/** Rows that failed a check made after staging (unknown employee) have no raw text yet: read the file again,
 * in the same order, and take it from there. Only files with such rows pay for the second read. */
async function recoverRawText(connection: DuckDBConnection, source: Source): Promise<void> {
  const missing = await count(connection, 'SELECT count(*) AS n FROM ingest_stage WHERE _reason IS NOT NULL AND _raw IS NULL');
  if (missing === 0) return;
  await connection.run(`CREATE TEMP TABLE ingest_reread AS ${source.reselect}`, source.params);
  await connection.run(
    `UPDATE ingest_stage AS s SET _raw = (${source.rawExpression})
     FROM ingest_reread r WHERE r.rowid = s.rowid AND s._reason IS NOT NULL AND s._raw IS NULL`
  );
}

/** The check macros and the settings they read (time zone, grade bands), on this connection only. */
export async function prepareSession(connection: DuckDBConnection, warehouse: Warehouse): Promise<void> {
  const config = warehouse.config;
  const bands = config.appraisal.grade_bands;
  await connection.run(
    `SET VARIABLE ingest_timezone = ${sqlString(config.business_timezone)};
     SET VARIABLE ingest_band_excellent = ${Number(bands.excellent)};
     SET VARIABLE ingest_band_good = ${Number(bands.good)};
     SET VARIABLE ingest_band_qualified = ${Number(bands.qualified)};`
  );
  await connection.run(readSql('macros/ingest.sql'));
}

async function openSource(connection: DuckDBConnection, plan: LoadPlan, contract: DatasetContract): Promise<Source> {
  if (plan.openSource) return plan.openSource(connection);
  try {
    if (plan.format === 'csv') return csvSource(plan.path, contract, plan.scan.csv!.header);
    if (plan.format === 'jsonl') return await jsonLinesSource(connection, plan.path, contract);
    return await parquetSource(connection, plan.path, contract);
  } catch (error) {
    if (error instanceof FileRejected) throw error;
    throw new FileRejected(`could not read as ${formatName(plan.format)}: ${firstLine(error)}`);
  }
}

async function count(connection: DuckDBConnection, sql: string, params?: DuckDBValue[]): Promise<number> {
  const [row] = readerRows<{ n: number }>(await connection.runAndReadAll(sql, params));
  return Number(row?.n ?? 0);
}

/** CSV: match DuckDB's rows and refused records (in `errorsTable`) to physical lines (see csv-lines.ts); several line
 * steps are stored in `shiftsTable`. Adapters call it for each raw input file too. */
export async function csvLineShifts(
  connection: DuckDBConnection,
  path: string,
  scan: FileScan,
  errorsTable: string,
  staged: number,
  shiftsTable: string
): Promise<{ shifts: [number, number][]; rejects: CsvParseReject[] }> {
  const errors = readerRows<{ position: number; error_type: string; message: string; csv_line: string | null }>(
    await connection.runAndReadAll(
      `SELECT line_byte_position AS position, first(error_type ORDER BY byte_position) AS error_type,
              first(error_message ORDER BY byte_position) AS message, first(csv_line ORDER BY byte_position) AS csv_line
       FROM ${errorsTable} GROUP BY line_byte_position ORDER BY line_byte_position`
    )
  ).map<CsvReaderError>((e) => ({ position: Number(e.position), errorType: e.error_type, message: e.message, csvLine: e.csv_line }));
  const expectedFields = scan.csv!.header?.length ?? 0;
  // A simple file (no quotes, no blank lines) that DuckDB read whole needs no second look: row i is line i + 2.
  if (scan.csv!.simple && errors.length === 0) return { shifts: [[0, 2]], rejects: [] };
  const { shifts, rejects } = mapCsvLines(await scanCsvLayout(path), errors, staged, expectedFields);
  if (shifts.length > 1) {
    await connection.run(`CREATE TEMP TABLE ${shiftsTable} (from_row BIGINT, shift BIGINT)`);
    await insertBatches(connection, `INSERT INTO ${shiftsTable} VALUES`, shifts);
  }
  return { shifts, rejects };
}

/** The staged rows with their physical line: from the source, or from the CSV layout's steps (one step: a constant). */
function rowsView(source: Source, shifts: [number, number][]): string {
  if (!source.linesFromLayout) return 'CREATE TEMP VIEW ingest_rows AS SELECT * FROM ingest_stage';
  if (shifts.length <= 1) return `CREATE TEMP VIEW ingest_rows AS SELECT *, rowid + ${Math.trunc(shifts[0]?.[1] ?? 2)} AS _line FROM ingest_stage`;
  return 'CREATE TEMP VIEW ingest_rows AS SELECT s.*, s.rowid + b.shift AS _line FROM ingest_stage s ASOF JOIN ingest_line_shifts b ON s.rowid >= b.from_row';
}

/** Insert rows of plain values in batches of bound parameters. */
async function insertBatches(connection: DuckDBConnection, insert: string, rows: DuckDBValue[][]): Promise<void> {
  const width = rows[0]?.length ?? 0;
  for (let from = 0; from < rows.length; from += 1000) {
    const batch = rows.slice(from, from + 1000);
    const tuples = batch.map((_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`);
    await connection.run(`${insert} ${tuples.join(', ')}`, batch.flat());
  }
}

/** Every refused or failing row into rejects, with its line, the field at fault, the reason and the raw text. */
async function writeRejects(
  connection: DuckDBConnection,
  id: number,
  plan: LoadPlan,
  parseRejects: CsvParseReject[],
  rowsHaveFile: boolean
): Promise<number> {
  const file = plan.displayName;
  if (parseRejects.length > 0) {
    await insertBatches(
      connection,
      'INSERT INTO rejects (ingest_id, file_name, dataset, line, field, reason, raw) VALUES',
      parseRejects.map((r) => [id, r.file ?? file, plan.dataset, r.line, null, r.reason, r.raw])
    );
  }
  // An adapter's row names the raw file it comes from; a plain file's rows are all of that file.
  const result = await connection.run(
    `INSERT INTO rejects (ingest_id, file_name, dataset, line, field, reason, raw)
     SELECT $1, ${rowsHaveFile ? 'coalesce(_file, $2)' : '$2'}, $3, _line, nullif(regexp_extract(reason, '^([a-z_]+): ', 1), ''), reason, _raw
     FROM (SELECT *, coalesce(_parse_error, _reason) AS reason FROM ingest_rows) r
     WHERE reason IS NOT NULL
     ORDER BY _line`,
    [id, file, plan.dataset]
  );
  return parseRejects.length + result.rowsChanged;
}

export interface MergeCounts {
  loaded: number;
  replaced: number;
  unchanged: number;
}

/**
 * Valid rows into the dataset's table, idempotently by key without an index: within the file the last row of a key
 * wins; against the table an identical row is left alone (unchanged), a different one replaces the stored row and
 * both are written to `replacements`, a new key is inserted.
 */
export async function mergeRows(connection: DuckDBConnection, id: number, contract: DatasetContract, stamps: readonly Stamp[] = contract.stamps ?? []): Promise<MergeCounts> {
  const table = contract.name; // an identifier from the allow-list of datasets, never from the file
  const q = (c: string) => `"${c}"`;
  const stored = [...contract.columns, ...stamps.map((s) => s.column)];
  const compared = [...contract.columns, ...stamps.filter((s) => s.compared).map((s) => s.column)];
  const cols = stored.map(q).join(', ');
  const keyOn = (a: string, b: string) => contract.key.map((k) => `${a}.${q(k)} = ${b}.${q(k)}`).join(' AND ');
  const keyText = (a: string) => `concat_ws('|', ${contract.key.map((k) => `${a}.${q(k)}::VARCHAR`).join(', ')})`;
  const rowJson = (a: string) => `to_json(struct_pack(${stored.map((c) => `${q(c)} := ${a}.${q(c)}`).join(', ')}))`;
  const same = (a: string, b: string) => compared.map((c) => `${a}.${q(c)} IS NOT DISTINCT FROM ${b}.${q(c)}`).join(' AND ');
  let unchanged = 0;
  let replaced = 0;
  // The rows that passed every check, with the columns the loader writes itself.
  await connection.run(
    `CREATE TEMP VIEW ingest_valid AS
     SELECT *${stamps.map((s) => `, ${s.sql} AS ${q(s.column)}`).join('')} FROM ingest_rows WHERE _reason IS NULL AND _parse_error IS NULL`
  );

  // Distinct key hashes equal to the valid rows prove every key unique (a collision can only lower the count, and
  // then the exact path below runs): cheaper than an exact distinct count of text keys.
  const [{ valid, hashes }] = readerRows<{ valid: number; hashes: number }>(
    await connection.runAndReadAll(
      `SELECT count(*) AS valid, count(DISTINCT hash(${contract.key.map(q).join(', ')})) AS hashes
       FROM ingest_valid`
    )
  ) as [{ valid: number; hashes: number }];
  const distinctKeys = hashes < valid
    ? await count(
        connection,
        `SELECT count(*) AS n FROM (SELECT DISTINCT ${contract.key.map(q).join(', ')} FROM ingest_valid)`
      )
    : valid;
  if (distinctKeys < valid) {
    // Several rows of one key in the file: the last one (highest line) wins; earlier ones count as replaced or unchanged.
    await connection.run(
      `CREATE TEMP TABLE ingest_ranked AS
       SELECT ${cols}, _line, row_number() OVER (PARTITION BY ${contract.key.map(q).join(', ')} ORDER BY _line DESC) AS _rank
       FROM ingest_valid`
    );
    await connection.run(
      `CREATE TEMP TABLE ingest_superseded AS
       SELECT ${keyText('o')} AS key, ${same('o', 'w')} AS _same, ${rowJson('o')} AS old_row, ${rowJson('w')} AS new_row
       FROM ingest_ranked o JOIN ingest_ranked w ON ${keyOn('o', 'w')} AND w._rank = 1
       WHERE o._rank > 1`
    );
    unchanged += await count(connection, 'SELECT count(*) AS n FROM ingest_superseded WHERE _same');
    replaced += (
      await connection.run(
        `INSERT INTO replacements (ingest_id, dataset, key, old_row, new_row)
         SELECT $1, $2, key, old_row, new_row FROM ingest_superseded WHERE NOT _same`,
        [id, contract.name]
      )
    ).rowsChanged;
    await connection.run('CREATE TEMP VIEW ingest_candidates AS SELECT * FROM ingest_ranked WHERE _rank = 1');
  } else {
    await connection.run('CREATE TEMP VIEW ingest_candidates AS SELECT * FROM ingest_valid');
  }
  const candidates = 'ingest_candidates';

  const storedRows = await count(connection, `SELECT count(*) AS n FROM (SELECT 1 FROM ${table} LIMIT 1)`);
  if (storedRows === 0) {
    const inserted = await connection.run(`INSERT INTO ${table} (${cols}, _ingest_id, _line) SELECT ${cols}, $1, _line FROM ${candidates}`, [id]);
    return { loaded: inserted.rowsChanged, replaced, unchanged };
  }
  await connection.run(
    `CREATE TEMP TABLE ingest_matched AS
     SELECT ${contract.key.map((k) => `c.${q(k)}`).join(', ')}, ${same('c', 't')} AS _same,
            ${keyText('c')} AS key, ${rowJson('t')} AS old_row, ${rowJson('c')} AS new_row
     FROM ${candidates} c JOIN ${table} t ON ${keyOn('c', 't')}`
  );
  unchanged += await count(connection, 'SELECT count(*) AS n FROM ingest_matched WHERE _same');
  const changed = (
    await connection.run(
      `INSERT INTO replacements (ingest_id, dataset, key, old_row, new_row)
       SELECT $1, $2, key, old_row, new_row FROM ingest_matched WHERE NOT _same`,
      [id, contract.name]
    )
  ).rowsChanged;
  await connection.run(`DELETE FROM ${table} t USING ingest_matched m WHERE ${keyOn('t', 'm')} AND NOT m._same`);
  const inserted = await connection.run(
    `INSERT INTO ${table} (${cols}, _ingest_id, _line)
     SELECT ${cols}, $1, _line FROM ${candidates} c
     WHERE NOT EXISTS (SELECT 1 FROM ingest_matched m WHERE ${keyOn('m', 'c')} AND m._same)`,
    [id]
  );
  return { loaded: inserted.rowsChanged - changed, replaced: replaced + changed, unchanged };
}
