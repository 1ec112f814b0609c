import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '../../src/lib/server/api/app.js';
import { ResponseCache, matchesEtag } from '../../src/lib/server/api/cache.js';
import { csvFilename } from '../../src/lib/server/api/respond.js';
import { LOCAL_CALLER } from '../../src/lib/server/context.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { tempWarehouse } from '../helpers/warehouse.js';

// The parts of the API that hold without any data: routing, validation, errors, the OpenAPI document and the docs page.
let warehouse: Warehouse;
let cleanup: () => void;
let app: ReturnType<typeof createApiApp>;

beforeAll(async () => {
  ({ warehouse, cleanup } = await tempWarehouse());
  app = createApiApp(async () => ({ warehouse, caller: LOCAL_CALLER }));
});
afterAll(() => cleanup());

async function errorOf(path: string): Promise<{ status: number; error: { code: string; message: string; param: string | null } }> {
  const response = await app.request(path);
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  const body = (await response.json()) as { error: { code: string; message: string; param: string | null } };
  return { status: response.status, error: body.error };
}

describe('validation at the edge', () => {
  it.each([
    ['/api/scorecards?month=2025-13', 'month', /month YYYY-MM/],
    ['/api/scorecards?month=1899-01', 'month', /1900 and 2199/],
    ['/api/scorecards', 'month', /is required/],
    ['/api/scorecards?month=2025-06&month=2025-07', 'month', /given once/],
    ['/api/scorecards?month=2025-06&team=%00', 'team', /control characters/],
    [`/api/scorecards?month=2025-06&employee=${'x'.repeat(65)}`, 'employee', /at most 64/],
    ['/api/scorecards?month=2025-06&format=xml', 'format', /json or csv/],
    ['/api/annual?year=20x5', 'year', /year YYYY/],
    ['/api/scorecards/E1/history?months=1e1', 'months', /whole number/],
    ['/api/scorecards/E1/history?months=121', 'months', /at most 120/]
  ])('%s is a 400 naming %s', async (path, param, message) => {
    const { status, error } = await errorOf(path);
    expect(status).toBe(400);
    expect(error.code).toBe('invalid_parameter');
    expect(error.param).toBe(param);
    expect(error.message).toMatch(message);
    expect(error.message.startsWith(`${param}: `)).toBe(true);
  });

  it('answers a known path asked with the wrong method with 405 and the methods it serves', async () => {
    const wrong = await app.request('/api/scorecards?month=2025-06', { method: 'DELETE' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('method_not_allowed');
    expect((await app.request('/api/ingest')).headers.get('allow')).toBe('OPTIONS, POST');
    const options = await app.request('/api/scorecards/E1/history', { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });

  it('answers an unknown route with a JSON 404', async () => {
    expect((await app.request('/api/no-such-thing')).headers.get('x-content-type-options')).toBe('nosniff');
    const { status, error } = await errorOf('/api/no-such-thing');
    expect(status).toBe(404);
    expect(error.code).toBe('not_found');
  });
});

describe('unexpected failures', () => {
  it('answers 500 with a generic message: no stack, no SQL', async () => {
    const failing = createApiApp(async () => {
      throw new Error('Binder Error: SELECT secret FROM salaries\n    at Object.<anonymous> (/srv/opscore/x.js:1:1)');
    });
    const original = console.error;
    const logged: string[] = [];
    console.error = (...args: unknown[]) => void logged.push(args.join(' '));
    try {
      const response = await failing.request('/api/scorecards?month=2025-06');
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(JSON.parse(text).error.code).toBe('internal_error');
      expect(text).not.toMatch(/SELECT|salaries|\.js:|at Object/);
    } finally {
      console.error = original;
    }
    expect(logged.join('\n')).toMatch(/SELECT secret FROM salaries/); // the detail goes to the server log
  });
});

describe('the OpenAPI document', () => {
  it('lists every route the app serves, with its parameters', async () => {
    const response = await app.request('/api/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, { parameters?: { name: string }[] }>> };
    expect(document.openapi).toMatch(/^3\./);
    const documented = new Set(Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`)));
    // the document and the page that shows it are the only routes not described in the document
    const undocumented = new Set(['GET /api/openapi.json', 'GET /api/docs', 'GET /api/docs/assets/{file}']);
    const served = new Set(
      app.routes
        .filter((route) => route.method !== 'ALL')
        .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`)
        .filter((route) => !undocumented.has(route))
    );
    expect([...served].sort()).toEqual([...documented].sort());
    const scorecardParams = document.paths['/api/scorecards']!.get!.parameters!.map((p) => p.name).sort();
    expect(scorecardParams).toEqual(['employee', 'format', 'month', 'team', 'view']); // view: SPEC 10.3
  });
});

describe('the API page', () => {
  it('is served with its assets from this server only, under a strict CSP', async () => {
    const page = await app.request('/api/docs');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script>(?!<)/); // no inline script
    const scripts = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts).toContain('/api/docs/assets/swagger-ui-bundle.js');
    for (const asset of scripts) {
      const response = await app.request(asset);
      expect(response.status, asset).toBe(200);
    }
    const init = await (await app.request('/api/docs/assets/init.js')).text();
    expect(init).toMatch(/\/api\/openapi\.json/);
    expect(init).toMatch(/validatorUrl: null/); // no call to the public validator either
    expect((await app.request('/api/docs/assets/..%2Fpackage.json')).status).toBe(404);
  });
});

describe('cache pieces', () => {
  it('drops the least recently used answer first', () => {
    const cache = new ResponseCache(2);
    const entry = (body: string) => ({ body, contentType: 'text/plain', headers: {}, etag: `"${body}"` });
    cache.set('a', entry('a'));
    cache.set('b', entry('b'));
    cache.get('a');
    cache.set('c', entry('c'));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.body).toBe('a');
    expect(cache.get('c')?.body).toBe('c');
  });

  it('matches If-None-Match lists, weak tags and *', () => {
    expect(matchesEtag('"x", "abc"', '"abc"')).toBe(true);
    expect(matchesEtag('W/"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('*', '"abc"')).toBe(true);
    expect(matchesEtag('"abd"', '"abc"')).toBe(false);
    expect(matchesEtag(undefined, '"abc"')).toBe(false);
  });

  it('names CSV files after the endpoint and its filters, keeping Chinese text in the UTF-8 name', () => {
    expect(csvFilename('scorecards', [['month', '2025-06'], ['team', '华东 一组/x']])).toEqual({
      utf8: 'scorecards_2025-06_华东-一组-x.csv',
      ascii: 'scorecards_2025-06___-__-x.csv'
    });
  });
});
