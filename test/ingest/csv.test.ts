import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/lib/server/ingest/index.js';
import { rejectsOf, warehouseWithEmployees, writeFile } from './helpers.js';

describe('CSV reading', () => {
  const env = warehouseWithEmployees();

  it('keeps commas, doubled quotes and newlines inside quoted fields, and counts their lines', async () => {
    const file = writeFile(
      env.dir,
      'csat.csv',
      [
        'response_id,responded_at,employee_id,customer_id,score,comment',
        'R1,2025-03-01T10:00:00,C1,CU1,5,"fast, friendly"',
        'R2,2025-03-01T10:00:00,C1,CU1,4,"she said ""thanks""',
        'and then',
        'left"',
        'R3,2025-03-01T10:00:00,C1,CU1,9,"late, ""very"" late"',
        'R4,2025-03-01T10:00:00,C1,CU1,3,"一行',
        '两行"',
        'R5,2025-03-01T10:00:00,C1,CU1,0,plain'
      ].join('\n') + '\n'
    );
    const [result] = await ingestFiles(env.warehouse, [file]);
    expect([result!.rowsRead, result!.rowsLoaded, result!.rowsRejected]).toEqual([5, 3, 2]);
    const comments = await env.warehouse.query('SELECT response_id, comment, _line FROM csat ORDER BY response_id');
    expect(comments).toEqual([
      { response_id: 'R1', comment: 'fast, friendly', _line: 2 },
      { response_id: 'R2', comment: 'she said "thanks"\nand then\nleft', _line: 3 },
      { response_id: 'R4', comment: '一行\n两行', _line: 7 }
    ]);
    const rejects = await rejectsOf(env.warehouse, 'csat');
    expect(rejects.map((r) => [r.line, r.reason])).toEqual([
      [6, 'score: number out of range "9" (want 1 to 5)'],
      [9, 'score: number out of range "0" (want 1 to 5)']
    ]);
    expect(rejects[0]!.raw).toBe('R3,2025-03-01T10:00:00,C1,CU1,9,"late, ""very"" late"');
  });

  it('tolerates a BOM, CRLF line ends, blank lines, column names in any case with spaces, extra columns in any order', async () => {
    const file = writeFile(
      env.dir,
      'Sales_2025-03.csv',
      '\uFEFF Amount ,ORDER_ID, Sold_At,Employee_ID,customer_id,Profit,Ignored\r\n' +
        '10.5,O1,2025-03-01T10:00:00,S1,CU1,2,x\r\n' +
        '\r\n' +
        '11,O2,2025-03-01T11:00:00,S1,CU2,,y\r\n' +
        '  \r\n' +
        'oops,O3,2025-03-01T11:00:00,S1,CU3,1,z\r\n'
    );
    const [result] = await ingestFiles(env.warehouse, [file]);
    expect(result!.status).toBe('loaded');
    expect([result!.rowsRead, result!.rowsLoaded, result!.rowsRejected]).toEqual([4, 2, 2]);
    const rows = await env.warehouse.query('SELECT order_id, amount, profit, _line FROM sales ORDER BY order_id');
    expect(rows).toEqual([
      { order_id: 'O1', amount: 10.5, profit: 2, _line: 2 },
      { order_id: 'O2', amount: 11, profit: null, _line: 4 }
    ]);
    const rejects = await rejectsOf(env.warehouse, 'sales');
    expect(rejects.map((r) => [r.line, r.reason])).toEqual([
      [5, 'wrong field count: expected 7 fields, found 1'],
      [6, 'amount: bad number "oops"']
    ]);
  });

  it('rejects a ragged row after a multi-line record at its own line and loads the rest', async () => {
    const file = writeFile(
      env.dir,
      'tickets.csv',
      [
        'ticket_id,channel,kind,employee_id,created_at,first_response_at,resolved_at,escalated',
        'T1,chat,inquiry,C1,2025-03-01T09:00:00,,,"no"',
        'T2,chat,inquiry,C1,2025-03-01T09:00:00,,,no,extra',
        'T3,"e',
        'mail",inquiry,C1,2025-03-01T09:00:00,,,yes',
        'T4,chat,inquiry',
        'T5,chat,after_sales,C1,2025-03-01T09:00:00,2025-03-01T09:00:00,,YES'
      ].join('\n')
    );
    const [result] = await ingestFiles(env.warehouse, [file]);
    expect([result!.rowsRead, result!.rowsLoaded, result!.rowsRejected]).toEqual([5, 3, 2]);
    const rejects = await rejectsOf(env.warehouse, 'tickets');
    expect(rejects.map((r) => [r.line, r.reason])).toEqual([
      [3, 'wrong field count: expected 8 fields, found 9'],
      [6, 'wrong field count: expected 8 fields, found 3']
    ]);
    const rows = await env.warehouse.query('SELECT ticket_id, channel, escalated, _line FROM tickets ORDER BY ticket_id');
    expect(rows).toEqual([
      { ticket_id: 'T1', channel: 'chat', escalated: false, _line: 2 },
      { ticket_id: 'T3', channel: 'e\nmail', escalated: true, _line: 4 },
      { ticket_id: 'T5', channel: 'chat', escalated: true, _line: 7 }
    ]);
  });
});
