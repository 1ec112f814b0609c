import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureApi, getJson } from './fixture.js';

// Anomaly endpoints on the hand-made company of fixture.ts: two months of history is too little to judge any day,
// so nothing is flagged, every point says insufficient_history, and a day's records are the fixture's own rows.
let fixture: Awaited<ReturnType<typeof fixtureApi>>;
beforeAll(async () => {
  fixture = await fixtureApi();
});
afterAll(() => fixture.cleanup());

type ErrorBody = { error: { param: string | null } };

describe('anomaly endpoints', () => {
  it('list no anomalous day and no incident when the history is too short to judge', async () => {
    expect((await getJson(fixture.app, '/api/anomalies')).body).toEqual([]);
    expect((await getJson(fixture.app, `/api/anomalies/incidents?team=${encodeURIComponent('华东一组')}&limit=8`)).body).toEqual([]);
  });

  it('GET /api/anomalies/series gives each day with its value and says the history is insufficient', async () => {
    const { status, body } = await getJson<{ day: string; value: number; status: string; severity: string | null }[]>(
      fixture.app,
      '/api/anomalies/series?metric=sales_amount&slice_type=company&from=2025-06-01&to=2025-06-03'
    );
    expect(status).toBe(200);
    expect(body.map((p) => [p.day, p.value, p.status, p.severity])).toEqual([
      ['2025-06-01', 0, 'insufficient_history', null],
      ['2025-06-02', 600, 'insufficient_history', null],
      ['2025-06-03', 300, 'insufficient_history', null]
    ]);
  });

  it('GET /api/anomalies/drilldown gives the records behind a day: S1 on 2025-06-02', async () => {
    const { body } = await getJson<{ source: string; records: { order_id: string; amount: number }[]; records_total: number }>(
      fixture.app,
      '/api/anomalies/drilldown?metric=sales_amount&slice_type=company&day=2025-06-02'
    );
    expect(body.source).toBe('fct_sales');
    expect(body.records.map((r) => [r.order_id, r.amount])).toEqual([['S1', 600]]);
    expect(body.records_total).toBe(1);
  });

  it('exports those records as CSV, the cancelled S4 included as a record', async () => {
    const response = await fixture.app.request(`/api/anomalies/drilldown/records?metric=sales_amount&slice_type=team&slice=${encodeURIComponent('华东一组')}&day=2025-06-20&format=csv`);
    const text = await response.text(); // text() drops the BOM, as a UTF-8 decoder does
    const [header, ...lines] = text.trim().split('\n');
    expect(header).toBe('order_id,sold_at,employee_id,team,channel,customer_id,amount,profit,cancelled');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^S4,.*,E1,华东一组,online,C4,100,10,true$/);
  });

  it.each([
    ['/api/anomalies?metric=profit', 'metric'],
    ['/api/anomalies?slice_type=employee', 'slice_type'],
    ['/api/anomalies?min_severity=critical', 'min_severity'],
    ['/api/anomalies?from=2025-06&to=2025-05', 'from'],
    ['/api/anomalies/series?metric=sales_amount&slice_type=team', 'slice'],
    ['/api/anomalies/drilldown?metric=sales_amount&slice_type=company&day=2025-02-29', 'day'],
    ['/api/anomalies/drilldown?metric=sales_amount&slice_type=company', 'day']
  ])('%s is a 400 naming %s', async (path, param) => {
    const { status, body } = await getJson<ErrorBody>(fixture.app, path);
    expect(status).toBe(400);
    expect(body.error.param).toBe(param);
  });
});
