import { DuckDBInstance } from '@duckdb/node-api';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/lib/server/ingest/index.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import { rejectsOf, warehouseWithEmployees, writeFile } from './helpers.js';

describe('JSON Lines and Parquet', () => {
  const env = warehouseWithEmployees();

  it('loads JSON Lines with numbers, booleans and nulls as values, and CRLF line ends', async () => {
    const lines = [
      { ticket_id: 'T1', channel: 'Email', kind: 'complaint', employee_id: 'C1', created_at: '2025-03-01T09:00:00+08:00', first_response_at: null, resolved_at: null, escalated: true },
      { TICKET_ID: 'T2', Channel: 'chat', Kind: 'inquiry', Employee_Id: 'C1', Created_At: '2025-03-01T09:00:00', First_Response_At: '2025-03-01T09:01:00', Resolved_At: '2025-03-01T09:30:00', Escalated: 0 }
    ];
    const file = writeFile(env.dir, 'tickets.ndjson', lines.map((l) => JSON.stringify(l)).join('\r\n') + '\r\n');
    const [result] = await ingestFiles(env.warehouse, [file]);
    expect([result!.status, result!.format, result!.rowsLoaded, result!.rowsRejected]).toEqual(['loaded', 'jsonl', 2, 0]);
    const rows = await env.warehouse.query('SELECT ticket_id, channel, escalated, first_response_at IS NULL AS open, _line FROM tickets ORDER BY ticket_id');
    expect(rows).toEqual([
      { ticket_id: 'T1', channel: 'email', escalated: true, open: true, _line: 1 },
      { ticket_id: 'T2', channel: 'chat', escalated: false, open: false, _line: 2 }
    ]);
  });

  it('loads Parquet written by DuckDB, typed columns and instants with their offset, rejects by row number', async () => {
    const file = join(env.dir, 'csat.parquet');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run("SET TimeZone = 'UTC'");
    await connection.run(
      `COPY (
         SELECT * FROM (VALUES
           ('R1', TIMESTAMPTZ '2025-01-31 16:30:00+00', 'C1', 'CU1', 5::INTEGER, '好'),
           ('R2', TIMESTAMPTZ '2025-01-31 15:30:00+00', 'C1', 'CU2', 7::INTEGER, NULL),
           ('R3', TIMESTAMPTZ '2025-01-31 15:30:00+00', 'NOBODY', 'CU3', 4::INTEGER, NULL)
         ) t(Response_ID, responded_at, employee_id, customer_id, score, comment)
       ) TO '${file}' (FORMAT parquet)`
    );
    connection.closeSync();
    instance.closeSync();
    const [result] = await ingestFiles(env.warehouse, [file]);
    expect([result!.status, result!.format, result!.rowsRead, result!.rowsLoaded, result!.rowsRejected]).toEqual(['loaded', 'parquet', 3, 1, 2]);
    const [row] = await env.warehouse.query(
      "SELECT response_id, score, comment, strftime(timezone('Asia/Shanghai', responded_at), '%Y-%m-%d %H:%M') AS local FROM csat"
    );
    expect(row).toEqual({ response_id: 'R1', score: 5, comment: '好', local: '2025-02-01 00:30' });
    const rejects = await rejectsOf(env.warehouse, 'csat');
    expect(rejects.map((r) => [r.line, r.field])).toEqual([[2, 'score'], [3, 'employee_id']]);
    expect(JSON.parse(rejects[0]!.raw!)).toMatchObject({ Response_ID: 'R2', score: '7' });
  });
});

describe('Parquet with date types', () => {
  it('reads DATE and midnight TIMESTAMP columns as dates and a first-of-month DATE as a month', async () => {
    const { warehouse, dir, cleanup } = await tempWarehouse();
    try {
      const instance = await DuckDBInstance.create(':memory:');
      const connection = await instance.connect();
      const employees = join(dir, 'employees.parquet');
      const targets = join(dir, 'targets.parquet');
      await connection.run(
        `COPY (SELECT 'S9' AS employee_id, '新人' AS name, 'A' AS team, 'sales' AS role, true AS customer_facing,
                      TIMESTAMP '2024-05-01 00:00:00' AS hired_on, DATE '2025-06-30' AS left_on) TO '${employees}' (FORMAT parquet)`
      );
      await connection.run(
        `COPY (SELECT * FROM (VALUES ('S9', DATE '2025-03-01', 100.5::DECIMAL(10, 2)), ('S9', DATE '2025-03-15', 1.0::DECIMAL(10, 2)))
                 t(employee_id, month, sales_target)) TO '${targets}' (FORMAT parquet)`
      );
      connection.closeSync();
      instance.closeSync();
      const results = await ingestFiles(warehouse, [targets, employees]);
      expect(results.map((r) => [r.dataset, r.rowsLoaded, r.rowsRejected])).toEqual([['employees', 1, 0], ['targets', 1, 1]]);
      expect(await warehouse.query("SELECT strftime(hired_on, '%Y-%m-%d') AS hired_on, strftime(left_on, '%Y-%m-%d') AS left_on FROM employees")).toEqual([
        { hired_on: '2024-05-01', left_on: '2025-06-30' }
      ]);
      expect(await warehouse.query("SELECT strftime(month, '%Y-%m') AS month, sales_target FROM targets")).toEqual([{ month: '2025-03', sales_target: 100.5 }]);
      expect((await rejectsOf(warehouse, 'targets')).map((r) => [r.line, r.reason])).toEqual([[2, 'month: bad month "2025-03-15" (want YYYY-MM)']]);
    } finally {
      cleanup();
    }
  });
});
