import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import { buildMetricModels } from './build-metrics.js';
import { loadFixture } from './fixture.js';

type Row = Record<string, unknown>;

async function fixtureWarehouse(overrides: unknown = {}): Promise<{ warehouse: Warehouse; cleanup: () => void }> {
  const { warehouse, cleanup } = await tempWarehouse(overrides);
  await loadFixture(warehouse);
  await buildMetricModels(warehouse);
  return { warehouse, cleanup };
}

describe('facts', () => {
  let warehouse: Warehouse;
  let cleanup: () => void;
  beforeAll(async () => ({ warehouse, cleanup } = await fixtureWarehouse()));
  afterAll(() => cleanup());

  it('takes the latest timestamp over every timestamp column', async () => {
    const [row] = await warehouse.query("SELECT strftime(latest_at, '%Y-%m-%d %H:%M:%S') AS at FROM wh_latest_timestamp");
    expect(row!.at).toBe('2025-06-10 12:00:00');
  });

  it('cuts an instant that is March in UTC into April in Asia/Shanghai', async () => {
    const [row] = await warehouse.query("SELECT local_day::VARCHAR AS d, week::VARCHAR AS w, month::VARCHAR AS m FROM fct_sales WHERE order_id = 'S03'");
    expect(row).toEqual({ d: '2025-04-01', w: '2025-03-31', m: '2025-04-01' });
    const [order] = await warehouse.query("SELECT month::VARCHAR AS m FROM fct_orders WHERE order_id = 'S03'");
    expect(order!.m).toBe('2025-04-01');
  });

  it('judges each ticket against its channel, kind and the latest timestamp', async () => {
    const rows = await warehouse.query<{ ticket_id: string; limit: number; status: string; minutes: number | null; hour: number; weekday: number }>(
      'SELECT ticket_id, sla_limit_minutes AS "limit", sla_status AS status, first_response_minutes AS minutes, hour, weekday FROM fct_tickets ORDER BY ticket_id'
    );
    const byId = Object.fromEntries(rows.map((r) => [r.ticket_id, r]));
    // phone inquiry 0.75 min of 1; phone complaint still 1 minute: 1.5 is a breach
    expect(byId.T1).toMatchObject({ limit: 1, status: 'within', minutes: 0.75, hour: 9, weekday: 1 });
    expect(byId.T2).toMatchObject({ limit: 1, status: 'breach', minutes: 1.5 });
    // email complaint: 60 minutes, not 240; exactly 60 is within, 60.5 a breach
    expect(byId.T3).toMatchObject({ limit: 60, status: 'within', minutes: 60 });
    expect(byId.T4).toMatchObject({ limit: 60, status: 'breach', minutes: 60.5 });
    // wechat has no limit of its own: `other` (240)
    expect(byId.T5).toMatchObject({ limit: 240, status: 'within', minutes: 180 });
    expect(byId.T6).toMatchObject({ limit: 2, status: 'within', minutes: 2 });
    // unanswered at 2025-06-10 12:00: email open exactly 240 min is pending (not strictly more), chat open 3 min a breach
    expect(byId.T7).toMatchObject({ limit: 240, status: 'pending', minutes: null });
    expect(byId.T8).toMatchObject({ limit: 2, status: 'breach', minutes: null });
    expect(byId.T9).toMatchObject({ limit: 1, status: 'pending', minutes: null });
    expect(byId.T10).toMatchObject({ limit: 2, status: 'breach', minutes: 5 });
  });

  it('gives orders their cycle, stages, warnings and SLA; a cancelled order has none', async () => {
    const rows = await warehouse.query<Row>(
      `SELECT order_id, employee_id, cancelled, cycle_hours, received_to_reviewed_hours AS r2r, reviewed_to_shipped_hours AS r2s,
              shipped_to_delivered_hours AS s2d, stage_warning, stage_warning_detail, sla_status FROM fct_orders ORDER BY order_id`
    );
    const byId = Object.fromEntries(rows.map((r) => [r.order_id, r]));
    expect(byId.S01).toMatchObject({ employee_id: 'E1', cycle_hours: 48, r2r: 2, r2s: 22, s2d: 24, stage_warning: false, sla_status: 'within' });
    expect(byId.S02).toMatchObject({ cycle_hours: 96, sla_status: 'breach' });
    expect(byId.S04).toMatchObject({ cancelled: true, cycle_hours: null, sla_status: null });
    expect(byId.S06).toMatchObject({ cycle_hours: 24, r2r: 1, r2s: -0.5, s2d: 23.5, stage_warning: true, stage_warning_detail: 'shipped before reviewed', sla_status: 'within' });
    expect(byId.S07).toMatchObject({ cycle_hours: 72, sla_status: 'within' }); // exactly 72 h
    expect(byId.S08).toMatchObject({ cycle_hours: null, sla_status: 'breach' }); // undelivered 194 h
    expect(byId.S09).toMatchObject({ cycle_hours: null, sla_status: 'pending' }); // undelivered 48 h
    expect(byId.X1).toMatchObject({ employee_id: null, cycle_hours: 24, sla_status: 'within' });
  });

  it('leaves a negative stage out of stage statistics', async () => {
    const [row] = await warehouse.query<Row>(
      "SELECT metric_stage_p50_hours(reviewed_to_shipped_hours) AS p50, metric_stage_n(reviewed_to_shipped_hours) AS n FROM fct_orders WHERE month = DATE '2025-03-01'"
    );
    // S01 22 h, S02 47 h; S06's −0.5 h is left out
    expect(row).toEqual({ p50: 34.5, n: 2 });
  });

  it('credits a new customer to their first non-cancelled sale, smallest order id on a tie, with the 90-day amount', async () => {
    const rows = await warehouse.query<Row>(
      'SELECT customer_id, order_id, employee_id, month::VARCHAR AS month, amount_90d::VARCHAR AS amount_90d FROM fct_new_customers ORDER BY customer_id'
    );
    expect(rows).toEqual([
      { customer_id: 'C1', order_id: 'S01', employee_id: 'E1', month: '2025-03-01', amount_90d: '110.1100' }, // S09 at exactly +90 days is out
      { customer_id: 'C2', order_id: 'S02', employee_id: 'E1', month: '2025-03-01', amount_90d: '200.2000' },
      { customer_id: 'C3', order_id: 'S03', employee_id: 'E3', month: '2025-04-01', amount_90d: '300.0000' },
      { customer_id: 'C4', order_id: 'S05', employee_id: 'E1', month: '2025-04-01', amount_90d: '80.0000' }, // S04 was cancelled
      { customer_id: 'C5', order_id: 'S06', employee_id: 'E1', month: '2025-03-01', amount_90d: '100.0000' } // S06 and S07 tie: S06
    ]);
  });

  it('takes the CSAT channel from the ticket', async () => {
    const rows = await warehouse.query<Row>("SELECT response_id, channel FROM fct_csat WHERE response_id IN ('R1', 'R4', 'R5') ORDER BY response_id");
    expect(rows).toEqual([
      { response_id: 'R1', channel: 'phone' },
      { response_id: 'R4', channel: 'wechat' },
      { response_id: 'R5', channel: null }
    ]);
  });
});

