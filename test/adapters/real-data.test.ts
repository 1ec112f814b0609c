import * as aq from 'arquero';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ingestWithAdapter, type FileIngestResult } from '../../src/lib/server/ingest/index.js';
import { buildModels } from '../../src/lib/server/models/build.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { describeWithShared, externalDataDir } from '../helpers/environment.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import { rejectsOf } from '../ingest/helpers.js';

// Each shipped adapter loads its whole public data set (all are a few MB). The figures the warehouse holds are
// compared with the same figures computed here, in TypeScript, straight from the raw CSV (parsed by Arquero, every
// field as text): a second reading of the raw files that shares no code with the adapters' SQL.

type Row = Record<string, string | null>;
const readCsv = (folder: string, file: string): Row[] =>
  aq.fromCSV(readFileSync(join(externalDataDir, folder, file), 'utf8'), { autoType: false }).objects() as Row[];
const present = (value: string | null | undefined): value is string => value !== null && value !== undefined && value.trim() !== '';
/** Wall-clock time as milliseconds (the warehouse's zone has no DST, so differences of these equal its durations). */
const wallClock = (text: string): number => Date.parse(`${text.replace(' ', 'T')}Z`);
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
/** Sum of decimal texts in units of 1e-4, exactly (money is DECIMAL(18,4) in the warehouse). */
const sumDecimal = (values: string[]): bigint =>
  values.reduce((sum, v) => {
    const [whole, fraction = ''] = v.trim().replace(/^-/, '').split('.');
    const units = BigInt(whole!) * 10000n + BigInt((fraction + '0000').slice(0, 4));
    return sum + (v.trim().startsWith('-') ? -units : units);
  }, 0n);
const units = (decimalText: string | number): bigint => sumDecimal([String(decimalText)]);
const byDataset = (results: FileIngestResult[]) => Object.fromEntries(results.map((r) => [r.dataset, r]));

describeWithShared()('the Olist adapter on the Olist export', () => {
  let warehouse: Warehouse;
  let cleanup: () => void;
  let loads: Record<string, FileIngestResult>;
  const orders = () => readCsv('olist', 'olist_orders_dataset.csv');
  const items = () => readCsv('olist', 'olist_order_items_dataset.csv');

  beforeAll(async () => {
    ({ warehouse, cleanup } = await tempWarehouse());
    loads = byDataset((await ingestWithAdapter(warehouse, 'olist', [join(externalDataDir, 'olist')])).results);
    await buildModels(warehouse);
  }, 180_000);
  afterAll(() => cleanup());

  it('makes every seller an employee', () => {
    expect([loads.employees!.status, loads.employees!.rowsLoaded, loads.employees!.rowsRejected]).toEqual(['loaded', readCsv('olist', 'olist_sellers_dataset.csv').length, 0]);
  });

  it('loads one sale per order that was not cancelled, its amount the sum of its items, and rejects orders with no item', async () => {
    const withItems = new Set(items().map((i) => i.order_id!));
    const sold = orders().filter((o) => o.order_status !== 'canceled' && o.order_status !== 'unavailable');
    const loadable = sold.filter((o) => withItems.has(o.order_id!));
    const sales = loads.sales!;
    expect([sales.rowsRead, sales.rowsLoaded, sales.rowsRejected]).toEqual([sold.length, loadable.length, sold.length - loadable.length]);
    const loadableIds = new Set(loadable.map((o) => o.order_id!));
    const expectedAmount = sumDecimal(items().filter((i) => loadableIds.has(i.order_id!)).map((i) => i.price!));
    const [stored] = await warehouse.query<{ amount: string; n: number }>('SELECT sum(amount)::VARCHAR AS amount, count(*) AS n FROM sales');
    expect(units(stored!.amount)).toBe(expectedAmount);
    const rejects = await rejectsOf(warehouse, 'sales');
    expect(new Set(rejects.map((r) => r.reason))).toEqual(new Set(['employee_id: missing value']));
    // Each reject's line is the order's own line in the orders file (the file has no multi-line field: line = row + 2).
    const lineOf = new Map(orders().map((o, i) => [o.order_id!, i + 2]));
    for (const reject of rejects) expect(reject.line).toBe(lineOf.get(JSON.parse(reject.raw!).order_id));
  });

  it('turns each order timestamp into an event and counts the same share of late deliveries as the raw file', async () => {
    const raw = orders();
    const stamps = ['order_purchase_timestamp', 'order_approved_at', 'order_delivered_carrier_date', 'order_delivered_customer_date'];
    const cancelled = raw.filter((o) => o.order_status === 'canceled' || o.order_status === 'unavailable');
    const events = raw.reduce((n, o) => n + stamps.filter((s) => present(o[s])).length, 0) + cancelled.length;
    expect([loads.order_events!.rowsRead, loads.order_events!.rowsLoaded, loads.order_events!.rowsRejected]).toEqual([events, events, 0]);
    // Late: delivered more than the configured order cycle (72 h) after the purchase, among delivered orders that were not cancelled.
    const limitMs = warehouse.config.sla.order_cycle_hours * 3600_000;
    const delivered = raw.filter((o) => present(o.order_delivered_customer_date) && !cancelled.includes(o));
    const late = delivered.filter((o) => wallClock(o.order_delivered_customer_date!) - wallClock(o.order_purchase_timestamp!) > limitMs);
    const [model] = await warehouse.query<{ delivered: number; late: number }>(
      "SELECT count(*) AS delivered, count(*) FILTER (WHERE sla_status = 'breach') AS late FROM fct_orders WHERE delivered_at IS NOT NULL AND NOT cancelled"
    );
    expect(model).toEqual({ delivered: delivered.length, late: late.length });
    expect(late.length / delivered.length).toBeGreaterThan(0.5); // Olist ships in days, not within 72 hours
  });

  it('loads a response per review and order, with the raw scores, and rejects reviews of orders with no seller', async () => {
    const withItems = new Set(items().map((i) => i.order_id!));
    const reviews = readCsv('olist', 'olist_order_reviews_dataset.csv');
    const credited = reviews.filter((r) => withItems.has(r.order_id!));
    const csat = loads.csat!;
    expect([csat.rowsRead, csat.rowsLoaded, csat.rowsRejected]).toEqual([reviews.length, credited.length, reviews.length - credited.length]);
    const scoreSum = credited.reduce((s, r) => s + Number(r.review_score), 0);
    const [stored] = await warehouse.query<{ total: number; multiline: number }>(
      "SELECT sum(score)::INTEGER AS total, count(*) FILTER (WHERE comment LIKE '%' || chr(10) || '%')::INTEGER AS multiline FROM csat"
    );
    expect(stored!.total).toBe(scoreSum);
    expect(stored!.multiline).toBeGreaterThan(0);
  });
});

