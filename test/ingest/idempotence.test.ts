import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/lib/server/ingest/index.js';
import { rowCount, warehouseWithEmployees, writeFile } from './helpers.js';

const HEADER = 'order_id,sold_at,employee_id,customer_id,amount,profit';

describe('idempotent loading', () => {
  const env = warehouseWithEmployees();

  const counts = async () => ({
    sales: await rowCount(env.warehouse, 'sales'),
    rejects: await rowCount(env.warehouse, 'rejects'),
    log: await rowCount(env.warehouse, 'ingest_log'),
    replacements: await rowCount(env.warehouse, 'replacements')
  });

  it('recognises a file loaded before by its content hash and adds nothing', async () => {
    const file = writeFile(env.dir, 'sales.csv', [HEADER, 'O1,2025-03-01T10:00:00,S1,CU1,10,1', 'O2,2025-03-01T10:00:00,NOBODY,CU1,10,1'].join('\n'));
    const [first] = await ingestFiles(env.warehouse, [file]);
    const before = await counts();
    expect(before).toEqual({ sales: 1, rejects: 1, log: 2, replacements: 0 });
    // The same bytes under another name are the same content.
    const copy = writeFile(env.dir, 'sales_copy.csv', [HEADER, 'O1,2025-03-01T10:00:00,S1,CU1,10,1', 'O2,2025-03-01T10:00:00,NOBODY,CU1,10,1'].join('\n'));
    const again = await ingestFiles(env.warehouse, [file, copy]);
    expect(again.map((r) => [r.status, r.ingestId, r.rowsLoaded])).toEqual([
      ['duplicate', first!.ingestId, 0],
      ['duplicate', first!.ingestId, 0]
    ]);
    expect(await counts()).toEqual(before);
  });

  it('with force, loads again: identical rows are unchanged, and rows of employees added since now load', async () => {
    const file = writeFile(env.dir, 'sales.csv', [HEADER, 'O1,2025-03-01T10:00:00,S1,CU1,10,1', 'O2,2025-03-01T10:00:00,NEW1,CU1,10,1'].join('\n'));
    await ingestFiles(env.warehouse, [file]);
    await ingestFiles(env.warehouse, [writeFile(env.dir, 'employees_new.csv', 'employee_id,name,team,role,customer_facing,hired_on\nNEW1,新人,华东一组,sales,true,2025-02-01')]);
    const [forced] = await ingestFiles(env.warehouse, [file], { force: true });
    expect([forced!.status, forced!.rowsRead, forced!.rowsLoaded, forced!.rowsUnchanged, forced!.rowsRejected]).toEqual(['loaded', 2, 1, 1, 0]);
    expect(await rowCount(env.warehouse, 'sales')).toBe(2);
    const [log] = await env.warehouse.query('SELECT forced FROM ingest_log WHERE ingest_id = $1', [forced!.ingestId]);
    expect(log).toEqual({ forced: true });
  });

  it('replaces a changed row and logs the old and new row; an unchanged row stays', async () => {
    await ingestFiles(env.warehouse, [writeFile(env.dir, 'sales_1.csv', [HEADER, 'O1,2025-03-01T10:00:00,S1,CU1,10,1', 'O2,2025-03-01T10:00:00,S1,CU2,20,2'].join('\n'))]);
    const [second] = await ingestFiles(env.warehouse, [
      // O1 same instant written another way (unchanged), O2 a new amount (replaced), O3 new
      writeFile(env.dir, 'sales_2.csv', [HEADER, 'O1,2025-03-01T02:00:00Z,S1,CU1,10.00,1', 'O2,2025-03-01T10:00:00,S1,CU2,25,2', 'O3,2025-03-02T10:00:00,S1,CU3,30,3'].join('\n'))
    ]);
    expect([second!.rowsLoaded, second!.rowsReplaced, second!.rowsUnchanged]).toEqual([1, 1, 1]);
    const rows = await env.warehouse.query('SELECT order_id, amount, _ingest_id = $1 AS from_second FROM sales ORDER BY order_id', [second!.ingestId]);
    expect(rows).toEqual([
      { order_id: 'O1', amount: 10, from_second: false },
      { order_id: 'O2', amount: 25, from_second: true },
      { order_id: 'O3', amount: 30, from_second: true }
    ]);
    const [replacement] = await env.warehouse.query<{ key: string; old_row: string; new_row: string }>('SELECT key, old_row::VARCHAR AS old_row, new_row::VARCHAR AS new_row FROM replacements');
    expect(replacement!.key).toBe('O2');
    expect(JSON.parse(replacement!.old_row).amount).toBe(20);
    expect(JSON.parse(replacement!.new_row).amount).toBe(25);
  });

  it('keeps the last of several rows with one key in a file', async () => {
    const [result] = await ingestFiles(env.warehouse, [
      writeFile(env.dir, 'sales.csv', [HEADER, 'O1,2025-03-01T10:00:00,S1,CU1,10,1', 'O1,2025-03-01T10:00:00,S1,CU1,10,1', 'O1,2025-03-01T10:00:00,S1,CU1,12,1', 'O2,2025-03-01T10:00:00,S1,CU1,5,1'].join('\n'))
    ]);
    // Line 2 differs from the winner (line 4): replaced; line 3 likewise; O1 from line 4 and O2 load.
    expect([result!.rowsRead, result!.rowsLoaded, result!.rowsReplaced, result!.rowsUnchanged]).toEqual([4, 2, 2, 0]);
    const rows = await env.warehouse.query('SELECT order_id, amount, _line FROM sales ORDER BY order_id');
    expect(rows).toEqual([
      { order_id: 'O1', amount: 12, _line: 4 },
      { order_id: 'O2', amount: 5, _line: 5 }
    ]);
  });

  it('keys ratings by period, employee, rater and indicator', async () => {
    const header = 'period,employee_id,rater_id,rater_type,indicator,grade,score';
    await ingestFiles(env.warehouse, [writeFile(env.dir, 'ratings_a.csv', [header, '2025-03,S1,M1,supervisor,expertise,良好,', '2025-03,S1,M1,supervisor,learning,good,'].join('\n'))]);
    const [second] = await ingestFiles(env.warehouse, [writeFile(env.dir, 'ratings_b.csv', [header, '2025-03,S1,M1,supervisor,expertise,优秀,', '2025-04,S1,M1,supervisor,expertise,合格,'].join('\n'))]);
    expect([second!.rowsLoaded, second!.rowsReplaced, second!.rowsUnchanged]).toEqual([1, 1, 0]);
    const rows = await env.warehouse.query("SELECT strftime(period, '%Y-%m') AS period, indicator, grade FROM ratings ORDER BY period, indicator");
    expect(rows).toEqual([
      { period: '2025-03', indicator: 'expertise', grade: 'excellent' },
      { period: '2025-03', indicator: 'learning', grade: 'good' },
      { period: '2025-04', indicator: 'expertise', grade: 'qualified' }
    ]);
  });
});