describe('mart_employee_month', () => {
  let warehouse: Warehouse;
  let cleanup: () => void;
  let mart: Record<string, Row>;
  beforeAll(async () => {
    ({ warehouse, cleanup } = await fixtureWarehouse());
    const rows = await warehouse.query<Row>(
      `SELECT employee_id || ' ' || strftime(month, '%Y-%m') AS key, * EXCLUDE (employee_id, month),
              sales_amount::VARCHAR AS sales_text, profit::VARCHAR AS profit_text, new_customer_amount_90d::VARCHAR AS amount_90d_text
         FROM mart_employee_month`
    );
    mart = Object.fromEntries(rows.map((r) => [r.key as string, r]));
  });
  afterAll(() => cleanup());

  it('has a row for every employee-month with activity and none without', () => {
    expect(Object.keys(mart).sort()).toEqual(['E1 2025-03', 'E1 2025-04', 'E1 2025-06', 'E2 2025-03', 'E2 2025-04', 'E2 2025-06', 'E3 2025-03', 'E3 2025-04']);
  });

  it('sums sales and profit to the cent, cancelled orders out', () => {
    expect(mart['E1 2025-03']).toMatchObject({ sales_text: '340.3000', profit_text: '88.0500', sales_orders: 3 });
    expect(mart['E3 2025-03']).toMatchObject({ sales_text: '60.0000', profit_text: '12.0000', sales_orders: 1 }); // S04 cancelled
    expect(mart['E3 2025-04']).toMatchObject({ sales_text: '300.0000' }); // S03, April in Shanghai
    expect(mart['E1 2025-06']).toMatchObject({ sales_text: '1010.0100', profit_text: '101.0000' });
    expect(mart['E2 2025-03']).toMatchObject({ sales_text: '0.0000', sales_amount: 0 });
  });

  it('counts new customers and their 90-day amount in the month of the first sale', () => {
    expect(mart['E1 2025-03']).toMatchObject({ new_customers: 3, amount_90d_text: '410.3100' });
    expect(mart['E1 2025-04']).toMatchObject({ new_customers: 1, amount_90d_text: '80.0000' });
    expect(mart['E3 2025-03']).toMatchObject({ new_customers: 0 });
    expect(mart['E3 2025-04']).toMatchObject({ new_customers: 1, amount_90d_text: '300.0000' });
  });

  it('gives CSAT no value with 4 responses and 60% with 5', () => {
    expect(mart['E2 2025-03']).toMatchObject({ csat_responses: 4, csat_satisfied: 3, csat_pct: null });
    expect(mart['E2 2025-04']).toMatchObject({ csat_responses: 5, csat_satisfied: 3, csat_pct: 60 });
    expect(mart['E1 2025-06']).toMatchObject({ csat_responses: 1, csat_pct: null });
  });

  it('interpolates first-response percentiles and counts unanswered tickets', () => {
    // 0.75, 1.5, 2, 60, 60.5, 180: p50 at rank 2.5 = 2 + 0.5 × 58 = 31; p90 at rank 4.5 = 60.5 + 0.5 × 119.5 = 120.25
    const e2 = mart['E2 2025-03']!;
    expect(e2).toMatchObject({ tickets: 6, first_response_count: 6, first_response_p50_minutes: 31, first_response_p90_minutes: 120.25 });
    expect(e2.first_response_mean_minutes).toBeCloseTo(304.75 / 6, 12);
    // resolution 1, 2, 3, 6, 24 h (T3 unresolved)
    expect(e2).toMatchObject({ resolution_p50_hours: 3, resolution_mean_hours: 7.2 });
    expect(mart['E2 2025-06']).toMatchObject({ tickets: 3, first_response_count: 0, first_response_p50_minutes: null, sla_within: 0, sla_breach: 1, sla_pending: 2 });
  });

  it('counts response SLA outcomes and order SLA outcomes', () => {
    expect(mart['E2 2025-03']).toMatchObject({ sla_within: 4, sla_breach: 2, sla_pending: 0 });
    // E1 March: S01 48 h, S02 96 h, S06 24 h: p90 at rank 1.8 = 48 + 0.8 × 48 = 86.4
    expect(mart['E1 2025-03']).toMatchObject({ orders: 3, orders_within: 2, orders_breach: 1, orders_pending: 0, order_cycle_p50_hours: 48, orders_stage_warnings: 1 });
    expect(mart['E1 2025-03']!.order_cycle_p90_hours).toBeCloseTo(86.4, 12);
    expect(mart['E3 2025-03']).toMatchObject({ orders: 1, orders_within: 1 }); // S04 cancelled is not an order
    expect(mart['E1 2025-06']).toMatchObject({ orders: 2, orders_within: 0, orders_breach: 1, orders_pending: 1 });
    expect(mart['E1 2025-04']).toMatchObject({ orders: 0 }); // S05 has no order events
  });

  it('combines tickets and orders in process compliance, pending and cancelled in neither count', () => {
    // E1 March: ticket T10 breach + orders 2 within, 1 breach → 2 / 4
    expect(mart['E1 2025-03']!.process_compliance_pct).toBe(50);
    expect(mart['E2 2025-03']!.process_compliance_pct).toBeCloseTo((100 * 4) / 6, 12);
    expect(mart['E3 2025-03']!.process_compliance_pct).toBe(100);
    expect(mart['E1 2025-06']!.process_compliance_pct).toBe(0); // 1 breach, 1 pending
    expect(mart['E2 2025-04']!.process_compliance_pct).toBeNull(); // no items
  });
});

