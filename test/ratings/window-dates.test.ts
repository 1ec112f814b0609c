import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { tempWarehouse } from '../helpers/warehouse.js';

// The rating window's dates, defined once (sql/schema/011_rating_window_dates.sql) for the window read and the overdue
// months: day n of the next month, clamped to its last day; the latest moved end of a month wins.
describe('the rating window dates', () => {
  let warehouse: Warehouse;
  let cleanup: () => void;
  beforeAll(async () => ({ warehouse, cleanup } = await tempWarehouse()));
  afterAll(() => cleanup?.());

  it('is day n of the month after, clamped to that month\'s last day', async () => {
    const rows = await warehouse.query<{ d: string }>(`SELECT strftime(rating_window_day(m::DATE, n), '%Y-%m-%d') AS d
      FROM (VALUES ('2025-06-01', 10, 1), ('2025-01-01', 31, 2), ('2024-01-01', 31, 3), ('2025-12-01', 1, 4), ('2025-03-01', 31, 5)) t(m, n, k)
      ORDER BY k`);
    // July 10; February 2025 has 28 days; February 2024 29; January of the next year; April has 30
    expect(rows.map((r) => r.d)).toEqual(['2025-07-10', '2025-02-28', '2024-02-29', '2026-01-01', '2025-04-30']);
  });

  it('takes the latest moved end of each month', async () => {
    await warehouse.run(`INSERT INTO rating_window_overrides (month, closes_on, reason, changed_by, changed_at) VALUES
      (DATE '2025-06-01', DATE '2025-07-20', 'first move', 'hr1', TIMESTAMPTZ '2025-07-05 10:00:00+08'),
      (DATE '2025-06-01', DATE '2025-07-15', 'second thoughts', 'hr1', TIMESTAMPTZ '2025-07-06 10:00:00+08'),
      (DATE '2025-05-01', DATE '2025-06-30', 'late round', 'admin', TIMESTAMPTZ '2025-06-02 10:00:00+08')`);
    const rows = await warehouse.query<{ month: string; closes_on: string; reason: string }>(
      `SELECT strftime(month, '%Y-%m') AS month, strftime(closes_on, '%Y-%m-%d') AS closes_on, reason FROM rating_window_moves ORDER BY month`);
    expect(rows).toEqual([
      { month: '2025-05', closes_on: '2025-06-30', reason: 'late round' },
      { month: '2025-06', closes_on: '2025-07-15', reason: 'second thoughts' }
    ]);
  });
});
