import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CALLER } from '../../src/lib/server/context.js';
import { createApiApp } from '../../src/lib/server/api/app.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import { getJson } from './fixture.js';

// A warehouse with its raw tables but no models: every read of a model says to run `opscore build`, whichever layer
// (anomaly_, appraisal_, metric_, fct_ ...) the read reaches first.
let app: ReturnType<typeof createApiApp>;
let cleanup: () => void;
beforeAll(async () => {
  const temp = await tempWarehouse();
  cleanup = temp.cleanup;
  app = createApiApp(async () => ({ warehouse: temp.warehouse, caller: LOCAL_CALLER }));
});
afterAll(() => cleanup());

type ErrorBody = { error: { code: string; message: string } };

describe('reads before the first build', () => {
  it.each([
    '/api/anomalies',
    '/api/anomalies/incidents',
    '/api/anomalies/series?metric=sales_amount&slice_type=company',
    '/api/metrics?metric=tickets',
    '/api/metrics?metric=tickets&team=North',
    '/api/trends',
    '/api/scorecards?month=2025-06'
  ])('%s answers 503 models_not_built, saying to run opscore build', async (path) => {
    const { status, body } = await getJson<ErrorBody>(app, path);
    expect(status).toBe(503);
    expect(body.error).toMatchObject({ code: 'models_not_built', message: 'the models are not built: run `opscore build`' });
  });
});
