import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/lib/server/ingest/index.js';
import { loadHooks } from '../../src/lib/server/ingest/load.js';
import { rowCount, warehouseWithEmployees, writeFile } from './helpers.js';

const SALES = ['order_id,sold_at,employee_id,customer_id,amount,profit', 'O1,2025-03-01T10:00:00,S1,CU1,10,1', 'O2,2025-03-01T10:00:00,NOBODY,CU1,10,1'].join('\n');

describe('files that fail', () => {
  const env = warehouseWithEmployees();
  afterEach(() => {
    loadHooks.afterStep = undefined;
  });

  it('fails each broken file alone with one line and loads the others of the same call', async () => {
    const files = [
      writeFile(env.dir, 'sales_junk.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x10])),
      writeFile(env.dir, 'sales_wrong_header.csv', 'ticket_id,channel,kind\nT1,chat,inquiry\n'),
      writeFile(env.dir, 'sales_empty.csv', ''),
      writeFile(env.dir, 'sales_latin1.csv', Buffer.concat([Buffer.from('order_id,sold_at,employee_id,customer_id,amount,profit\nO1,2025-03-01,S1,Jos'), Buffer.from([0xe9]), Buffer.from(',1,1\n')])),
      writeFile(env.dir, 'sales_array.json', '[\n  {"order_id": "O1"}\n]\n'),
      writeFile(env.dir, 'sales_fake.parquet', 'order_id,amount\nO1,1\n'),
      writeFile(env.dir, 'orders.csv', SALES),
      writeFile(env.dir, 'sales.csv', SALES),
      join(env.dir, 'sales_missing.csv')
    ];
    const results = await ingestFiles(env.warehouse, files);
    const byName = Object.fromEntries(results.map((r) => [r.file.slice(env.dir.length + 1), r]));
    expect(byName['sales.csv']!.status).toBe('loaded');
    const errors = Object.fromEntries(results.filter((r) => r.status === 'failed').map((r) => [r.file.slice(env.dir.length + 1), r.error]));
    expect(Object.keys(errors).sort()).toEqual(
      ['orders.csv', 'sales_array.json', 'sales_empty.csv', 'sales_fake.parquet', 'sales_junk.csv', 'sales_latin1.csv', 'sales_missing.csv', 'sales_wrong_header.csv'].sort()
    );
    for (const [name, error] of Object.entries(errors)) {
      expect(error).toMatch(new RegExp(`^${join(env.dir, name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\S`));
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
    expect(await rowCount(env.warehouse, 'sales')).toBe(1);
    // Failed files leave no trace in the log: only employees and sales.csv loaded.
    expect(await rowCount(env.warehouse, 'ingest_log')).toBe(2);
  });

  it('takes the dataset from --dataset whatever the name', async () => {
    const [result] = await ingestFiles(env.warehouse, [writeFile(env.dir, 'export-2025.csv', SALES)], { dataset: 'sales' });
    expect([result!.dataset, result!.rowsLoaded, result!.rowsRejected]).toEqual(['sales', 1, 1]);
  });

  it.each(['rejects', 'merge', 'log'])('leaves the env.warehouse exactly as before when the load fails after the %s step', async (failAt) => {
    await ingestFiles(env.warehouse, [writeFile(env.dir, 'sales_first.csv', ['order_id,sold_at,employee_id,customer_id,amount,profit', 'O1,2025-03-01T10:00:00,S1,CU1,5,1'].join('\n'))]);
    const tables = ['sales', 'rejects', 'ingest_log', 'replacements'];
    const before = await Promise.all(tables.map((t) => rowCount(env.warehouse, t)));
    const [amountBefore] = await env.warehouse.query('SELECT amount FROM sales');
    loadHooks.afterStep = (step) => {
      if (step === failAt) throw new Error(`simulated crash after ${step}`);
    };
    // O1 changes (a replacement), O2 is new, a row is rejected: every kind of write happens before the crash.
    const [result] = await ingestFiles(env.warehouse, [writeFile(env.dir, 'sales.csv', SALES.replace('10,1', '99,1'))]);
    expect(result!.status).toBe('failed');
    expect(result!.error).toContain(`simulated crash after ${failAt}`);
    loadHooks.afterStep = undefined;
    expect(await Promise.all(tables.map((t) => rowCount(env.warehouse, t)))).toEqual(before);
    expect(await env.warehouse.query('SELECT amount FROM sales')).toEqual([amountBefore]);
    // And the file loads cleanly afterwards: the failed attempt did not record its hash.
    const [retry] = await ingestFiles(env.warehouse, [join(env.dir, 'sales.csv')]);
    expect([retry!.status, retry!.rowsLoaded, retry!.rowsReplaced, retry!.rowsRejected]).toEqual(['loaded', 0, 1, 1]);
  });
});
