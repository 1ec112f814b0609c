import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CALLER } from '../../src/lib/server/context.js';
import { createApiApp } from '../../src/lib/server/api/app.js';
import { buildModels } from '../../src/lib/server/models/build.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import { getJson } from './fixture.js';

/**
 * escalation_rate, added as one catalog entry, seen end to end through the API on a hand-made company
 * (business time zone Asia/Shanghai, every ticket at 10:00 local):
 *
 * A1 (North, phone)  10 tickets a day from 2025-03-03 to 2025-04-07 (36 days): 1 escalated a day, but 8 on 2025-04-07
 * A2 (South, email)  2025-03-10: 4 tickets, 3 escalated; 2025-04-02: 2 tickets, none escalated
 *
 * March: A1 29 days × 10 = 290 tickets, 29 escalated (0.1); A2 4, 3 (0.75); company 294, 32 → 32/294.
 * April: A1 7 days = 70 tickets, 6 + 8 = 14 escalated (0.2); A2 2, 0 (0); company 72, 14 → 14/72.
 * Week of Monday 2025-03-10: A1 70, 7; A2 4, 3 → 10/74.
 * The company's daily series: 0.1 on ordinary days, 10/14 on 03-10, 1/12 on 04-02, then 0.8 on 04-07 with 35 days of
 * history behind it: a spike in the harmful direction, z ≈ (0.8 − 0.1) / √(0.1 × 0.9 / 10) ≈ 7.4, between medium_score
 * 6 and high_score 10, so medium.
 */
const COMPANY_SQL = `
INSERT INTO employees (employee_id, name, team, role, manager_id, customer_facing, hired_on, left_on) VALUES
  ('A1', 'Ann', 'North', 'customer_service', NULL, true, DATE '2024-01-01', NULL),
  ('A2', 'Bo', 'South', 'customer_service', NULL, true, DATE '2024-01-01', NULL);
INSERT INTO tickets (ticket_id, channel, kind, employee_id, created_at, first_response_at, resolved_at, escalated)
SELECT 'N' || d || '-' || i, 'phone', 'inquiry', 'A1',
       TIMESTAMPTZ '2025-03-03 10:00:00+08:00' + d * INTERVAL 1 DAY,
       TIMESTAMPTZ '2025-03-03 10:01:00+08:00' + d * INTERVAL 1 DAY, NULL,
       CASE WHEN d = 35 THEN i <= 8 ELSE i = 1 END
  FROM range(36) AS days(d), range(1, 11) AS tickets(i);
INSERT INTO tickets (ticket_id, channel, kind, employee_id, created_at, first_response_at, resolved_at, escalated) VALUES
  ('S1', 'email', 'inquiry', 'A2', TIMESTAMPTZ '2025-03-10 10:00:00+08:00', NULL, NULL, true),
  ('S2', 'email', 'inquiry', 'A2', TIMESTAMPTZ '2025-03-10 10:00:00+08:00', NULL, NULL, true),
  ('S3', 'email', 'inquiry', 'A2', TIMESTAMPTZ '2025-03-10 10:00:00+08:00', NULL, NULL, true),
  ('S4', 'email', 'inquiry', 'A2', TIMESTAMPTZ '2025-03-10 10:00:00+08:00', NULL, NULL, false),
  ('S5', 'email', 'inquiry', 'A2', TIMESTAMPTZ '2025-04-02 10:00:00+08:00', NULL, NULL, false),
  ('S6', 'email', 'inquiry', 'A2', TIMESTAMPTZ '2025-04-02 10:00:00+08:00', NULL, NULL, NULL);
`;

let app: ReturnType<typeof createApiApp>;
let cleanup: () => void;
beforeAll(async () => {
  const temp = await tempWarehouse();
  cleanup = temp.cleanup;
  await temp.warehouse.run(COMPANY_SQL);
  await buildModels(temp.warehouse);
  app = createApiApp(async () => ({ warehouse: temp.warehouse, caller: LOCAL_CALLER }));
});
afterAll(() => cleanup());

type Point = { period: string; slice: string; value: number | null; n: number };
const series = async (query: string) =>
  (await getJson<Point[]>(app, `/api/metrics?metric=escalation_rate&${query}`)).body.map((p) => [p.period, p.slice, p.value, p.n]);

