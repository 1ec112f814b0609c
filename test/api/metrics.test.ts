import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warmCache } from '../../src/lib/server/api/warm.js';
import { fixtureApi, getJson } from './fixture.js';

// Metric, trend and process endpoints on the hand-made company of fixture.ts.
let fixture: Awaited<ReturnType<typeof fixtureApi>>;
beforeAll(async () => {
  fixture = await fixtureApi();
});
afterAll(() => fixture.cleanup());

type Point = { period: string; slice: string; slice_label: string; value: number | null; n: number };
type ErrorBody = { error: { code: string; message: string; param: string | null } };

describe('GET /api/metrics', () => {
  it('gives the company sales by month: May 200, June 900 + 250 (the cancelled 100 left out)', async () => {
    const { status, body } = await getJson<Point[]>(fixture.app, '/api/metrics?metric=sales_amount');
    expect(status).toBe(200);
    expect(body.map((p) => [p.period, p.value, p.n])).toEqual([
      ['2025-05-01', 200, 1],
      ['2025-06-01', 1150, 3]
    ]);
  });

  it('slices by employee within a range, labelled with names', async () => {
    const { body } = await getJson<Point[]>(fixture.app, '/api/metrics?metric=sales_amount&grain=month&slice_type=employee&from=2025-06&to=2025-06');
    expect(body.map((p) => [p.slice, p.slice_label, p.value])).toEqual([
      ['E1', '张三', 900],
      ['E3', "O'Brien, Pat", 250]
    ]);
  });

  it('filters by channel and team: online sales of 华东一组 are S5 (May) and S1 (June)', async () => {
    const { body } = await getJson<Point[]>(fixture.app, `/api/metrics?metric=sales_amount&channel=online&team=${encodeURIComponent('华东一组')}`);
    expect(body.map((p) => [p.period, p.value])).toEqual([
      ['2025-05-01', 200],
      ['2025-06-01', 600]
    ]);
  });

  it.each([
    ['/api/metrics?metric=salary', 'metric'],
    ['/api/metrics?metric=sales_amount&grain=year', 'grain'],
    ['/api/metrics?metric=orders&slice_type=channel', 'slice_type'],
    ['/api/metrics?metric=sales_amount&from=2025-07&to=2025-06', 'to'],
    ['/api/metrics?metric=sales_amount&from=2025-06-31', 'from'],
    ['/api/metrics?metric=sales_amount&role=boss', 'role']
  ])('%s is a 400 naming %s', async (path, param) => {
    const { status, body } = await getJson<ErrorBody>(fixture.app, path);
    expect(status).toBe(400);
    expect(body.error.param).toBe(param);
  });

  it('GET /api/metrics/catalog lists the allow-list with labels', async () => {
    const { body } = await getJson<{ metric: string; label_zh: string; slice_types: string[] }[]>(fixture.app, '/api/metrics/catalog');
    const sales = body.find((m) => m.metric === 'sales_amount')!;
    expect(sales.label_zh).toBe('销售额');
    expect(body.find((m) => m.metric === 'orders')!.slice_types).not.toContain('channel');
    expect(body.map((m) => m.metric)).toEqual(expect.arrayContaining(['sales_amount', 'profit', 'new_customers', 'csat_pct', 'process_compliance_pct']));
  });
});

describe('GET /api/channels', () => {
  it("lists tickets' and sales' channels with their counts (the cancelled S4 is not a sale)", async () => {
    const { body } = await getJson<{ channel: string; tickets: number; sales: number }[]>(fixture.app, '/api/channels');
    expect(body.map((row) => [row.channel, row.tickets, row.sales])).toEqual([
      ['chat', 1, 0],
      ['email', 1, 0],
      ['online', 0, 3],
      ['phone', 1, 0],
      ['store', 0, 1]
    ]);
  });
});

describe('trends and KPI tiles', () => {
  it("GET /api/kpis: June's sales 1150 against the target 1000, +950 on May", async () => {
    const { body } = await getJson<{ metric: string; value: number | null; target: number | null; attainment_pct: number | null; mom_delta: number | null }[]>(
      fixture.app,
      '/api/kpis?month=2025-06'
    );
    expect(body.find((t) => t.metric === 'sales_amount')).toMatchObject({ value: 1150, target: 1000, attainment_pct: 115, mom_delta: 950 });
    expect(body.find((t) => t.metric === 'csat_pct')).toMatchObject({ value: 60 });
  });

  it('GET /api/trends gives each KPI per month in the range', async () => {
    const { body } = await getJson<{ month: string; metric: string; value: number | null }[]>(fixture.app, '/api/trends?from=2025-06&to=2025-06');
    const sales = body.filter((row) => row.metric === 'sales_amount');
    expect(sales.map((row) => [row.month, row.value])).toEqual([['2025-06-01', 1150]]);
  });
});

describe('process views', () => {
  it('GET /api/process/response-times by channel: phone 0.5 min within, email complaint 90 min breached', async () => {
    const { body } = await getJson<{ slice: string; first_response_p50_minutes: number; sla_breach: number; sla_within: number }[]>(
      fixture.app,
      '/api/process/response-times?by=channel'
    );
    const byChannel = Object.fromEntries(body.map((row) => [row.slice, row]));
    expect(byChannel.phone).toMatchObject({ first_response_p50_minutes: 0.5, sla_within: 1, sla_breach: 0 });
    expect(byChannel.email).toMatchObject({ first_response_p50_minutes: 90, sla_within: 0, sla_breach: 1 });
    expect(byChannel.chat).toMatchObject({ first_response_p50_minutes: 1, sla_within: 1 });
  });

  it('GET /api/process/heatmap puts the Thursday 2025-06-05 tickets at weekday 4, hours 9 and 10', async () => {
    const { body } = await getJson<{ weekday: number; hour: number; tickets: number }[]>(fixture.app, '/api/process/heatmap');
    expect(body.map((c) => [c.weekday, c.hour, c.tickets])).toEqual([
      [4, 9, 1],
      [4, 10, 1],
      [5, 10, 1]
    ]);
  });

  it('GET /api/process/order-sla: S1 within (48 h), S2 breached (96 h), S4 cancelled', async () => {
    const { body } = await getJson<Record<string, number>[]>(fixture.app, '/api/process/order-sla');
    expect(body).toEqual([expect.objectContaining({ orders: 2, cancelled: 1, within: 1, breach: 1, pending: 0, order_sla_pct: 50 })]);
    const slowest = await getJson<{ order_id: string; hours: number }[]>(fixture.app, '/api/process/slowest-orders?limit=1');
    expect(slowest.body.map((o) => [o.order_id, o.hours])).toEqual([['S2', 96]]);
  });

  it('refuses a channel filter where the facts have none, and a limit out of bounds', async () => {
    expect((await fixture.app.request('/api/process/order-sla?channel=phone')).status).toBe(200); // not offered: ignored like any unknown parameter
    const { status, body } = await getJson<ErrorBody>(fixture.app, '/api/process/slowest-orders?limit=100000');
    expect(status).toBe(400);
    expect(body.error.param).toBe('limit');
  });
});

describe('cache warming', () => {
  it("asks the overview's questions for the latest month with data (2025-06)", async () => {
    const asked: string[] = [];
    const count = await warmCache({ request: (path, init) => (asked.push(path), fixture.app.request(path, init)) });
    expect(count).toBe(9);
    expect(asked).toContain('/api/kpis?month=2025-06');
    expect(asked).toContain('/api/grades/distribution?month=2025-06');
  });
});
