import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CALLER, type QueryContext } from '../../src/lib/server/context.js';
import { anomalyDrilldown, anomalySeries, listAnomalies, listIncidents } from '../../src/lib/server/queries/anomalies.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import { days, runAnomalyLayer, weekdayOf, type DayValue } from './fixture.js';

// Two teams' ticket volume over 84 days from Monday 2025-01-06: team A jumps to 400 on 2025-03-19 and 2025-03-20.
const calendar = days('2025-01-06', 84);
const INCIDENT = ['2025-03-19', '2025-03-20'];

function rows(): DayValue[] {
  return calendar.flatMap((day, i) => {
    const base = (weekdayOf(day) >= 5 ? 30 : 100) + (i % 3) * 2;
    return ['A', 'B'].map((team) => ({
      metric: 'ticket_volume', slice_type: 'team', slice: team, day,
      value: team === 'A' && INCIDENT.includes(day) ? 400 : base, n: base
    }));
  });
}

describe('anomaly reads', () => {
  let ctx: QueryContext;
  let cleanup: () => void;

  beforeAll(async () => {
    const made = await tempWarehouse();
    cleanup = made.cleanup;
    ctx = { warehouse: made.warehouse, caller: LOCAL_CALLER };
    await runAnomalyLayer(made.warehouse, rows(), calendar.at(-1)!);
    // the tickets behind team A's first incident day, and one of team B's
    await made.warehouse.run(`CREATE OR REPLACE TABLE fct_tickets AS
      SELECT * FROM (VALUES
        ('T1', TIMESTAMPTZ '2025-03-19 09:00:00+08', DATE '2025-03-19', 'phone', 'inquiry', 'E1', 'A', 3.0, 1.0, 'breach'),
        ('T2', TIMESTAMPTZ '2025-03-19 10:00:00+08', DATE '2025-03-19', 'chat', 'complaint', 'E1', 'A', 0.5, 2.0, 'within'),
        ('T3', TIMESTAMPTZ '2025-03-19 11:00:00+08', DATE '2025-03-19', 'email', 'inquiry', 'E2', 'B', 10.0, 240.0, 'within')
      ) t(ticket_id, created_at, local_day, channel, kind, employee_id, team, first_response_minutes, sla_limit_minutes, sla_status)`);
  });
  afterAll(() => cleanup());

  it('lists the anomalous days newest first, filtered by slice and period', async () => {
    const all = await listAnomalies(ctx, { metric: 'ticket_volume' });
    expect(all.map((r) => [r.day, r.slice, r.direction, r.severity])).toEqual([
      ['2025-03-20', 'A', 'spike', 'high'],
      ['2025-03-19', 'A', 'spike', 'high']
    ]);
    expect(all[0]).toMatchObject({ slice_type: 'team', value: 400, harmful: true });
    expect(await listAnomalies(ctx, { slice_type: 'team', slice: 'B' })).toEqual([]);
    expect((await listAnomalies(ctx, { from: '2025-03-20', to: '2025-03-31' })).map((r) => r.day)).toEqual(['2025-03-20']);
  });

  it('groups consecutive days into one incident', async () => {
    expect(await listIncidents(ctx, { min_severity: 'medium' })).toEqual([
      expect.objectContaining({ metric: 'ticket_volume', slice: 'A', start_day: '2025-03-19', end_day: '2025-03-20', days: 2, peak_severity: 'high', direction: 'spike' })
    ]);
  });

  it('returns a series with its band and the flagged days marked', async () => {
    const series = await anomalySeries(ctx, { metric: 'ticket_volume', slice_type: 'team', slice: 'A', from: '2025-03-18', to: '2025-03-21' });
    expect(series.map((p) => [p.day, p.value, p.severity])).toEqual([
      ['2025-03-18', 100 + (71 % 3) * 2, null], ['2025-03-19', 400, 'high'], ['2025-03-20', 400, 'high'], ['2025-03-21', 100 + (74 % 3) * 2, null]
    ]);
    expect(series[1]!.status).toBe('ok');
    expect(series[1]!.upper!).toBeLessThan(400);
  });

  it('drills down to the records behind the day, only the slice\'s', async () => {
    const drill = await anomalyDrilldown(ctx, { metric: 'ticket_volume', slice_type: 'team', slice: 'A', day: '2025-03-19' });
    expect(drill.source).toBe('fct_tickets');
    expect(drill.point).toMatchObject({ value: 400, severity: 'high' });
    expect(drill.records.map((r) => r.ticket_id)).toEqual(['T1', 'T2']);
  });

  it('refuses bad parameters with one line naming the field', async () => {
    await expect(listAnomalies(ctx, { from: '2025-02-30' })).rejects.toThrow('from: must be a day YYYY-MM-DD');
    await expect(listAnomalies(ctx, { metric: 'profit' })).rejects.toThrow(/^metric: must be one of/);
    await expect(listAnomalies(ctx, { min_severity: 'urgent' })).rejects.toThrow(/^min_severity/);
    await expect(anomalyDrilldown(ctx, { metric: 'ticket_volume', slice_type: 'team', day: '2025-03-19' })).rejects.toThrow('slice: required');
  });
});
