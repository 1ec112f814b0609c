import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoHolidayIncident } from '../../src/demo/holidays.js';
import { createDemoWarehouse } from '../../src/demo/load.js';
import { demoStories } from '../../src/demo/stories.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { tempDir, tempWarehouse } from '../helpers/warehouse.js';

// The demo company at its default head count over a year: the planted incident must be found, and
// the company's quiet days must stay (almost) quiet. The same checks on a held-out company (another seed: the same
// planted stories on different data), which no detector setting was chosen on.
const COMPANIES = [
  { name: 'the demo company', seed: 42, employees: 60, months: 12, end: '2026-10' },
  { name: 'a held-out company (seed 7)', seed: 7, employees: 60, months: 12, end: '2026-10' }
] as const;

for (const { name, ...COMPANY } of COMPANIES)
describe(`anomalies on ${name}`, () => {
  let warehouse: Warehouse;
  let cleanup: () => void;
  const files = tempDir('opscore-anomaly-demo-');
  const stories = demoStories(COMPANY);
  const incidentDay = stories.incidentDay.day;
  const holidayIncident = demoHolidayIncident(COMPANY)!;

  beforeAll(async () => {
    ({ warehouse, cleanup } = await tempWarehouse());
    await createDemoWarehouse(warehouse, { ...COMPANY, outDir: files.dir });
  });
  afterAll(() => {
    cleanup();
    files.cleanup();
  });

  it('finds the planted incident day: company first responses and SLA breaches, high, spikes', async () => {
    const rows = await warehouse.query<{ metric: string; severity: string; direction: string }>(
      `SELECT metric, severity, direction FROM anomaly_days WHERE slice_type = 'company' AND day = $1::DATE ORDER BY metric`, [incidentDay]
    );
    expect(rows).toEqual([
      { metric: 'first_response_p50_minutes', severity: 'high', direction: 'spike' },
      { metric: 'sla_breach_rate', severity: 'high', direction: 'spike' }
    ]);
  });

  it('flags few of the company days outside the planted stories, and none of them high', async () => {
    // planted: the incident day and its aftermath (the day after), and the orders that turn slow from a given month
    const [quiet] = await warehouse.query<{ judged: number; flagged: number; high: number }>(
      `SELECT (SELECT sum(days_judged) FROM anomaly_series_status WHERE slice_type = 'company') AS judged,
              count(*) AS flagged, coalesce(count_if(severity = 'high'), 0) AS high
         FROM anomaly_days
        WHERE slice_type = 'company' AND day NOT BETWEEN $incident::DATE AND $incident::DATE + 1
          AND day NOT BETWEEN $holiday_incident::DATE AND $holiday_incident::DATE + 1
          AND NOT (metric = 'order_cycle_p90_hours' AND date_trunc('month', day) = $slow_from::DATE)`,
      { incident: incidentDay, holiday_incident: holidayIncident.day, slow_from: `${stories.slowOrderTeam.fromMonth}-01` }
    );
    expect(quiet!.judged).toBeGreaterThan(1500);
    expect(quiet!.flagged / quiet!.judged).toBeLessThan(0.01);
    expect(quiet!.high).toBe(0);
  });

  it('finds the incident planted inside the National Day holiday: company first responses and SLA breaches, high', async () => {
    expect(holidayIncident.day).toBe('2026-10-03');
    const [kind] = await warehouse.query<{ kind: string; name_en: string }>(`SELECT kind, name_en FROM dim_calendar WHERE day = $1::DATE`, [holidayIncident.day]);
    expect(kind).toEqual({ kind: 'holiday', name_en: 'National Day' });
    const rows = await warehouse.query<{ metric: string; severity: string; direction: string }>(
      `SELECT metric, severity, direction FROM anomaly_days WHERE slice_type = 'company' AND day = $1::DATE ORDER BY metric`, [holidayIncident.day]
    );
    expect(rows).toEqual([
      { metric: 'first_response_p50_minutes', severity: 'high', direction: 'spike' },
      { metric: 'sla_breach_rate', severity: 'high', direction: 'spike' }
    ]);
  });

  it('raises no medium or high anomaly on a holiday or make-up day outside the planted stories, on any slice', async () => {
    // planted: the holiday incident and the day after it; the slow orders of one team from a given month (SPEC 8.5:
    // quality series are judged on special days, so a real slowdown there still shows)
    const special = await warehouse.query<{ days: number; volume_days_listed: number }>(
      `SELECT (SELECT count(*) FROM dim_calendar c WHERE c.special AND c.day BETWEEN '2025-11-01' AND '2026-10-31') AS days,
              (SELECT count(*) FROM anomaly_days a JOIN dim_calendar c USING (day)
                WHERE c.special AND a.metric IN ('sales_amount', 'ticket_volume')) AS volume_days_listed`
    );
    expect(special[0]!.days).toBeGreaterThan(30); // the Spring Festival, National Day and the rest, with make-up days
    expect(special[0]!.volume_days_listed).toBe(0);
    const unplanned = await warehouse.query<{ day: string; metric: string; slice: string; severity: string }>(
      `SELECT strftime(a.day, '%Y-%m-%d') AS day, a.metric, a.slice, a.severity
         FROM anomaly_days a JOIN dim_calendar c USING (day)
        WHERE c.special AND a.severity IN ('medium', 'high')
          AND a.day NOT BETWEEN $holiday_incident::DATE AND $holiday_incident::DATE + 1
          AND NOT (a.metric = 'order_cycle_p90_hours' AND a.day >= $slow_from::DATE)
        ORDER BY a.day, a.metric, a.slice`,
      { holiday_incident: holidayIncident.day, slow_from: `${stories.slowOrderTeam.fromMonth}-01` }
    );
    expect(unplanned).toEqual([]);
  });
});