describeWithShared()('the Superstore adapter on the Superstore sample', () => {
  let warehouse: Warehouse;
  let cleanup: () => void;
  let loads: Record<string, FileIngestResult>;
  beforeAll(async () => {
    ({ warehouse, cleanup } = await tempWarehouse());
    const folder = join(externalDataDir, 'superstore');
    loads = byDataset((await ingestWithAdapter(warehouse, 'superstore', [join(folder, 'orders.csv'), join(folder, 'people.csv')])).results);
  }, 120_000);
  afterAll(() => cleanup());

  it('sums order lines into orders with sales and profit, refusing orders whose lines name several customers', async () => {
    const lines = readCsv('superstore', 'orders.csv');
    const customers = new Map<string, Set<string>>();
    for (const line of lines) customers.set(line['Order ID']!, (customers.get(line['Order ID']!) ?? new Set()).add(line['Customer ID']!));
    const split = [...customers].filter(([, ids]) => ids.size > 1).map(([order]) => order);
    const kept = lines.filter((l) => !split.includes(l['Order ID']!));
    expect([loads.employees!.rowsLoaded, loads.sales!.rowsRead, loads.sales!.rowsLoaded, loads.sales!.rowsRejected]).toEqual([4, customers.size, customers.size - split.length, split.length]);
    const [stored] = await warehouse.query<{ amount: string; profit: string }>('SELECT sum(amount)::VARCHAR AS amount, sum(profit)::VARCHAR AS profit FROM sales');
    expect(units(stored!.amount)).toBe(sumDecimal(kept.map((l) => l.Sales!)));
    expect(units(stored!.profit)).toBe(sumDecimal(kept.map((l) => l.Profit!)));
    const rejects = await rejectsOf(warehouse, 'sales');
    expect(rejects.map((r) => [JSON.parse(r.raw!).order_id, r.field])).toEqual(split.map((order) => [order, 'customer_id']));
    expect(rejects[0]!.reason).toMatch(/^customer_id: the order's lines name 4 customers/);
  });

  it("credits each order to its region's manager", async () => {
    const perManager = await warehouse.query<{ employee_id: string; orders: number }>('SELECT employee_id, count(*)::INTEGER AS orders FROM sales GROUP BY 1 ORDER BY 1');
    expect(perManager.map((m) => m.employee_id)).toEqual(['Chuck Magee', 'Fred Suzuki', 'Roxanne Rodriguez', 'Sadie Pawthorne']);
  });
});

describeWithShared()('the 4TU helpdesk adapter on its event log', () => {
  let warehouse: Warehouse;
  let cleanup: () => void;
  let loads: Record<string, FileIngestResult>;
  beforeAll(async () => {
    ({ warehouse, cleanup } = await tempWarehouse());
    loads = byDataset((await ingestWithAdapter(warehouse, 'helpdesk-4tu', [join(externalDataDir, 'helpdesk-4tu', 'finale.csv')])).results);
  }, 120_000);
  afterAll(() => cleanup());

  it('pivots the events into one ticket per case: first take-in-charge answers, its resource is the employee', async () => {
    // The events of a case are in time order in the file (SOURCE.md); ties keep file order.
    const events = readCsv('helpdesk-4tu', 'finale.csv').map((row) => ({
      caseId: row['Case ID']!, activity: row.Activity!, resource: row.Resource!,
      at: Date.parse(row['Complete Timestamp']!.replace(/\//g, '-').replace(' ', 'T') + 'Z')
    }));
    const cases = new Map<string, typeof events>();
    for (const e of events) cases.set(e.caseId, [...(cases.get(e.caseId) ?? []), e]);
    const answered = [...cases.values()]
      .map((list) => {
        const created = Math.min(...list.map((e) => e.at));
        const first = list.filter((e) => e.activity === 'Take in charge ticket').sort((a, b) => a.at - b.at)[0];
        return first ? { seconds: (first.at - created) / 1000, resource: first.resource } : null;
      })
      .filter((t) => t !== null);
    expect([loads.tickets!.rowsRead, loads.tickets!.rowsLoaded, loads.tickets!.rowsRejected]).toEqual([cases.size, cases.size, 0]);
    const [stored] = await warehouse.query<{ answered: number; median_seconds: number }>(
      'SELECT count(first_response_at)::INTEGER AS answered, median(epoch(first_response_at) - epoch(created_at)) AS median_seconds FROM tickets'
    );
    expect(stored!.answered).toBe(answered.length);
    expect(stored!.median_seconds).toBe(median(answered.map((t) => t.seconds)));
    const top = new Map<string, number>();
    for (const t of answered) top.set(t.resource, (top.get(t.resource) ?? 0) + 1);
    const [busiest] = [...top].sort((a, b) => b[1] - a[1]);
    const [storedBusiest] = await warehouse.query<{ employee_id: string; n: number }>(
      'SELECT employee_id, count(*)::INTEGER AS n FROM tickets WHERE first_response_at IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 1'
    );
    expect([storedBusiest!.employee_id, storedBusiest!.n]).toEqual(busiest);
  });
});

describeWithShared()('the ServiceNow adapter on the incident log', () => {
  let warehouse: Warehouse;
  let cleanup: () => void;
  let loads: Record<string, FileIngestResult>;
  const file = 'incident_event_log_head.csv';
  beforeAll(async () => {
    ({ warehouse, cleanup } = await tempWarehouse());
    loads = byDataset((await ingestWithAdapter(warehouse, 'servicenow', [join(externalDataDir, 'servicenow-incident-log-uci', file)])).results);
  }, 120_000);
  afterAll(() => cleanup());

  it('pivots the updates into incidents: the first update out of New answers; one answered before it was opened is rejected', async () => {
    const time = (text: string) => {
      const [, d, m, y, hm] = /^(\d{2})-(\d{2})-(\d{4}) (\d{2}:\d{2})$/.exec(text)!;
      return Date.parse(`${y}-${m}-${d}T${hm}:00Z`);
    };
    const updates = readCsv('servicenow-incident-log-uci', file).map((row, i) => ({
      incident: row.number!, state: row.incident_state!, step: Number(row.sys_mod_count), openedAt: row.opened_at!, updatedAt: row.sys_updated_at!, line: i + 2
    }));
    const incidents = new Map<string, typeof updates>();
    for (const u of updates) incidents.set(u.incident, [...(incidents.get(u.incident) ?? []), u]);
    const tickets = [...incidents.values()].map((list) => {
      const ordered = [...list].sort((a, b) => a.step - b.step || a.line - b.line);
      const response = ordered.find((u) => u.state !== 'New');
      return { line: list[0]!.line, created: time(ordered[0]!.openedAt), response: response ? time(response.updatedAt) : null };
    });
    const early = tickets.filter((t) => t.response !== null && t.response < t.created);
    const good = tickets.filter((t) => t.response === null || t.response >= t.created);
    expect([loads.tickets!.rowsRead, loads.tickets!.rowsLoaded, loads.tickets!.rowsRejected]).toEqual([incidents.size, good.length, early.length]);
    const rejects = await rejectsOf(warehouse, 'tickets');
    expect(rejects.map((r) => [r.line, r.field])).toEqual(early.map((t) => [t.line, 'first_response_at']));
    const answered = good.filter((t) => t.response !== null).map((t) => (t.response! - t.created) / 60_000);
    const [stored] = await warehouse.query<{ answered: number; median_minutes: number }>(
      'SELECT count(first_response_at)::INTEGER AS answered, median(epoch(first_response_at) - epoch(created_at)) / 60 AS median_minutes FROM tickets'
    );
    expect(stored).toEqual({ answered: answered.length, median_minutes: median(answered) });
  });
});
