import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CALLER, type QueryContext } from '../../src/lib/server/context.js';
import { orderSlaSummary, orderStages, resolutionDistribution, responseHeatmap, responseTimes, slowestAgents, slowestOrders } from '../../src/lib/server/queries/process.js';
import { kpiTiles, monthlyTrends, type TrendRow } from '../../src/lib/server/queries/trends.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import { buildMetricModels } from './build-metrics.js';
import { loadFixture } from './fixture.js';

let warehouse: Warehouse;
let cleanup: () => void;
let ctx: QueryContext;
beforeAll(async () => {
  ({ warehouse, cleanup } = await tempWarehouse());
  await loadFixture(warehouse);
  await buildMetricModels(warehouse);
  ctx = { warehouse, caller: LOCAL_CALLER };
});
afterAll(() => cleanup());

const pick = (rows: TrendRow[], month: string, metric: string) => rows.find((r) => r.month === month && r.metric === metric);

describe('monthlyTrends', () => {
  it('gives company KPIs with targets, attainment and month-over-month change', async () => {
    const rows = await monthlyTrends(ctx, { from: '2025-03', to: '2025-04' });
    expect(new Set(rows.map((r) => r.month))).toEqual(new Set(['2025-03-01', '2025-04-01']));
    const march = pick(rows, '2025-03-01', 'sales_amount')!;
    expect(march).toMatchObject({ value: 400.3, target: 1500, mom_delta: null, yoy_delta: null });
    expect(march.attainment_pct).toBeCloseTo((100 * 400.3) / 1500, 9);
    const april = pick(rows, '2025-04-01', 'sales_amount')!;
    expect(april).toMatchObject({ value: 380, target: 400 });
    expect(april.mom_delta).toBeCloseTo(-20.3, 9);
    expect(april.mom_pct).toBeCloseTo((-20.3 / 400.3) * 100, 9);
    expect(pick(rows, '2025-03-01', 'profit')).toMatchObject({ value: 100.05, target: 150 });
    expect(pick(rows, '2025-03-01', 'new_customers')).toMatchObject({ value: 3, target: 3, attainment_pct: 100 });
    expect(pick(rows, '2025-04-01', 'new_customers')).toMatchObject({ value: 2, target: 1, mom_delta: -1 });
    expect(pick(rows, '2025-03-01', 'csat_pct')).toMatchObject({ value: null, n: 4, target: 90, attainment_pct: null });
    expect(pick(rows, '2025-04-01', 'csat_pct')).toMatchObject({ value: 60, n: 5, target: 90 });
    expect(pick(rows, '2025-04-01', 'csat_pct')!.attainment_pct).toBeCloseTo((100 * 60) / 90, 9);
    expect(pick(rows, '2025-03-01', 'response_sla_pct')!.value).toBeCloseTo((100 * 4) / 7, 9); // T10 (E1) breach too
    expect(pick(rows, '2025-04-01', 'response_sla_pct')).toMatchObject({ value: null, n: 0 });
    expect(pick(rows, '2025-03-01', 'order_sla_pct')).toMatchObject({ value: 80, n: 5 });
    expect(pick(rows, '2025-04-01', 'order_sla_pct')).toMatchObject({ value: 100, mom_delta: 20, mom_pct: 25 });
  });

  it("filters by team with that team's targets, and by channel without orders or targets", async () => {
    const south = await monthlyTrends(ctx, { from: '2025-03', to: '2025-04', team: 'South' });
    expect(pick(south, '2025-03-01', 'sales_amount')).toMatchObject({ value: 60, target: 500 });
    expect(pick(south, '2025-04-01', 'sales_amount')).toMatchObject({ value: 300, target: null, mom_delta: 240, mom_pct: 400 });
    const online = await monthlyTrends(ctx, { to: '2025-03', channel: 'online' });
    expect(online.some((r) => r.metric === 'order_sla_pct')).toBe(false);
    expect(pick(online, '2025-03-01', 'sales_amount')).toMatchObject({ value: 160.1, target: null });
  });

  it('compares with the same month a year before', async () => {
    await warehouse.run(
      "INSERT INTO sales (order_id, sold_at, employee_id, customer_id, amount, profit, channel) VALUES ('S00', TIMESTAMPTZ '2024-03-15 10:00:00+08', 'E1', 'C9', 200.15, 0, 'store')"
    );
    await buildMetricModels(warehouse);
    try {
      const rows = await monthlyTrends(ctx, { from: '2025-03', to: '2025-03' });
      expect(pick(rows, '2025-03-01', 'sales_amount')!.yoy_delta).toBeCloseTo(200.15, 9);
      expect(pick(rows, '2025-03-01', 'sales_amount')!.yoy_pct).toBeCloseTo(100, 9);
      expect(pick(rows, '2025-03-01', 'sales_amount')!.previous_year).toBe(200.15);
    } finally {
      await warehouse.run("DELETE FROM sales WHERE order_id = 'S00'");
      await buildMetricModels(warehouse);
    }
  });

  it('reads the bases over a complete month spine: a month without data is a null base, not the month before it', async () => {
    // sales: 2024-02 50 and 2025-01 100 added; the fixture has 2025-03 400.3 and 2025-04 380; 2025-02 and 2024-03 have none
    await warehouse.run(
      `INSERT INTO sales (order_id, sold_at, employee_id, customer_id, amount, profit, channel) VALUES
         ('SPINE1', TIMESTAMPTZ '2024-02-15 10:00:00+08', 'E1', 'C9', 50, 0, 'store'),
         ('SPINE2', TIMESTAMPTZ '2025-01-15 10:00:00+08', 'E1', 'C9', 100, 0, 'store')`
    );
    await buildMetricModels(warehouse);
    try {
      const rows = await monthlyTrends(ctx, { from: '2025-01', to: '2025-04' });
      // January: no December, and January 2024 is empty (February 2024's 50 is not its year-before)
      expect(pick(rows, '2025-01-01', 'sales_amount')).toMatchObject({
        value: 100, previous_month: null, previous_year: null, mom_delta: null, mom_pct: null, yoy_delta: null, yoy_pct: null
      });
      // March: February is missing, so no base (not January's 100); March 2024 is empty too
      expect(pick(rows, '2025-03-01', 'sales_amount')).toMatchObject({
        value: 400.3, previous_month: null, mom_delta: null, mom_pct: null, previous_year: null, yoy_delta: null
      });
      // April: March's 400.3 is the base: 380 − 400.3 = −20.3, −20.3 / 400.3 × 100 ≈ −5.0712 %
      const april = pick(rows, '2025-04-01', 'sales_amount')!;
      expect(april).toMatchObject({ value: 380, previous_month: 400.3, previous_year: null, yoy_delta: null });
      expect(april.mom_delta).toBeCloseTo(-20.3, 9);
      expect(april.mom_pct).toBeCloseTo(-5.071196602548089, 9);
      // the year before of 2025-02 would be 2024-02's 50, but February 2025 has no data at all, so no row for it
      expect(rows.some((r) => r.month === '2025-02-01')).toBe(false);
    } finally {
      await warehouse.run("DELETE FROM sales WHERE order_id IN ('SPINE1', 'SPINE2')");
      await buildMetricModels(warehouse);
    }
  });

  it('makes tiles for a month with a twelve-month spark line', async () => {
    const tiles = await kpiTiles(ctx, { month: '2025-04' });
    expect(tiles.map((t) => t.metric)).toEqual(['sales_amount', 'profit', 'new_customers', 'csat_pct', 'response_sla_pct', 'order_sla_pct']);
    const sales = tiles[0]!;
    expect(sales).toMatchObject({ month: '2025-04-01', value: 380, target: 400 });
    expect(sales.spark).toEqual([{ month: '2025-03-01', value: 400.3 }, { month: '2025-04-01', value: 380 }]);
    await expect(kpiTiles(ctx, { month: '2025-13' })).rejects.toThrow(/month/);
  });
});

