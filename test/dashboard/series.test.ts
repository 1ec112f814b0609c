import { describe, expect, it } from 'vitest';
import { attainmentPct } from '../../src/lib/shared/attainment.js';
import { latestMonth, monthsEndingAt, shiftMonth, toMonthPoints } from '../../src/lib/shared/series.js';

describe('monthly series for the overview', () => {
  const points = toMonthPoints([
    { period: '2025-06-01', value: 120, target: 100 },
    { period: '2024-06-01', value: 80 },
    { period: '2025-05-01', value: 150, target: 0 },
    { period: 'junk', value: 1 }
  ]);
  it('normalises periods to months, oldest first, and drops rows that are not months', () => {
    expect(points.map((p) => p.month)).toEqual(['2024-06', '2025-05', '2025-06']);
  });
  it('shifts months across year ends', () => {
    expect(shiftMonth('2025-01', -1)).toBe('2024-12');
    expect(shiftMonth('2024-12', 1)).toBe('2025-01');
    expect(shiftMonth('2025-06', -12)).toBe('2024-06');
  });
  it('shares one attainment rule with the server: a share of a positive target only', () => {
    expect(attainmentPct(45, 60)).toBe(75);
    expect(attainmentPct(45, 0)).toBe(null);
    expect(attainmentPct(-10, -20)).toBe(null); // a negative target (a planned loss) has no meaningful share
    expect(attainmentPct(null, 60)).toBe(null);
  });
  it('lists the months of a window and finds the latest month with a value', () => {
    expect(monthsEndingAt('2025-02', 3)).toEqual(['2024-12', '2025-01', '2025-02']);
    expect(latestMonth([points, toMonthPoints([{ month: '2025-07', value: null }])])).toBe('2025-06');
  });
});