describe('escalation_rate, from its one catalog entry', () => {
  it('is in the API catalog (and so in Explore) with its labels, format and direction', async () => {
    const { body } = await getJson<Array<Record<string, unknown>>>(app, '/api/metrics/catalog');
    expect(body.find((m) => m.metric === 'escalation_rate')).toMatchObject({
      label: 'Escalation rate', label_zh: '升级率', unit: 'ratio', format: 'rate', higher_is_better: false,
      grains: ['day', 'week', 'month'], slice_types: ['company', 'team', 'channel', 'employee'], anomaly_series: 'escalation_rate'
    });
  });

  it('is the share of tickets escalated by month for the company, teams, channels and employees', async () => {
    expect(await series('grain=month&slice_type=company')).toEqual([
      ['2025-03-01', 'company', 32 / 294, 294],
      ['2025-04-01', 'company', 14 / 72, 72]
    ]);
    expect(await series('grain=month&slice_type=team')).toEqual([
      ['2025-03-01', 'North', 0.1, 290], ['2025-04-01', 'North', 0.2, 70],
      ['2025-03-01', 'South', 0.75, 4], ['2025-04-01', 'South', 0, 2]
    ]);
    expect(await series('grain=month&slice_type=channel&to=2025-03')).toEqual([
      ['2025-03-01', 'email', 0.75, 4], ['2025-03-01', 'phone', 0.1, 290]
    ]);
    expect(await series('grain=month&slice_type=employee&from=2025-04')).toEqual([
      ['2025-04-01', 'A1', 0.2, 70], ['2025-04-01', 'A2', 0, 2]
    ]);
  });

  it('exists by week and by day, also under a filter', async () => {
    expect(await series('grain=week&slice_type=company&from=2025-03-10&to=2025-03-10')).toEqual([['2025-03-10', 'company', 10 / 74, 74]]);
    expect(await series('grain=day&slice_type=employee&from=2025-04-07&to=2025-04-07')).toEqual([['2025-04-07', 'A1', 0.8, 10]]);
    expect(await series('grain=month&slice_type=company&team=South')).toEqual([
      ['2025-03-01', 'company', 0.75, 4], ['2025-04-01', 'company', 0, 2]
    ]);
  });

  it('is in the monthly trends with its month-over-month change', async () => {
    const { body } = await getJson<Array<{ month: string; metric: string; value: number; mom_delta: number | null; label_zh: string }>>(
      app, '/api/trends?from=2025-03&to=2025-04'
    );
    const rows = body.filter((r) => r.metric === 'escalation_rate');
    expect(rows.map((r) => [r.month, r.value, r.label_zh])).toEqual([['2025-03-01', 32 / 294, '升级率'], ['2025-04-01', 14 / 72, '升级率']]);
    expect(rows[1]!.mom_delta).toBeCloseTo(14 / 72 - 32 / 294, 12);
  });

  it('is a watched anomaly series: 2025-04-07 at 0.8 is a harmful spike for the company, North and phone', async () => {
    const point = (await getJson<Array<{ day: string; value: number; n: number; status: string; severity: string; direction: string }>>(
      app, '/api/anomalies/series?metric=escalation_rate&slice_type=company&from=2025-04-06&to=2025-04-07'
    )).body;
    expect(point.map((p) => [p.day, p.value, p.n, p.status, p.severity, p.direction])).toEqual([
      ['2025-04-06', 0.1, 10, 'ok', null, null],
      ['2025-04-07', 0.8, 10, 'ok', 'medium', 'spike']
    ]);
    const { body } = await getJson<Array<{ metric: string; slice_type: string; slice: string; day: string; value: number; direction: string; harmful: boolean }>>(
      app, '/api/anomalies?metric=escalation_rate'
    );
    expect(body.map((a) => [a.slice_type, a.slice, a.day, a.value, a.direction, a.harmful])).toEqual([
      ['channel', 'phone', '2025-04-07', 0.8, 'spike', true],
      ['company', 'company', '2025-04-07', 0.8, 'spike', true],
      ['team', 'North', '2025-04-07', 0.8, 'spike', true]
    ]);
    const drill = (await getJson<{ source: string; records: Array<{ ticket_id: string }> }>(
      app, '/api/anomalies/drilldown?metric=escalation_rate&slice_type=team&slice=North&day=2025-04-07'
    )).body;
    expect(drill.source).toBe('fct_tickets');
    expect(drill.records).toHaveLength(10);
  });
});