describe('configuration', () => {
  it('a phone limit of 3 minutes turns the 1.5-minute phone complaint into a hit', async () => {
    const { warehouse, cleanup } = await fixtureWarehouse({ sla: { response_minutes: { phone: 3 } } });
    try {
      const [row] = await warehouse.query<Row>("SELECT sla_within, sla_breach, process_compliance_pct FROM mart_employee_month WHERE employee_id = 'E2' AND month = DATE '2025-03-01'");
      expect(row).toMatchObject({ sla_within: 5, sla_breach: 1 });
      expect(row!.process_compliance_pct).toBeCloseTo((100 * 5) / 6, 12);
      const [t2] = await warehouse.query<Row>("SELECT sla_limit_minutes, sla_status FROM fct_tickets WHERE ticket_id = 'T2'");
      expect(t2).toEqual({ sla_limit_minutes: 3, sla_status: 'within' });
    } finally {
      cleanup();
    }
  });

  it('a CSAT minimum of 4 responses gives the 4-response month a value, and a 47-hour order SLA breaches the 48-hour S01', async () => {
    const { warehouse, cleanup } = await fixtureWarehouse({ appraisal: { csat_min_responses: 4 }, sla: { order_cycle_hours: 47 } });
    try {
      const [row] = await warehouse.query<Row>("SELECT csat_pct FROM mart_employee_month WHERE employee_id = 'E2' AND month = DATE '2025-03-01'");
      expect(row!.csat_pct).toBe(75);
      const [e1] = await warehouse.query<Row>("SELECT orders_within, orders_breach FROM mart_employee_month WHERE employee_id = 'E1' AND month = DATE '2025-03-01'");
      expect(e1).toEqual({ orders_within: 1, orders_breach: 2 }); // S01 48 h and S02 96 h breach, S06 24 h within
    } finally {
      cleanup();
    }
  });

  it('a business time zone of UTC puts the 2025-03-31T17:30Z sale in March', async () => {
    const { warehouse, cleanup } = await fixtureWarehouse({ business_timezone: 'UTC' });
    try {
      const rows = await warehouse.query<Row>(
        "SELECT strftime(month, '%Y-%m') AS month, sales_amount::VARCHAR AS sales, new_customers FROM mart_employee_month WHERE employee_id = 'E3' ORDER BY month"
      );
      expect(rows).toEqual([{ month: '2025-03', sales: '360.0000', new_customers: 1 }]); // S07 60 + S03 300; C3 new in March
    } finally {
      cleanup();
    }
  });
});