describe('process', () => {
  const march = { from: '2025-03-01', to: '2025-03-31' };

  it('gives first response percentiles and breach rate by channel', async () => {
    const rows = await responseTimes(ctx, { ...march, by: 'channel' });
    const byChannel = Object.fromEntries(rows.map((r) => [r.slice, r]));
    expect(Object.keys(byChannel).sort()).toEqual(['chat', 'email', 'phone', 'wechat']);
    expect(byChannel.phone).toMatchObject({ tickets: 2, answered: 2, first_response_p50_minutes: 1.125, sla_within: 1, sla_breach: 1, sla_breach_rate: 0.5 });
    expect(byChannel.phone!.first_response_p90_minutes).toBeCloseTo(1.425, 12);
    expect(byChannel.chat).toMatchObject({ first_response_p50_minutes: 3.5, sla_breach_rate: 0.5 });
    expect(byChannel.chat!.first_response_p90_minutes).toBeCloseTo(4.7, 12);
    expect(byChannel.wechat).toMatchObject({ tickets: 1, first_response_p50_minutes: 180, response_sla_pct: 100 });
    const agents = await responseTimes(ctx, { ...march, by: 'employee' });
    expect(agents.map((r) => [r.slice, r.slice_label, r.tickets])).toEqual([['E2', 'Bob', 6], ['E1', 'Alice', 1]]);
    await expect(responseTimes(ctx, { by: 'region' })).rejects.toThrow(/by: must be one of/);
  });

  it('maps ticket arrivals by weekday and hour in the business time zone', async () => {
    const cells = await responseHeatmap(ctx, march);
    expect(cells.map((c) => [c.weekday, c.hour, c.tickets])).toEqual([
      [1, 9, 1], [1, 10, 1], [2, 10, 1], [2, 12, 1], [3, 10, 1], [4, 10, 1], [5, 10, 1]
    ]);
  });

  it('buckets resolution times and counts unresolved tickets', async () => {
    const buckets = await resolutionDistribution(ctx, {});
    expect(buckets.map((b) => [b.bucket, b.tickets])).toEqual([
      ['0–1 h', 0], ['1–4 h', 3], ['4–8 h', 1], ['8–24 h', 0], ['24–72 h', 1], ['72–168 h', 0], ['≥ 168 h', 0], ['unresolved', 5]
    ]);
  });

  it('gives median hours per order stage without the negative stage, and the order SLA summary', async () => {
    const stages = await orderStages(ctx, march);
    expect(stages).toEqual([
      { stage: 'received_to_reviewed', p50_hours: 1, orders: 3, warnings: 0 },
      { stage: 'reviewed_to_shipped', p50_hours: 34.5, orders: 2, warnings: 1 },
      { stage: 'shipped_to_delivered', p50_hours: 24, orders: 3, warnings: 0 },
      { stage: 'cycle', p50_hours: 48, orders: 5, warnings: 0 }
    ]);
    const [summary] = await orderSlaSummary(ctx, march);
    expect(summary).toMatchObject({ orders: 5, cancelled: 1, within: 4, breach: 1, pending: 0, order_sla_pct: 80, cycle_p50_hours: 48, stage_warnings: 1 });
    expect(summary!.cycle_p90_hours).toBeCloseTo(86.4, 12);
    const [june] = await orderSlaSummary(ctx, { from: '2025-06', to: '2025-06' });
    expect(june).toMatchObject({ orders: 2, within: 0, breach: 1, pending: 1 });
    await expect(orderStages(ctx, { channel: 'phone' })).rejects.toThrow(/channel: orders has no channel/);
  });

  it('lists the slowest agents and orders with names', async () => {
    const agents = await slowestAgents(ctx, { ...march, min_answered: 1 });
    expect(agents.map((a) => [a.employee_id, a.name, a.first_response_p90_minutes])).toEqual([['E2', 'Bob', 120.25], ['E1', 'Alice', 5]]);
    expect((await slowestAgents(ctx, march)).map((a) => a.employee_id)).toEqual(['E2']); // E1 answered fewer than 5
    const orders = await slowestOrders(ctx, { limit: 3 });
    expect(orders.map((o) => [o.order_id, o.name, o.hours, o.delivered, o.sla_status])).toEqual([
      ['S08', 'Alice', 194, false, 'breach'],
      ['S02', 'Alice', 96, true, 'breach'],
      ['S07', 'Carol', 72, true, 'within']
    ]);
    expect(orders[0]).toMatchObject({ received_at: '2025-06-02 10:00:00', delivered_at: null });
    await expect(slowestOrders(ctx, { limit: 0 })).rejects.toThrow(/limit: must be a whole number/);
  });
});
