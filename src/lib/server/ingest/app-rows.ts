import { createHash } from 'node:crypto';
import type { DuckDBConnection } from '@duckdb/node-api';
import { UserError } from '../../errors.js';
import { readSql } from '../paths.js';
import { readerRows } from '../warehouse/rows.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import { CONTRACTS, type Dataset, type Stamp } from './contracts.js';
import { mergeRows, prepareSession, type LoadCounts } from './load.js';

/**
 * Rows entered in the app (not read from a file) through the same contract as a file: the dataset's checks in
 * sql/ingest/<dataset>.sql and the unknown-employee check, then the same merge, so a later row of a key replaces the
 * stored one and the replacement is logged in `replacements`. The load is recorded in `ingest_log` (format `app`),
 * which moves the data version (caches) and tells `status` the models are stale. A row failing a check is the
 * caller's mistake: nothing is stored and the first reason comes back as a 400 naming the field.
 */
export interface AppRows {
  dataset: Dataset;
  /** Raw text per contract column, as a file would give it. */
  rows: Record<string, string | null>[];
  /** Extra text columns per row (`app_<name>`), readable by the stamps. */
  extras?: Record<string, (string | null)[]>;
  /** The columns the loader writes itself for these rows (replacing the contract's file stamps). */
  stamps: readonly Stamp[];
  /** What the ingest log names as the file (no personal data: the log is readable by every status reader). */
  label: string;
}

export function loadAppRows(warehouse: Warehouse, input: AppRows): Promise<LoadCounts> {
  // in turn with this process's file loads and builds (Warehouse.exclusive): a rating and a file load touch the same table
  return warehouse.exclusive(() => loadAppRowsNow(warehouse, input));
}

async function loadAppRowsNow(warehouse: Warehouse, input: AppRows): Promise<LoadCounts> {
  const contract = CONTRACTS[input.dataset];
  const started = new Date();
  const t0 = performance.now();
  const connection = await warehouse.connect();
  try {
    await prepareSession(connection, warehouse);
    await stageRows(connection, input);
    await connection.run('CREATE TEMP VIEW ingest_rows AS SELECT * FROM ingest_stage');
    if (contract.columns.includes('employee_id')) await connection.run(readSql('ingest/unknown_employees.sql'));
    const [failed] = readerRows<{ reason: string }>(
      await connection.runAndReadAll('SELECT _reason AS reason FROM ingest_stage WHERE _reason IS NOT NULL ORDER BY _line LIMIT 1')
    );
    if (failed) {
      const field = /^([a-z_]+): /.exec(failed.reason)?.[1] ?? null;
      throw new UserError(failed.reason, field);
    }
    await connection.run('BEGIN TRANSACTION');
    try {
      const [{ id }] = readerRows<{ id: number }>(await connection.runAndReadAll("SELECT nextval('ingest_id_seq')::INTEGER AS id")) as [{ id: number }];
      const merged = await mergeRows(connection, id, contract, input.stamps);
      const counts: LoadCounts = {
        ingestId: id,
        rowsRead: input.rows.length,
        rowsLoaded: merged.loaded,
        rowsReplaced: merged.replaced,
        rowsUnchanged: merged.unchanged,
        rowsRejected: 0
      };
      const hash = createHash('sha256').update(JSON.stringify([input.rows, input.extras ?? {}, started.toISOString()])).digest('hex');
      await connection.run(
        `INSERT INTO ingest_log (ingest_id, file_name, content_hash, dataset, format, rows_read, rows_loaded, rows_replaced,
                                 rows_unchanged, rows_rejected, forced, started_at, duration_ms)
         VALUES ($1, $2, $3, $4, 'app', $5, $6, $7, $8, 0, false, $9::TIMESTAMPTZ, $10)`,
        [id, input.label, hash, contract.name, counts.rowsRead, counts.rowsLoaded, counts.rowsReplaced, counts.rowsUnchanged,
          started.toISOString(), performance.now() - t0]
      );
      await connection.run('COMMIT');
      return counts;
    } catch (error) {
      await connection.run('ROLLBACK').catch(() => undefined);
      throw error;
    }
  } finally {
    connection.closeSync();
  }
}

/** The rows as the checks expect them (`raw_<column>` text, `_parse_error`, `_line` = the row's 1-based position). */
async function stageRows(connection: DuckDBConnection, input: AppRows): Promise<void> {
  const contract = CONTRACTS[input.dataset];
  const extras = Object.keys(input.extras ?? {});
  const columns = [...contract.columns.map((c) => `raw_${c}`), ...extras.map((e) => `app_${e}`)];
  await connection.run(`CREATE TEMP TABLE ingest_app_src (${columns.map((c) => `"${c}" VARCHAR`).join(', ')}, _line BIGINT)`);
  for (const [index, row] of input.rows.entries()) {
    const values = [...contract.columns.map((c) => row[c] ?? null), ...extras.map((e) => input.extras![e]![index] ?? null), String(index + 1)];
    await connection.run(
      `INSERT INTO ingest_app_src VALUES (${values.map((_, i) => `$${i + 1}`).join(', ')})`,
      values
    );
  }
  await connection.run(
    `CREATE TEMP TABLE ingest_stage AS
     WITH ingest_src AS (SELECT *, NULL::VARCHAR AS _parse_error FROM ingest_app_src)
     SELECT ${contract.columns.map((c) => `"${c}"`).join(', ')}${extras.map((e) => `, "app_${e}"`).join('')}, _reason, _parse_error, _line, NULL::VARCHAR AS _raw
     FROM (${readSql(`ingest/${contract.name}.sql`)})`
  );
}
