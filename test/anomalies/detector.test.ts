import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import { days, runAnomalyLayer, weekdayOf, type DayValue } from './fixture.js';

// 140 days from Monday 2025-01-06; weekday volume about 100, weekends about 20 (a business closed at weekends).
const calendar = days('2025-01-06', 140);
const lastDay = calendar.at(-1)!;
const wiggle = (i: number) => Math.sin(i * 1.7) * 0.04 + Math.cos(i * 0.9) * 0.03; // deterministic noise, within ±7 %
const weekly = (day: string, i: number, weekdayLevel: number, weekendLevel: number) =>
  (weekdayOf(day) >= 5 ? weekendLevel : weekdayLevel) * (1 + wiggle(i));

const SPIKE_DAY = '2025-04-09'; // a Wednesday
const DROP_DAY = '2025-04-16'; // a Wednesday
const SHIFT_DAY = '2025-04-21'; // a Monday: first responses three times slower from here on
const EMPTY_DAY = '2025-03-12'; // a Wednesday with no tickets at all

function series(): DayValue[] {
  const rows: DayValue[] = [];
  calendar.forEach((day, i) => {
    // quiet weekly series: company ticket volume of team A (never anything unusual)
    rows.push({ metric: 'ticket_volume', slice_type: 'team', slice: 'quiet', day, value: Math.round(weekly(day, i, 100, 20)), n: 1 });
    // tickets by channel: a spike on SPIKE_DAY, and no record at all on EMPTY_DAY (absent from metric_values)
    if (day !== EMPTY_DAY) {
      const volume = day === SPIKE_DAY ? 320 : Math.round(weekly(day, i, 100, 20));
      rows.push({ metric: 'ticket_volume', slice_type: 'channel', slice: 'phone', day, value: volume, n: volume });
    }
    // sales drop to a fifth on DROP_DAY
    const sales = weekly(day, i, 50_000, 10_000) * (day === DROP_DAY ? 0.2 : 1);
    rows.push({ metric: 'sales_amount', slice_type: 'company', slice: 'company', day, value: sales, n: 40 });
    // p50 first response: about 2 minutes, 6 minutes from SHIFT_DAY; no tickets (no p50) on EMPTY_DAY
    if (day !== EMPTY_DAY) {
      const p50 = (day >= SHIFT_DAY ? 6 : 2) * (1 + wiggle(i + 3));
      rows.push({ metric: 'first_response_p50_minutes', slice_type: 'company', slice: 'company', day, value: p50, n: 80 });
    }
  });
  // a team that started ten days before the end: too little history to judge, even with an odd last day
  calendar.slice(-10).forEach((day, i) => {
    rows.push({ metric: 'ticket_volume', slice_type: 'team', slice: 'new', day, value: i === 9 ? 400 : 50, n: 50 });
  });
  return rows;
}

