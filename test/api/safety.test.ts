import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '../../src/lib/server/api/app.js';
import type { Caller } from '../../src/lib/server/context.js';
import { buildModels } from '../../src/lib/server/models/build.js';
import { fixtureApi, getJson } from './fixture.js';

// Hostile input, CSV export, caching and concurrency, on the hand-made company of fixture.ts.
let fixture: Awaited<ReturnType<typeof fixtureApi>>;
beforeAll(async () => {
  fixture = await fixtureApi();
});
afterAll(() => fixture.cleanup());

interface Parameter {
  name: string;
  in: 'query' | 'path';
  required?: boolean;
  schema: { type?: string; enum?: string[]; example?: unknown; minimum?: number };
}
type OpenApi = { paths: Record<string, Record<string, { parameters?: Parameter[] }>> };

/** A value each parameter accepts, so one parameter at a time can be made hostile. */
function validValue(parameter: Parameter): string {
  if (parameter.in === 'path') return 'E1';
  if (parameter.schema.enum) return parameter.schema.enum[0]!;
  if (parameter.schema.example !== undefined) return String(parameter.schema.example);
  if (parameter.schema.type === 'integer') return String(parameter.schema.minimum ?? 1);
  return 'E1';
}

function urlWith(path: string, parameters: Parameter[], target: Parameter, value: string): string {
  let url = path;
  const search = new URLSearchParams();
  for (const parameter of parameters) {
    const text = parameter === target ? value : validValue(parameter);
    if (parameter.in === 'path') url = url.replace(`{${parameter.name}}`, encodeURIComponent(text));
    else if (parameter === target || parameter.required) search.set(parameter.name, text);
  }
  return `${url}?${search}`;
}

const HOSTILE = [
  "' OR 1=1 --",
  '"; DROP TABLE sales; --',
  "张三'); DELETE FROM employees; --",
  '$1',
  '%',
  '\u0000',
  '\u202e\ud83d\udca5',
  '-1',
  '9'.repeat(400),
  '2025-02-30',
  'x'.repeat(10_000)
];

async function rowCounts(): Promise<Record<string, number>> {
  const [row] = await fixture.warehouse.query<Record<string, number>>(
    `SELECT (SELECT count(*) FROM sales) AS sales, (SELECT count(*) FROM employees) AS employees, (SELECT count(*) FROM tickets) AS tickets,
            (SELECT count(*) FROM appraisal_scorecards) AS scorecards`
  );
  return row!;
}

describe('hostile parameters', () => {
  it('every parameter of every GET endpoint answers 400, 404 or an empty table, never 500, and the data stays intact', async () => {
    const before = await rowCounts();
    const document = (await (await fixture.app.request('/api/openapi.json')).json()) as OpenApi;
    let probes = 0;
    const harmless = new Map<string, unknown>();
    for (const [path, methods] of Object.entries(document.paths)) {
      const parameters = methods.get?.parameters ?? [];
      for (const target of parameters) {
        for (const hostile of HOSTILE) {
          const response = await fixture.app.request(urlWith(path, parameters, target, hostile));
          const text = await response.text();
          const where = `${path} ${target.name}=${JSON.stringify(hostile.slice(0, 40))}`;
          expect([200, 400, 404], where).toContain(response.status);
          expect(text, where).not.toMatch(/\n\s+at |Binder Error|Parser Error|Catalog Error|Conversion Error|INTERNAL Error/);
          if (response.status === 200) {
            // accepted text is only ever compared as a value: it answers exactly what a harmless unknown value answers
            const harmlessUrl = urlWith(path, parameters, target, 'zz-no-such-value');
            harmless.set(harmlessUrl, harmless.get(harmlessUrl) ?? (await (await fixture.app.request(harmlessUrl)).json()));
            expect(JSON.parse(text), where).toEqual(harmless.get(harmlessUrl));
          } else expect(JSON.parse(text).error.message, where).toBeTypeOf('string');
          probes += 1;
        }
      }
    }
    expect(probes).toBeGreaterThan(500);
    expect(await rowCounts()).toEqual(before);
    expect(before).toMatchObject({ sales: 5, employees: 3, tickets: 3 });
  });

  it('a hostile path segment is a 404, not an error', async () => {
    const response = await fixture.app.request(`/api/scorecards/${encodeURIComponent("E1' OR '1'='1")}/history`);
    expect(response.status).toBe(404);
  });
});

