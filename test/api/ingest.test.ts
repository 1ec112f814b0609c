import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '../../src/lib/server/api/app.js';
import { LOCAL_CALLER } from '../../src/lib/server/context.js';
import { fixtureApi, getJson } from './fixture.js';

// Uploads through POST /api/ingest into the hand-made company of fixture.ts (E1 sold 900 in June 2025, nothing in July).
let fixture: Awaited<ReturnType<typeof fixtureApi>>;
beforeAll(async () => {
  fixture = await fixtureApi();
});
afterAll(() => fixture.cleanup());

const HEADER = 'order_id,sold_at,employee_id,customer_id,amount,profit,channel\n';

function upload(files: { name: string; content: string | Uint8Array<ArrayBuffer> }[], fields: Record<string, string> = {}): Request {
  const form = new FormData();
  for (const file of files) form.append('file', new File([file.content], file.name));
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return new Request('http://localhost/api/ingest', { method: 'POST', body: form });
}

type Answer = {
  ok: boolean;
  files: { file: string; dataset: string; status: string; rowsLoaded: number; rowsRejected: number; error?: string }[];
  build: { built: boolean };
  error?: { code: string; message: string; param: string };
};
type Point = { period: string; value: number };

describe('POST /api/ingest', () => {
  it('loads an uploaded file under its own name, rejects its bad row, and rebuilds the models', async () => {
    const csv = `${HEADER}U1,2025-07-02T10:00:00+08:00,E1,C7,500,50,online\nU2,2025-07-03T10:00:00+08:00,E1,C8,abc,1,online\n`;
    const response = await fixture.app.request(upload([{ name: 'sales_2025-07.csv', content: csv }]));
    expect(response.status).toBe(200);
    const answer = (await response.json()) as Answer;
    expect(answer.ok).toBe(true);
    expect(answer.files).toEqual([expect.objectContaining({ file: 'sales_2025-07.csv', dataset: 'sales', status: 'loaded', rowsLoaded: 1, rowsRejected: 1 })]);
    expect(answer.build.built).toBe(true);
    const { body } = await getJson<Point[]>(fixture.app, '/api/metrics?metric=sales_amount&from=2025-07&to=2025-07');
    expect(body.map((p) => [p.period, p.value])).toEqual([['2025-07-01', 500]]);
    const [log] = await fixture.warehouse.query<{ file_name: string }>('SELECT file_name FROM ingest_log ORDER BY ingest_id DESC LIMIT 1');
    expect(log!.file_name).toBe('sales_2025-07.csv');

    // the Data page's reads see the load and its reject
    const status = await getJson<{ datasets: { dataset: string; rows: number }[]; ingest_log: { file_name: string; rows_rejected: number }[]; rejects_per_file: { file_name: string; rejects: number }[] }>(
      fixture.app,
      '/api/status'
    );
    expect(status.body.datasets.find((d) => d.dataset === 'sales')!.rows).toBe(6); // the fixture's five and U1
    expect(status.body.ingest_log[0]).toMatchObject({ file_name: 'sales_2025-07.csv', rows_rejected: 1 });
    expect(status.body.rejects_per_file).toEqual([expect.objectContaining({ file_name: 'sales_2025-07.csv', rejects: 1 })]);
    const rejects = await getJson<{ file_name: string; line: number; raw: string }[]>(fixture.app, '/api/rejects?dataset=sales&file=sales_2025-07.csv');
    expect(rejects.body.map((r) => [r.file_name, r.line, r.raw])).toEqual([['sales_2025-07.csv', 3, 'U2,2025-07-03T10:00:00+08:00,E1,C8,abc,1,online']]);
    const rejectsCsv = await (await fixture.app.request('/api/rejects?format=csv')).text();
    expect(rejectsCsv).toContain('"U2,2025-07-03T10:00:00+08:00,E1,C8,abc,1,online"');
    expect((await fixture.app.request('/api/rejects?dataset=salaries')).status).toBe(400);

    // the same content again is recognised and adds nothing
    const again = (await (await fixture.app.request(upload([{ name: 'sales_2025-07.csv', content: csv }]))).json()) as Answer;
    expect(again.files[0]!.status).toBe('duplicate');
  });

  it('answers 422 for a junk file, naming it, with no temporary path in the message', async () => {
    const junk = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3, 0xff, 0xfe]);
    const response = await fixture.app.request(upload([{ name: 'sales_junk.csv', content: junk }]));
    expect(response.status).toBe(422);
    const answer = (await response.json()) as Answer;
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatchObject({ code: 'file_rejected', param: 'file' });
    expect(answer.error!.message).toMatch(/^sales_junk\.csv: /);
    expect(JSON.stringify(answer)).not.toMatch(/opscore-upload-|\/tmp\//);
  });

  it.each([
    ['an unknown dataset', upload([{ name: 'x.csv', content: HEADER }], { dataset: 'salaries' }), 400, 'dataset'],
    ['no file at all', upload([], { dataset: 'sales' }), 400, 'file']
  ])('refuses %s with a 400 naming the field', async (_what, request, status, param) => {
    const response = await fixture.app.request(request);
    expect(response.status).toBe(status);
    expect(((await response.json()) as Answer).error!.param).toBe(param);
  });

  it('refuses a body that is not multipart (415) and one over the size limit (413)', async () => {
    const json = await fixture.app.request('/api/ingest', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(json.status).toBe(415);
    const small = createApiApp(async () => ({ warehouse: fixture.warehouse, caller: LOCAL_CALLER }), { uploadMaxBytes: 1000 });
    const big = await small.request(upload([{ name: 'sales_big.csv', content: HEADER + 'x'.repeat(5000) }]));
    expect(big.status).toBe(413);
    expect(((await big.json()) as Answer).error!.code).toBe('too_large');
  });

  it('keeps answering reads correctly while an upload loads and rebuilds', async () => {
    const before = (await getJson<Point[]>(fixture.app, '/api/metrics?metric=sales_amount&from=2025-08&to=2025-08')).body;
    expect(before).toEqual([]);
    const rows = Array.from({ length: 5_000 }, (_, i) => `B${i},2025-08-${String((i % 28) + 1).padStart(2, '0')}T10:00:00+08:00,E1,K${i},1,0.5,online`);
    const loading = fixture.app.request(upload([{ name: 'sales_2025-08.csv', content: HEADER + rows.join('\n') + '\n' }]));
    // reads issued while the upload runs: each sees the data before or after the load, never an error or a partial load
    const during = await Promise.all(
      Array.from({ length: 5 }, () => getJson<Point[]>(fixture.app, '/api/metrics?metric=sales_amount&from=2025-08&to=2025-08'))
    );
    const june = await getJson<Point[]>(fixture.app, '/api/metrics?metric=sales_amount&from=2025-06&to=2025-06');
    expect(june.body.map((p) => p.value)).toEqual([1150]);
    const done = await loading;
    expect(done.status).toBe(200);
    for (const read of during) {
      expect(read.status).toBe(200);
      expect([[], [{ period: '2025-08-01', value: 5_000 }]]).toContainEqual(read.body.map((p) => ({ period: p.period, value: p.value })));
    }
    const after = await getJson<Point[]>(fixture.app, '/api/metrics?metric=sales_amount&from=2025-08&to=2025-08');
    expect(after.body.map((p) => p.value)).toEqual([5_000]);
  });
});