describe('the anomaly layer on synthetic series with known answers', () => {
  let warehouse: Warehouse;
  let cleanup: () => void;
  type Flag = { metric: string; slice: string; day: string; direction: string; severity: string; value: number; expected: number };
  let flags: Flag[];

  beforeAll(async () => {
    ({ warehouse, cleanup } = await tempWarehouse());
    await runAnomalyLayer(warehouse, series(), lastDay);
    flags = await warehouse.query<Flag>(
      `SELECT metric, slice, strftime(day, '%Y-%m-%d') AS day, direction, severity, value, expected FROM anomaly_days ORDER BY day`
    );
  });
  afterAll(() => cleanup());

  it('flags nothing on a quiet weekly series, weekends of a fifth of the volume included', () => {
    expect(flags.filter((f) => f.slice === 'quiet')).toEqual([]);
  });

  it('finds an injected spike on its day, as a spike', () => {
    const phone = flags.filter((f) => f.slice === 'phone' && f.day !== EMPTY_DAY);
    expect(phone.map((f) => [f.day, f.direction])).toEqual([[SPIKE_DAY, 'spike']]);
    expect(phone[0]!.severity).toBe('high');
  });

  it('finds a drop of sales to a fifth on its day, as a drop of at least medium severity', () => {
    const sales = flags.filter((f) => f.metric === 'sales_amount');
    expect(sales.map((f) => [f.day, f.direction])).toEqual([[DROP_DAY, 'drop']]);
    expect(['medium', 'high']).toContain(sales[0]!.severity);
  });

  it('finds a level shift on its first day, as a spike, and stops flagging once the new level is the norm', async () => {
    const p50 = flags.filter((f) => f.metric === 'first_response_p50_minutes');
    expect(p50[0]).toMatchObject({ day: SHIFT_DAY, direction: 'spike', severity: 'high' });
    expect(p50.length).toBeLessThanOrEqual(5);
    const incidents = await warehouse.query<{ start_day: string; days: number; peak_severity: string }>(
      `SELECT strftime(start_day, '%Y-%m-%d') AS start_day, days, peak_severity FROM anomaly_incidents WHERE metric = 'first_response_p50_minutes'`
    );
    expect(incidents).toEqual([{ start_day: SHIFT_DAY, days: p50.length, peak_severity: 'high' }]);
  });

  it('reads a day without tickets as zero volume (an anomaly on a weekday) and as no p50 (not judged)', async () => {
    const [empty] = await warehouse.query<{ value: number | null; n: number }>(
      `SELECT value, n FROM anomaly_daily_series WHERE metric = 'ticket_volume' AND slice = 'phone' AND day = $1::DATE`, [EMPTY_DAY]
    );
    expect(empty).toEqual({ value: 0, n: 0 });
    expect(flags.find((f) => f.slice === 'phone' && f.day === EMPTY_DAY)).toMatchObject({ direction: 'drop', value: 0 });
    const [p50] = await warehouse.query<{ value: number | null; status: string }>(
      `SELECT s.value, o.status FROM anomaly_daily_series s
         JOIN anomaly_detector_input i USING (metric, slice_type, slice, day)
         JOIN anomaly_detector_output o USING (series_id, step)
        WHERE s.metric = 'first_response_p50_minutes' AND s.day = $1::DATE`, [EMPTY_DAY]
    );
    expect(p50).toEqual({ value: null, status: 'no_data' });
    expect(flags.find((f) => f.metric === 'first_response_p50_minutes' && f.day === EMPTY_DAY)).toBeUndefined();
  });

  it('says a series shorter than the minimum history has too little history, and lists none of its days', async () => {
    const status = await warehouse.query<{ slice: string; status: string; days: number }>(
      `SELECT slice, status, days FROM anomaly_series_status WHERE metric = 'ticket_volume' ORDER BY slice`
    );
    expect(status).toEqual([
      { slice: 'new', status: 'insufficient_history', days: 10 },
      { slice: 'phone', status: 'ok', days: 140 },
      { slice: 'quiet', status: 'ok', days: 140 }
    ]);
    expect(flags.filter((f) => f.slice === 'new')).toEqual([]);
  });

  it('draws no band where there is no expected value or spread yet (the first days of a series), and a finite one after', async () => {
    const bands = await warehouse.query<{ expected_null: boolean; rows: number; with_band: number; finite: number }>(
      `SELECT expected IS NULL OR robust_sd IS NULL AS expected_null, count(*)::INTEGER AS rows,
              count(*) FILTER (WHERE lower IS NOT NULL OR upper IS NOT NULL)::INTEGER AS with_band,
              count(*) FILTER (WHERE abs(lower) < 1e12 AND abs(upper) < 1e12)::INTEGER AS finite
         FROM anomaly_detector_output GROUP BY ALL ORDER BY expected_null`
    );
    const [judged, unjudged] = bands;
    expect(unjudged).toMatchObject({ expected_null: true, with_band: 0, finite: 0 });
    expect(unjudged!.rows).toBeGreaterThan(0);
    expect(judged).toMatchObject({ expected_null: false, with_band: judged!.rows, finite: judged!.rows });
  });
});
