import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_TYPES_FILE, apiTypes } from '../../scripts/api/types.js';
import { apiClient, rowsOf, settle } from '../../src/lib/shared/api/client.js';
import { fixtureApi } from './fixture.js';

describe('the dashboard’s typed API client', () => {
  let fixture: Awaited<ReturnType<typeof fixtureApi>>;
  let api: ReturnType<typeof apiClient>;
  beforeAll(async () => {
    fixture = await fixtureApi();
    // the client's fetch goes straight into the real Hono app
    api = apiClient(async (input, init) => fixture.app.request(input instanceof Request ? input : new Request(input, init)), 'http://opscore.test');
  });
  afterAll(() => fixture?.cleanup());

  it('is generated from the current OpenAPI document (run `npm run api:types` after changing a route)', async () => {
    expect(readFileSync(API_TYPES_FILE, 'utf8')).toBe(await apiTypes());
  }, 30_000);

  it('reads typed rows: the fixture’s two teams with their head counts', async () => {
    const teams = await settle(api.GET('/api/teams'));
    expect(teams).toEqual({ ok: true, data: [{ team: 'North', employees: 1 }, { team: '华东一组', employees: 2 }] });
  });

  it('passes path and query parameters and reads one employee’s history', async () => {
    const history = await settle(api.GET('/api/scorecards/{employee}/history', { params: { path: { employee: 'E1' }, query: { months: 12 } } }));
    expect(rowsOf<{ month: string }>(history).map((row) => row.month)).toEqual(['2025-05', '2025-06']);
  });

  it('answers an error as the API’s typed error, not a guess: an unknown employee is not_found naming the parameter', async () => {
    const missing = await settle(api.GET('/api/explain', { params: { query: { employee: 'E9', month: '2025-06' } } }));
    expect(missing).toEqual({ ok: false, status: 404, code: 'not_found', message: 'employee: unknown employee "E9"', param: 'employee' });
    const bad = await settle(api.GET('/api/scorecards', { params: { query: { month: '2025-13' } } }));
    expect(bad).toMatchObject({ ok: false, status: 400, code: 'invalid_parameter', param: 'month' });
    expect(rowsOf(bad)).toEqual([]);
  });
});
