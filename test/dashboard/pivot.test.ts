import { describe, expect, it } from 'vitest';
import { addsUp, largestSlices, pivot, pivotCsv, type LongRow } from '../../src/lib/client/pivot.js';

// Two teams over two months, worked out by hand: North 10 (2 records) and 20 (3); South nothing in May, 5 (1) in June.
const rows: LongRow[] = [
  { period: '2025-06-01', slice: 'S', slice_label: 'South', value: 5, n: 1 },
  { period: '2025-05-01', slice: 'N', slice_label: 'North', value: 10, n: 2 },
  { period: '2025-06-01', slice: 'N', slice_label: 'North', value: 20, n: 3 },
  { period: '2025-05-01', slice: 'S', slice_label: 'South', value: null, n: 0 }
];

describe('the Explore pivot (Arquero)', () => {
  it('lays out slices × periods with row, column and grand totals when the measure adds up', () => {
    const p = pivot(rows, { rows: 'slice', measure: 'value', additive: true });
    expect(p.rows).toEqual([{ key: 'N', label: 'North' }, { key: 'S', label: 'South' }]);
    expect(p.columns.map((c) => c.key)).toEqual(['2025-05-01', '2025-06-01']);
    expect(p.cells).toEqual([[10, 20], [null, 5]]);
    expect(p.rowTotals).toEqual([30, 5]);
    expect(p.columnTotals).toEqual([10, 25]);
    expect(p.grandTotal).toBe(35);
  });

  it('gives no totals for a measure that does not add up (a p90, a rate)', () => {
    const p = pivot(rows, { rows: 'slice', measure: 'value', additive: false });
    expect(p.cells).toEqual([[10, 20], [null, 5]]);
    expect(p).toMatchObject({ totals: false, rowTotals: null, columnTotals: null, grandTotal: null });
  });

  it('always totals the record count, and transposes to periods × slices', () => {
    const p = pivot(rows, { rows: 'period', measure: 'n', additive: false });
    expect(p.rows.map((r) => r.key)).toEqual(['2025-05-01', '2025-06-01']);
    expect(p.columns).toEqual([{ key: 'N', label: 'North' }, { key: 'S', label: 'South' }]);
    expect(p.cells).toEqual([[2, 0], [3, 1]]);
    expect(p.rowTotals).toEqual([2, 4]);
    expect(p.columnTotals).toEqual([5, 1]);
    expect(p.grandTotal).toBe(6);
  });

  it('exports the pivot as CSV with its totals row and column', () => {
    const csv = pivotCsv(pivot(rows, { rows: 'slice', measure: 'value', additive: true }), { rowAxis: 'Team', total: 'Total', columnLabel: (key) => key.slice(0, 7) });
    expect(csv).toBe('\uFEFFTeam,2025-05,2025-06,Total\nNorth,10,20,30\nSouth,,5,5\nTotal,10,25,35\n');
  });

  it('knows which measures add up', () => {
    expect([addsUp('value', 'currency'), addsUp('value', 'count'), addsUp('value', 'minutes'), addsUp('value', 'percent'), addsUp('n', 'percent')]).toEqual([true, true, false, false, true]);
  });

  it('picks the slices with the largest absolute totals for the chart', () => {
    expect(largestSlices(rows, 1)).toEqual({ shown: ['N'], total: 2 });
  });
});
