import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '../../src/lib/server/api/app.js';
import { LOCAL_CALLER } from '../../src/lib/server/context.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import { fixtureApi, getJson } from './fixture.js';

type ErrorBody = { error: { code: string; message: string; param: string | null } };

// Statuses come from the error's type (src/lib/errors.ts), never from its wording.
describe('typed errors over a warehouse whose models were never built', () => {
  let cleanup: () => void;
  let app: ReturnType<typeof createApiApp>;
  beforeAll(async () => {
    const made = await tempWarehouse();
    cleanup = made.cleanup;
    app = createApiApp(async () => ({ warehouse: made.warehouse, caller: LOCAL_CALLER }));
  });
  afterAll(() => cleanup?.());

  it.each(['/api/anomalies', '/api/anomalies/incidents', '/api/scorecards?month=2025-06', '/api/metrics?metric=tickets&grain=month'])(
    '%s answers 503 models_not_built, telling to run opscore build',
    async (path) => {
      const { status, body } = await getJson<ErrorBody>(app, path);
      expect(status).toBe(503);
      expect(body.error.code).toBe('models_not_built');
      expect(body.error.message).toBe('the models are not built: run `opscore build`');
    }
  );
});

describe('typed errors over the fixture', () => {
  let fixture: Awaited<ReturnType<typeof fixtureApi>>;
  beforeAll(async () => {
    fixture = await fixtureApi();
  });
  afterAll(() => fixture?.cleanup());

  it('an unknown employee is a NotFoundError: 404 not_found naming the employee parameter', async () => {
    const { status, body } = await getJson<ErrorBody>(fixture.app, '/api/explain?employee=E9&month=2025-06');
    expect(status).toBe(404);
    expect(body.error).toEqual({ code: 'not_found', message: 'employee: unknown employee "E9"', param: 'employee' });
  });

  it('a UserError that merely says "not found" in its text stays a 400', async () => {
    const { status, body } = await getJson<ErrorBody>(fixture.app, '/api/explain?employee=E1&month=2025-06&indicator=not_found');
    expect(status).toBe(400);
    expect(body.error.param).toBe('indicator');
  });
});
