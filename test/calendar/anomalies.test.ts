import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CALLER } from '../../src/lib/server/context.js';
import { anomalySeries } from '../../src/lib/server/queries/anomalies.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { days, runAnomalyLayer, weekdayOf, type DayValue } from '../anomalies/fixture.js';
import { tempWarehouse } from '../helpers/warehouse.js';

/**
 * SPEC 8.5 on a hand-made series around the Spring Festival 2025 (off 01-28..02-04, make-up Sun 01-26 and Sat 02-08,
 * New Year's Day Wed 01-01). Ordinary days repeat one week: Mon 100, Tue 90, Wed 80, Thu 70, Fri 60, Sat 20, Sun 10
 * (median of a week 70, so every weekday's offset is its value − 70). Special days carry festival values (5).
 */
const WEEK = [100, 90, 80, 70, 60, 20, 10];
const CALENDAR: Record<string, 'holiday' | 'makeup_workday'> = {
  '2025-01-01': 'holiday', '2025-01-26': 'makeup_workday', '2025-02-08': 'makeup_workday',
  ...Object.fromEntries(days('2025-01-28', 8).map((d) => [d, 'holiday' as const]))
};
const SPAN = days('2024-10-01', 133); // to 2025-02-10
const LAST = SPAN.at(-1)!;

function series(): DayValue[] {
  const rows: DayValue[] = [];
  for (const day of SPAN) {
    const special = day in CALENDAR;
    const ordinary = WEEK[weekdayOf(day)]!;
    rows.push({ metric: 'ticket_volume', slice_type: 'company', slice: 'company', day, value: special ? 5 : ordinary, n: 0 });
    // North: spikes on the last working day before the festival and the first after it; one incident across the break
    const north = day === '2025-01-27' || day === '2025-02-05' ? 400 : special ? 5 : ordinary;
    rows.push({ metric: 'ticket_volume', slice_type: 'team', slice: 'North', day, value: north, n: 0 });
    // Quality: 10 minutes every day, 30 on the festival's second day (a real incident: judged although it is a holiday)
    rows.push({ metric: 'first_response_p50_minutes', slice_type: 'company', slice: 'company', day, value: day === '2025-01-29' ? 30 : 10 + (weekdayOf(day) % 2), n: 20 });
  }
  return rows;
}

let warehouse: Warehouse;
let cleanup: () => void;
beforeAll(async () => {
  ({ warehouse, cleanup } = await tempWarehouse());
  await runAnomalyLayer(warehouse, series(), LAST, CALENDAR);
});
afterAll(() => cleanup());

const ctx = () => ({ warehouse, caller: LOCAL_CALLER });

describe('anomalies on special days (SPEC 8.5)', () => {
  it('expects the first working day after the festival from ordinary days only: Wed 02-05 is 80, not a spike', async () => {
    // Level = median of the latest ordinary Mon 01-27 (100), Tue 01-21 (90), Wed 01-22 (80), Thu 01-23 (70), Fri 01-24 (60),
    // Sat 01-25 (20), Sun 01-19 (10) = 70; Wednesday offset = median over 01-22, 01-15, 01-08, 12-25, 12-18, 12-11 of
    // (80 − 70) = 10 → expected 80. (The last seven ordinary days would give a level of 80 and expect 90.)
    const points = await anomalySeries(ctx(), { metric: 'ticket_volume', slice_type: 'company', slice: 'company', from: '2025-01-25', to: LAST });
    const byDay = Object.fromEntries(points.map((p) => [p.day, p]));
    expect(byDay['2025-02-05']).toMatchObject({ value: 80, expected: 80, status: 'ok', severity: null });
    for (const day of ['2025-02-06', '2025-02-07', '2025-02-10']) expect(byDay[day]).toMatchObject({ expected: WEEK[weekdayOf(day)], severity: null });
    // Volume is not judged on special days: status says why, and no anomaly is listed although 5 is far below the band.
    expect(byDay['2025-01-29']).toMatchObject({ value: 5, status: 'holiday', severity: null, special_kind: 'holiday' });
    expect(byDay['2025-01-26']).toMatchObject({ status: 'makeup_day', severity: null, special_kind: 'makeup_workday' });
    expect(byDay['2025-01-27']).toMatchObject({ status: 'ok', special_kind: null });
    const listed = await warehouse.query(`SELECT count(*) AS n FROM anomaly_days WHERE metric = 'ticket_volume' AND slice_type = 'company'`);
    expect(listed).toEqual([{ n: 0 }]);
  });

  it('judges a quality series on a holiday against ordinary days, and finds the slow festival day', async () => {
    const found = await warehouse.query<{ day: string; direction: string; expected: number }>(
      `SELECT strftime(day, '%Y-%m-%d') AS day, direction, expected FROM anomaly_days WHERE metric = 'first_response_p50_minutes' ORDER BY day`
    );
    // Wed 01-29: 30 minutes against ordinary Wednesdays' 10 (weekday % 2 = 0 → 10).
    expect(found).toEqual([{ day: '2025-01-29', direction: 'spike', expected: 10 }]);
  });

  it('joins anomalies across unjudged special days into one incident', async () => {
    const incidents = await warehouse.query<{ start_day: string; end_day: string; days: number }>(
      `SELECT strftime(start_day, '%Y-%m-%d') AS start_day, strftime(end_day, '%Y-%m-%d') AS end_day, days
         FROM anomaly_incidents WHERE metric = 'ticket_volume' AND slice = 'North'`
    );
    expect(incidents).toEqual([{ start_day: '2025-01-27', end_day: '2025-02-05', days: 2 }]);
  });
});
