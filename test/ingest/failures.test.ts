import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/lib/server/ingest/index.js';
import { loadHooks } from '../../src/lib/server/ingest/load.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import { EMPLOYEES_CSV, rowCount, writeFile } from './helpers.js';

const SALES = ['order_id,sold_at,employee_id,customer_id,amount,profit', 'O1,2025-03-01T10:00:00,S1,CU1,10,1', 'O2,2025-03-01T10:00:00,NOBODY,CU1,10,1'].join('\n');

describe('files that fail', () => {
  let warehouse: Warehouse;
  let dir: string;
  let cleanup: () => void;
  beforeEach(async () => {
    ({ warehouse, dir, cleanup } = await tempWarehouse());
    await ingestFiles(warehouse, [writeFile(dir, 'employees.csv', EMPLOYEES_CSV)]);
  });
  afterEach(() => {
    loadHooks.afterStep = undefined;
    cleanup();
  });

  it('fails each broken file alone with one line and loads the others of the same call', async () => {
    const files = [
      writeFile(dir, 'sales_junk.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x10])),
      writeFile(dir, 'sales_wrong_header.csv', 'ticket_id,channel,kind\nT1,chat,inquiry\n'),
      writeFile(dir, 'sales_empty.csv', ''),
      writeFile(dir, 'sales_latin1.csv', Buffer.concat([Buffer.from('order_id,sold_at,employee_id,customer_id,amount,profit\nO1,2025-03-01,S1,Jos'), Buffer.from([0xe9]), Buffer.from(',1,1\n')])),
      writeFile(dir, 'sales_array.json', '[\n  {"order_id": "O1"}\n]\n'),
      writeFile(dir, 'sales_fake.parquet', 'order_id,amount\nO1,1\n'),
      writeFile(dir, 'orders.csv', SALES),
      writeFile(dir, 'sales.csv', SALES),
      join(dir, 'sales_missing.csv')
    ];
    const results = await ingestFiles(warehouse, files);
    const byName = Object.fromEntries(results.map((r) => [r.file.slice(dir.length + 1), r]));
    expect(byName['sales.csv']!.status).toBe('loaded');
    const errors = Object.fromEntries(results.filter((r) => r.status === 'failed').map((r) => [r.file.slice(dir.length + 1), r.error]));
    expect(Object.keys(errors).sort()).toEqual(
      ['orders.csv', 'sales_array.json', 'sales_empty.csv', 'sales_fake.parquet', 'sales_junk.csv', 'sales_latin1.csv', 'sales_missing.csv', 'sales_wrong_header.csv'].sort()
    );
    for (const [name, error] of Object.entries(errors)) {
      expect(error).toMatch(new RegExp(`^${join(dir, name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\S`));
      expect(error).not.toContain('\n');
    }
    expect(errors['sales_junk.csv']).toContain('binary data, not CSV text');
    expect(errors['sales_wrong_header.csv']).toContain('missing required columns order_id, sold_at, employee_id, customer_id, amount, profit for dataset sales (the file has: ticket_id, channel, kind)');
    expect(errors['sales_empty.csv']).toContain('empty file');
    expect(errors['sales_latin1.csv']).toContain('not UTF-8 text');
    expect(errors['sales_array.json']).toContain('not JSON Lines: line 1 is not a JSON object');
    expect(errors['sales_fake.parquet']).toContain('not a Parquet file');
    expect(errors['orders.csv']).toContain('cannot tell the dataset from the file name');
    expect(errors['orders.csv']).toContain('--dataset');
    expect(errors['sales_missing.csv']).toContain('no such file');
    expect(await rowCount(warehouse, 'sales')).toBe(1);
    // Failed files leave no trace in the log: only employees and sales.csv loaded.
    expect(await rowCount(warehouse, 'ingest_log')).toBe(2);
  });

  it('takes the dataset from --dataset whatever the name', async () => {
    const [result] = await ingestFiles(warehouse, [writeFile(dir, 'export-2025.csv', SALES)], { dataset: 'sales' });
    expect([result!.dataset, result!.rowsLoaded, result!.rowsRejected]).toEqual(['sales', 1, 1]);
  });

  it.each(['rejects', 'merge', 'log'])('leaves the warehouse exactly as before when the load fails after the %s step', async (failAt) => {
    await ingestFiles(warehouse, [writeFile(dir, 'sales_first.csv', ['order_id,sold_at,employee_id,customer_id,amount,profit', 'O1,2025-03-01T10:00:00,S1,CU1,5,1'].join('\n'))]);
    const tables = ['sales', 'rejects', 'ingest_log', 'replacements'];
    const before = await Promise.all(tables.map((t) => rowCount(warehouse, t)));
    const [amountBefore] = await warehouse.query('SELECT amount FROM sales');
    loadHooks.afterStep = (step) => {
      if (step === failAt) throw new Error(`simulated crash after ${step}`);
    };
    // O1 changes (a replacement), O2 is new, a row is rejected: every kind of write happens before the crash.
    const [result] = await ingestFiles(warehouse, [writeFile(dir, 'sales.csv', SALES.replace('10,1', '99,1'))]);
    expect(result!.status).toBe('failed');
    expect(result!.error).toContain(`simulated crash after ${failAt}`);
    loadHooks.afterStep = undefined;
    expect(await Promise.all(tables.map((t) => rowCount(warehouse, t)))).toEqual(before);
    expect(await warehouse.query('SELECT amount FROM sales')).toEqual([amountBefore]);
    // And the file loads cleanly afterwards: the failed attempt did not record its hash.
    const [retry] = await ingestFiles(warehouse, [join(dir, 'sales.csv')]);
    expect([retry!.status, retry!.rowsLoaded, retry!.rowsReplaced, retry!.rowsRejected]).toEqual(['loaded', 0, 1, 1]);
  });
});
