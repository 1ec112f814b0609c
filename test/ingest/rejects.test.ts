import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles, type FileIngestResult } from '../../src/lib/server/ingest/index.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import { fixture, rejectsOf, rowCount } from './helpers.js';

// Every bad kind of row once, per dataset, in the fixtures of test/fixtures/ingest (lines counted by hand).
describe('a file mixing good and bad rows', () => {
  let warehouse: Warehouse;
  let cleanup: () => void;
  let results: FileIngestResult[];
  const byFile = (name: string) => results.find((r) => r.file.endsWith(name))!;

  beforeAll(async () => {
    ({ warehouse, cleanup } = await tempWarehouse());
    // Given out of order on purpose: employees still load first.
    results = await ingestFiles(
      warehouse,
      ['sales_mixed.csv', 'tickets_mixed.csv', 'csat_mixed.csv', 'ratings_mixed.csv', 'targets_mixed.csv', 'order_events_mixed.jsonl', 'employees.csv'].map(fixture)
    );
  });
  afterAll(() => cleanup());

  it('loads employees first and every file with its counts', () => {
    expect(results[0]!.file).toMatch(/employees\.csv$/);
    expect(results.every((r) => r.status === 'loaded')).toBe(true);
    const counts = (name: string) => {
      const r = byFile(name);
      return [r.rowsRead, r.rowsLoaded, r.rowsRejected];
    };
    expect(counts('employees.csv')).toEqual([9, 4, 5]);
    expect(counts('sales_mixed.csv')).toEqual([13, 5, 8]);
    expect(counts('tickets_mixed.csv')).toEqual([7, 2, 5]);
    expect(counts('csat_mixed.csv')).toEqual([5, 1, 4]);
    expect(counts('ratings_mixed.csv')).toEqual([10, 3, 7]);
    expect(counts('targets_mixed.csv')).toEqual([5, 1, 4]);
    expect(counts('order_events_mixed.jsonl')).toEqual([5, 2, 3]);
  });

  it('rejects employees with an unknown role, an impossible date, a bad boolean, an unknown manager, no key', async () => {
    const rejects = await rejectsOf(warehouse, 'employees');
    expect(rejects.map((r) => [r.line, r.field])).toEqual([
      [5, 'role'], [6, 'hired_on'], [7, 'customer_facing'], [8, 'manager_id'], [9, 'employee_id']
    ]);
    expect(rejects[0]!.reason).toBe('role: unknown enum value "boss" (want one of operations_manager, operations_specialist, customer_service, sales)');
    expect(rejects[1]!.reason).toBe('hired_on: impossible date "2025-02-29"');
    expect(rejects[2]!.reason).toContain('customer_facing: bad boolean "maybe"');
    expect(rejects[3]!.reason).toContain('manager_id: unknown employee "Z9"');
    expect(rejects[4]!.reason).toBe('employee_id: missing key');
    expect(rejects[0]!.raw).toBe('X1,赵角色,华东一组,boss,M1,true,2024-01-01,');
    const names = await warehouse.query<{ employee_id: string; name: string; customer_facing: boolean }>(
      'SELECT employee_id, name, customer_facing FROM employees ORDER BY employee_id'
    );
    expect(names).toEqual([
      { employee_id: 'C1', name: '张客服', customer_facing: true },
      { employee_id: 'M1', name: '王经理', customer_facing: false },
      { employee_id: 'S1', name: '李销售', customer_facing: true },
      { employee_id: 'S2', name: 'Smith, "Jo"', customer_facing: true }
    ]);
  });

  it('rejects sales with each bad kind at its physical line, counting the lines inside quoted fields', async () => {
    const rejects = await rejectsOf(warehouse, 'sales');
    expect(rejects.map((r) => [r.line, r.field, r.reason])).toEqual([
      [6, 'sold_at', 'sold_at: impossible date "2025-06-31T10:00:00"'],
      [7, 'amount', 'amount: bad number "abc"'],
      [8, 'amount', 'amount: number not finite "NaN"'],
      [9, 'amount', 'amount: number out of range "-5" (want 0 or more)'],
      [10, 'employee_id', 'employee_id: unknown employee "NOBODY" (not in employees; load the employees file first)'],
      [11, 'order_id', 'order_id: missing key'],
      [12, null, 'wrong field count: expected 8 fields, found 5'],
      [15, null, 'wrong field count: expected 8 fields, found 9']
    ]);
    expect(rejects[6]!.raw).toBe('O9,2025-03-01T10:00:00,S1,CU9,5');
    const lines = await warehouse.query<{ order_id: string; _line: number }>('SELECT order_id, _line FROM sales ORDER BY _line');
    expect(lines).toEqual([
      { order_id: 'O1', _line: 2 }, { order_id: 'O2', _line: 3 }, { order_id: 'O3', _line: 5 },
      { order_id: 'O10', _line: 13 }, { order_id: 'O12', _line: 16 }
    ]);
    const [o12] = await warehouse.query<{ profit: number | null; amount: number }>("SELECT profit, amount FROM sales WHERE order_id = 'O12'");
    expect(o12).toEqual({ profit: null, amount: 5 });
  });

  it('rejects tickets with an unknown kind, timestamps out of order, a bad boolean, a bad timestamp', async () => {
    const rejects = await rejectsOf(warehouse, 'tickets');
    expect(rejects.map((r) => [r.line, r.field])).toEqual([
      [4, 'kind'], [5, 'first_response_at'], [6, 'resolved_at'], [7, 'escalated'], [8, 'created_at']
    ]);
    expect(rejects[1]!.reason).toBe('first_response_at: timestamp order violated: first_response_at 2025-03-01T08:59:00 is before created_at 2025-03-01T09:00:00');
    expect(rejects[2]!.reason).toContain('resolved_at: timestamp order violated');
    expect(rejects[4]!.reason).toContain('created_at: bad timestamp "2025-03-01T25:00:00"');
    const tickets = await warehouse.query<{ ticket_id: string; channel: string; escalated: boolean | null; first_response_at: string | null }>(
      "SELECT ticket_id, channel, escalated, strftime(first_response_at, '%H:%M:%S') AS first_response_at FROM tickets ORDER BY ticket_id"
    );
    expect(tickets).toEqual([
      { ticket_id: 'T1', channel: 'phone', escalated: false, first_response_at: '09:00:30' },
      { ticket_id: 'T2', channel: 'chat', escalated: null, first_response_at: null }
    ]);
  });

  it('rejects csat scores out of range, not whole, not finite, missing', async () => {
    const rejects = await rejectsOf(warehouse, 'csat');
    expect(rejects.map((r) => [r.line, r.reason])).toEqual([
      [3, 'score: number out of range "6" (want 1 to 5)'],
      [4, 'score: number out of range "4.5" (want a whole number from 1 to 5)'],
      [5, 'score: number not finite "Infinity"'],
      [6, 'score: missing value']
    ]);
    const [kept] = await warehouse.query('SELECT response_id, score, comment FROM csat');
    expect(kept).toEqual({ response_id: 'R1', score: 5, comment: '很好' });
  });

  it('rejects ratings with a disagreeing score, neither grade nor score, a bad month, unknown enums, a score out of range', async () => {
    const rejects = await rejectsOf(warehouse, 'ratings');
    expect(rejects.map((r) => [r.line, r.field])).toEqual([
      [5, 'score'], [6, 'grade'], [7, 'period'], [8, 'rater_type'], [9, 'indicator'], [10, 'grade'], [11, 'score']
    ]);
    expect(rejects[0]!.reason).toBe('score: disagrees with grade: a score of 95 is excellent, the grade says good');
    expect(rejects[1]!.reason).toBe('grade: missing value: a rating needs a grade or a score');
    expect(rejects[2]!.reason).toBe('period: bad month "2025-13" (want YYYY-MM)');
    expect(rejects[5]!.reason).toContain('grade: unknown enum value "很好"');
    expect(rejects[6]!.reason).toBe('score: number out of range "101" (want 0 to 100)');
    const kept = await warehouse.query("SELECT rater_id, grade, score, strftime(period, '%Y-%m') AS period FROM ratings ORDER BY rater_id");
    expect(kept).toEqual([
      { rater_id: 'M1', grade: 'excellent', score: null, period: '2025-03' },
      { rater_id: 'P1', grade: 'good', score: 85, period: '2025-03' },
      { rater_id: 'S1', grade: null, score: 88, period: '2025-03' }
    ]);
  });

  it('rejects targets with a bad month, a negative or infinite target, an unknown employee', async () => {
    const rejects = await rejectsOf(warehouse, 'targets');
    expect(rejects.map((r) => [r.line, r.reason])).toEqual([
      [3, 'month: bad month "2025/03" (want YYYY-MM)'],
      [4, 'sales_target: number out of range "-1" (want 0 or more)'],
      [5, 'sales_target: number not finite "inf"'],
      [6, 'employee_id: unknown employee "NOPE" (not in employees; load the employees file first)']
    ]);
  });

  it('reads JSON Lines with keys in any case, rejecting lines that are not JSON objects', async () => {
    const rejects = await rejectsOf(warehouse, 'order_events');
    expect(rejects.map((r) => [r.line, r.reason])).toEqual([
      [3, 'not valid JSON'],
      [4, 'status: unknown enum value "lost" (want one of received, reviewed, shipped, delivered, cancelled)'],
      [6, 'at: impossible date "2025-02-30T10:00:00"']
    ]);
    expect(rejects[0]!.raw).toBe('not json');
    expect(await rowCount(warehouse, 'order_events')).toBe(2);
    const [delivered] = await warehouse.query("SELECT status, strftime(\"at\", '%Y-%m-%d %H:%M') AS at FROM order_events WHERE status = 'delivered'");
    expect(delivered).toEqual({ status: 'delivered', at: '2025-02-02 18:00' });
  });

  it('logs every load with its counts', async () => {
    const log = await warehouse.query<{ dataset: string; rows_read: number; rows_rejected: number }>(
      'SELECT dataset, rows_read, rows_rejected FROM ingest_log ORDER BY ingest_id'
    );
    expect(log[0]).toEqual({ dataset: 'employees', rows_read: 9, rows_rejected: 5 });
    expect(log.map((l) => l.dataset).sort()).toEqual(['csat', 'employees', 'order_events', 'ratings', 'sales', 'targets', 'tickets']);
    expect(await rowCount(warehouse, 'rejects')).toBe(36);
  });
});
