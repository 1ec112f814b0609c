import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CALLER, type QueryContext } from '../../src/lib/server/context.js';
import { GRAINS, METRIC_NAMES, METRICS, metricCatalog, metricSeries, metricSeriesFromFacts, metricSeriesFromTable, inLongTable, type MetricPoint } from '../../src/lib/server/queries/metrics.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import { buildMetricModels } from './build-metrics.js';
import { loadFixture } from './fixture.js';
import { SUPERVISION_ROWS_SQL } from '../supervision/fixture.js';

let warehouse: Warehouse;
let cleanup: () => void;
let ctx: QueryContext;
beforeAll(async () => {
  ({ warehouse, cleanup } = await tempWarehouse());
  await loadFixture(warehouse);
  await warehouse.run(SUPERVISION_ROWS_SQL); // the supervision catalog metrics need rows too (May, E4: March unchanged)
  await buildMetricModels(warehouse);
  ctx = { warehouse, caller: LOCAL_CALLER };
});
afterAll(() => cleanup());

const values = (rows: MetricPoint[]) => Object.fromEntries(rows.map((r) => [`${r.slice} ${r.period}`, r.value]));

describe('metricSeries', () => {
  it('reads sales by month and channel from the long table, cancelled orders out', async () => {
    const rows = await metricSeries(ctx, { metric: 'sales_amount', grain: 'month', slice_type: 'channel' });
    expect(values(rows)).toEqual({
      'online 2025-03-01': 160.1, // S01 100.10 + S07 60 (S04 cancelled)
      'online 2025-04-01': 300,
      'online 2025-06-01': 1010.01,
      'store 2025-03-01': 240.2,
      'store 2025-04-01': 80
    });
  });

  it('labels employees by name and filters by team, role and channel from the facts', async () => {
    const byEmployee = await metricSeries(ctx, { metric: 'sales_amount', grain: 'month', slice_type: 'employee', from: '2025-03', to: '2025-03' });
    expect(byEmployee.map((r) => [r.slice, r.slice_label, r.value, r.n])).toEqual([
      ['E1', 'Alice', 340.3, 3],
      ['E3', 'Carol', 60, 1]
    ]);
    const north = await metricSeries(ctx, { metric: 'sales_amount', grain: 'month', slice_type: 'company', team: 'North', to: '2025-04' });
    expect(values(north)).toEqual({ 'company 2025-03-01': 340.3, 'company 2025-04-01': 80 });
    const online = await metricSeries(ctx, { metric: 'sales_amount', grain: 'month', slice_type: 'team', channel: 'online', from: '2025-03', to: '2025-04' });
    expect(values(online)).toEqual({ 'North 2025-03-01': 100.1, 'South 2025-03-01': 60, 'South 2025-04-01': 300 });
    const service = await metricSeries(ctx, { metric: 'first_response_p50_minutes', grain: 'month', slice_type: 'channel', role: 'customer_service', to: '2025-03' });
    // phone 0.75, 1.5 → 1.125; email 60, 60.5 → 60.25; wechat 180; chat 2 (E1's 5-minute chat is a sales role)
    expect(values(service)).toEqual({ 'phone 2025-03-01': 1.125, 'email 2025-03-01': 60.25, 'wechat 2025-03-01': 180, 'chat 2025-03-01': 2 });
  });

  it('keeps whole weeks: a range starting mid-week includes that week', async () => {
    const rows = await metricSeries(ctx, { metric: 'tickets', grain: 'week', slice_type: 'company', from: '2025-03-05', to: '2025-03-09' });
    // week of Monday 2025-03-03: T1-T6 (E2) and T10 (E1)
    expect(rows.map((r) => [r.period, r.value])).toEqual([['2025-03-03', 7]]);
  });

  it('gives company CSAT no value below 5 responses, with the count behind it', async () => {
    const rows = await metricSeries(ctx, { metric: 'csat_pct', grain: 'month', slice_type: 'company' });
    expect(rows.map((r) => [r.period, r.value, r.n])).toEqual([
      ['2025-03-01', null, 4],
      ['2025-04-01', 60, 5],
      ['2025-06-01', null, 1]
    ]);
  });

  it('counts orders without a seller in the company total only', async () => {
    const company = await metricSeries(ctx, { metric: 'order_sla_pct', grain: 'month', slice_type: 'company', to: '2025-03' });
    // X1, S01, S06, S07 within; S02 breach
    expect(company.map((r) => [r.value, r.n])).toEqual([[80, 5]]);
    const teams = await metricSeries(ctx, { metric: 'orders', grain: 'month', slice_type: 'team', to: '2025-03' });
    expect(values(teams)).toEqual({ 'North 2025-03-01': 3, 'South 2025-03-01': 1 });
  });

  it('refuses an unknown metric, a channel slice of orders and a bad date, naming them', async () => {
    await expect(metricSeries(ctx, { metric: 'revenue', grain: 'month', slice_type: 'company' })).rejects.toThrow(/metric: unknown metric "revenue"/);
    await expect(metricSeries(ctx, { metric: 'order_sla_pct', grain: 'month', slice_type: 'channel' })).rejects.toThrow(/order_sla_pct cannot be sliced by channel/);
    await expect(metricSeries(ctx, { metric: 'orders', grain: 'month', slice_type: 'company', channel: 'phone' })).rejects.toThrow(/channel: orders has no channel/);
    await expect(metricSeries(ctx, { metric: 'tickets', grain: 'year', slice_type: 'company' })).rejects.toThrow(/grain: must be one of/);
    await expect(metricSeries(ctx, { metric: 'tickets', grain: 'day', slice_type: 'company', from: '2025-02-30' })).rejects.toThrow(/from: 2025-02-30 is not a day/);
  });

  it('reads ratios, amounts and pending counts from the long table', async () => {
    const at = async (metric: string, sliceType = 'company', period = '2025-03-01', slice = 'company') => {
      const rows = await metricSeries(ctx, { metric, grain: 'month', slice_type: sliceType });
      return rows.find((r) => r.period === period && r.slice === slice);
    };
    expect((await at('sla_breach_rate'))!.value).toBeCloseTo(3 / 7, 12); // T2, T4, T10 of 7 judged tickets
    expect(await at('new_customer_amount_90d')).toMatchObject({ value: 410.31, n: 3 });
    // tickets 4 within, 3 breach; orders X1, S01, S06, S07 within, S02 breach (X1 has no seller but counts for the company)
    expect(await at('process_compliance_pct')).toMatchObject({ value: (100 * 8) / 12, n: 12 });
    expect(await at('process_compliance_pct', 'employee', '2025-03-01', 'E1')).toMatchObject({ value: 50, n: 4 });
    expect(await at('orders_pending', 'company', '2025-06-01')).toMatchObject({ value: 1, n: 2 });
    expect(await at('resolution_p50_hours', 'channel', '2025-03-01', 'phone')).toMatchObject({ value: 2, n: 2 }); // 1 h, 3 h
  });

  it('answers day × employee from the facts', async () => {
    const rows = await metricSeries(ctx, { metric: 'first_response_p50_minutes', grain: 'day', slice_type: 'employee', from: '2025-03-03', to: '2025-03-03' });
    expect(rows.map((r) => [r.slice, r.slice_label, r.value, r.n])).toEqual([['E2', 'Bob', 1.125, 2]]); // T1 0.75, T2 1.5
  });

  it('lists the allow-list without SQL, and says in one line when the models were never built', async () => {
    const catalog = metricCatalog();
    expect(catalog.map((m) => m.metric)).toEqual(METRIC_NAMES);
    expect(catalog).toHaveLength(35); // 21 + the 10 supervision metrics of SPEC 9 (issue 14) + its 4 day measures (issue 10: lead to order p50/mean, slip, fix days)
    expect(catalog.find((m) => m.metric === 'order_sla_pct')).toMatchObject({ unit: 'percent', higher_is_better: true, slice_types: ['company', 'team', 'employee'] });
    expect(JSON.stringify(catalog)).not.toMatch(/metric_|fct_/);
    const empty = await tempWarehouse();
    try {
      const bare: QueryContext = { warehouse: empty.warehouse, caller: LOCAL_CALLER };
      await expect(metricSeries(bare, { metric: 'tickets', grain: 'month', slice_type: 'company' })).rejects.toThrow('the models are not built: run `opscore build`');
      await expect(metricSeries(bare, { metric: 'tickets', grain: 'month', slice_type: 'company', team: 'North' })).rejects.toThrow('the models are not built');
    } finally {
      empty.cleanup();
    }
  });

  it('scopes a team lead to their teams', async () => {
    const lead: QueryContext = { warehouse, caller: { id: 'lead', scope: { kind: 'teams', teams: ['South'] } } };
    const rows = await metricSeries(lead, { metric: 'sales_amount', grain: 'month', slice_type: 'employee' });
    expect(rows.map((r) => r.slice)).toEqual(['E3', 'E3']);
  });

  it('gives the same answer from the long table and from the facts for every metric, grain and slice', async () => {
    let compared = 0;
    for (const name of METRIC_NAMES) {
      for (const grain of GRAINS) {
        for (const sliceType of METRICS[name].slice_types) {
          const params = { metric: name, grain, slice_type: sliceType };
          if (!inLongTable(grain, sliceType)) continue;
          const fromTable = await metricSeriesFromTable(ctx, params);
          const fromFacts = await metricSeriesFromFacts(ctx, params);
          expect(fromTable.length, `${name} ${grain} ${sliceType}`).toBeGreaterThan(0);
          expect(fromFacts, `${name} ${grain} ${sliceType}`).toEqual(fromTable);
          compared += 1;
        }
      }
    }
    expect(compared).toBe(11 * 16 + 8 * 5 + 8 * 14); // 16 metrics with a channel slice (11 grain × slice), 5 order metrics without (8), 14 supervision metrics without (8)
  });
});
