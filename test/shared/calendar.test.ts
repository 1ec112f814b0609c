import { describe, expect, it } from 'vitest';
import { isCalendarDay, isCalendarMonth, lastDayOfMonth, shiftMonth } from '../../src/lib/shared/calendar.js';

describe('the shared calendar', () => {
  it('knows which days and months exist', () => {
    expect(['2024-02-29', '2025-02-28', '2025-12-31'].map(isCalendarDay)).toEqual([true, true, true]);
    expect(['2025-02-29', '2025-06-31', '2025-13-01', '2025-6-01', '2025-06'].map(isCalendarDay)).toEqual([false, false, false, false, false]);
    expect(['2025-01', '2025-12', '2025-00', '2025-13', '2025-1'].map(isCalendarMonth)).toEqual([true, true, false, false, false]);
    expect([lastDayOfMonth('2024-02'), lastDayOfMonth('2025-02'), lastDayOfMonth('2025-04')]).toEqual(['2024-02-29', '2025-02-28', '2025-04-30']);
  });

  it('shifts months across years, keeping the form it was given', () => {
    expect([shiftMonth('2025-01', -1), shiftMonth('2025-12', 1), shiftMonth('2025-03', -12)]).toEqual(['2024-12', '2026-01', '2024-03']);
    expect([shiftMonth('2025-01-01', 13), shiftMonth('2025-03-01', -3)]).toEqual(['2026-02-01', '2024-12-01']);
  });
});