/** RFC 4180 parsing, enough to read our own exports back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += ch;
  }
  if (cell !== '' || row.length > 0) row.push(cell), rows.push(row);
  return rows;
}

describe('CSV export', () => {
  it('round-trips the employees: BOM, header, quoted comma and quote, Chinese text', async () => {
    const json = await getJson<Record<string, unknown>[]>(fixture.app, '/api/employees');
    const response = await fixture.app.request('/api/employees?format=csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="employees\.csv"; filename\*=UTF-8''employees\.csv$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    expect(text).toContain('"O\'Brien, Pat"');
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(Object.keys(json.body[0]!));
    const back = rows.map((cells) => Object.fromEntries(header!.map((column, i) => [column, cells[i]])));
    const expected = json.body.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? '' : String(v)])));
    expect(back).toEqual(expected);
    expect(back.map((row) => row.name)).toContain('张三');
  });

  it('answers CSV to Accept: text/csv, with the filters in the file name', async () => {
    const response = await fixture.app.request(`/api/scorecards?month=2025-06&team=${encodeURIComponent('华东一组')}`, { headers: { accept: 'text/csv' } });
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('scorecards_2025-06_华东一组.csv')}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes)); // the decoder drops the BOM
    expect(header![0]).toBe('employee_id');
    expect(header).toContain('indicators');
    expect(rows).toHaveLength(2);
    const indicators = JSON.parse(rows[0]![header!.indexOf('indicators')]!) as { indicator: string }[];
    expect(indicators.map((i) => i.indicator)).toContain('sales'); // nested values are JSON inside the cell
  });
});

describe('caching per data version', () => {
  it('gives an ETag, answers 304 to If-None-Match, and a rebuild invalidates the answer', async () => {
    const first = await fixture.app.request('/api/teams');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const again = await fixture.app.request('/api/teams', { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    await fixture.warehouse.run(
      "INSERT INTO employees (employee_id, name, team, role, customer_facing, hired_on) VALUES ('E4', '王五', 'West', 'sales', true, DATE '2025-01-01')"
    );
    await buildModels(fixture.warehouse);
    await new Promise((done) => setTimeout(done, 300)); // a rebuild outside the API is seen once the version memo (250 ms) expires
    const after = await fixture.app.request('/api/teams', { headers: { 'if-none-match': etag! } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(await after.json()).toEqual([
      { team: 'North', employees: 1 },
      { team: 'West', employees: 1 },
      { team: '华东一组', employees: 2 }
    ]);
  });

  it("keys answers by the caller's scope: one team's rows never reach another", async () => {
    const scoped = createApiApp(async (request) => {
      const team = decodeURIComponent(request.headers.get('x-team') ?? '');
      const caller: Caller = { id: team, scope: { kind: 'teams', teams: [team] } };
      return { warehouse: fixture.warehouse, caller };
    });
    const north = await (await scoped.request('/api/employees', { headers: { 'x-team': 'North' } })).json();
    const east = await (await scoped.request('/api/employees', { headers: { 'x-team': encodeURIComponent('华东一组') } })).json();
    expect((north as { employee_id: string }[]).map((r) => r.employee_id)).toEqual(['E3']);
    expect((east as { employee_id: string }[]).map((r) => r.employee_id).sort()).toEqual(['E1', 'E2']);
  });
});

describe('concurrency', () => {
  it('answers reads correctly while a rebuild runs', async () => {
    const rebuild = buildModels(fixture.warehouse);
    const reads = await Promise.all(
      Array.from({ length: 6 }, (_, i) => getJson<Card[]>(fixture.app, `/api/scorecards?month=2025-06&employee=E1${i % 2 ? '&format=json' : ''}`))
    );
    await rebuild;
    for (const read of reads) {
      expect(read.status).toBe(200);
      expect(read.body[0]!.composite).toBeCloseTo(7600 / 90, 9);
    }
  });
});

type Card = { composite: number };
