import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles, type FileIngestResult } from '../../src/lib/server/ingest/index.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import { EMPLOYEES_CSV, writeFile } from './helpers.js';

// Big enough for DuckDB to read in parallel: line numbers must still be the file's. Each row carries its own
// physical line in customer_id (L<line>), worked out while writing the file.
const ROWS = 200_000;

describe('line numbers in a file DuckDB reads in parallel', () => {
  let warehouse: Warehouse;
  let cleanup: () => void;
  let result: FileIngestResult;
  const expected = { multiLineLoaded: 0, unknown: 0, ragged: 0, badAmount: 0 };

  beforeAll(async () => {
    let dir: string;
    ({ warehouse, dir, cleanup } = await tempWarehouse());
    const lines = ['order_id,sold_at,employee_id,customer_id,amount,profit,channel'];
    let line = 2;
    for (let i = 0; i < ROWS; i++) {
      const employee = i % 5003 === 17 ? 'NOBODY' : 'S1';
      if (employee === 'NOBODY') expected.unknown++;
      if (i % 7919 === 5) {
        expected.ragged++;
        lines.push(`O${i},2025-03-01T10:00:00,S1,L${line}`);
        line += 1;
      } else if (i % 997 === 3) {
        if (employee === 'S1') expected.multiLineLoaded++;
        lines.push(`O${i},2025-03-01T10:00:00,${employee},L${line},1.5,0.5,"web,\nshop"`);
        line += 2;
      } else {
        const amount = i % 6007 === 11 ? 'n/a' : '2.25';
        if (amount === 'n/a' && employee === 'S1') expected.badAmount++;
        lines.push(`O${i},2025-03-01T10:00:00,${employee},L${line},${amount},1,store`);
        line += 1;
      }
    }
    await ingestFiles(warehouse, [writeFile(dir, 'employees.csv', EMPLOYEES_CSV)]);
    [result] = (await ingestFiles(warehouse, [writeFile(dir, 'sales.csv', `${lines.join('\n')}\n`)])) as [FileIngestResult];
  }, 120_000);
  afterAll(() => cleanup());

  it('gives every loaded row the line it starts on', async () => {
    const rejected = expected.unknown + expected.ragged + expected.badAmount;
    expect([result.rowsRead, result.rowsRejected, result.rowsLoaded]).toEqual([ROWS, rejected, ROWS - rejected]);
    const [check] = await warehouse.query<{ wrong: number; multi: number }>(
      `SELECT count(*) FILTER (WHERE customer_id <> 'L' || _line) AS wrong, count(*) FILTER (WHERE channel = 'web,' || chr(10) || 'shop') AS multi FROM sales`
    );
    expect(check).toEqual({ wrong: 0, multi: expected.multiLineLoaded });
  });

  it('gives every rejected row its line and its raw text', async () => {
    const rows = await warehouse.query<{ reason: string; n: number; wrong: number }>(
      `SELECT regexp_extract(reason, '^[^"(]*') AS reason, count(*) AS n,
              count(*) FILTER (WHERE raw NOT LIKE '%,L' || line || ',%' AND raw NOT LIKE '%,L' || line) AS wrong
         FROM rejects GROUP BY 1 ORDER BY 1`
    );
    expect(rows).toEqual([
      { reason: 'amount: bad number ', n: expected.badAmount, wrong: 0 },
      { reason: 'employee_id: unknown employee ', n: expected.unknown, wrong: 0 },
      { reason: 'wrong field count: expected 7 fields, found 4', n: expected.ragged, wrong: 0 }
    ]);
  });
});
