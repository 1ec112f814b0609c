import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWarehouse } from '../../src/lib/server/demo/load.js';
import { demoStories } from '../../src/lib/server/demo/stories.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { tempDir, tempWarehouse } from '../helpers/warehouse.js';

// The demo company at its default head count over a year: the planted incident must be found, and
// the company's quiet days must stay (almost) quiet.
const COMPANY = { seed: 42, employees: 60, months: 12, end: '2026-10' } as const;

describe('anomalies on the demo company', () => {
  let warehouse: Warehouse;
  let cleanup: () => void;
  const files = tempDir('opscore-anomaly-demo-');
  const stories = demoStories(COMPANY);
  const incidentDay = stories.incidentDay.day;

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
              count(*) AS flagged, count_if(severity = 'high') AS high
         FROM anomaly_days
        WHERE slice_type = 'company' AND day NOT BETWEEN $incident::DATE AND $incident::DATE + 1
          AND NOT (metric = 'order_cycle_p90_hours' AND date_trunc('month', day) = $slow_from::DATE)`,
      { incident: incidentDay, slow_from: `${stories.slowOrderTeam.fromMonth}-01` }
    );
    expect(quiet!.judged).toBeGreaterThan(1500);
    expect(quiet!.flagged / quiet!.judged).toBeLessThan(0.01);
    expect(quiet!.high).toBe(0);
  });
});
