import { describe, expect, it } from 'vitest';
import { shadedAreas } from '../../src/lib/client/charts.js';

describe('holiday shading on daily charts', () => {
  it('draws one band per run of consecutive days with the same name, and none for days off the axis', () => {
    const days = ['2025-01-25', '2025-01-26', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'];
    const shaded = [
      { day: '2025-01-26', label: 'Spring Festival · make-up working day' },
      { day: '2025-01-28', label: 'Spring Festival' },
      { day: '2025-01-29', label: 'Spring Festival' },
      { day: '2025-01-31', label: 'Spring Festival' },
      { day: '2025-02-08', label: 'Spring Festival · make-up working day' }
    ];
    expect(shadedAreas(days, shaded)).toEqual([
      [{ xAxis: '2025-01-26', name: 'Spring Festival · make-up working day' }, { xAxis: '2025-01-26' }],
      [{ xAxis: '2025-01-28', name: 'Spring Festival' }, { xAxis: '2025-01-29' }],
      [{ xAxis: '2025-01-31', name: 'Spring Festival' }, { xAxis: '2025-01-31' }]
    ]);
  });
});
