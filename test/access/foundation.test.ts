import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../src/lib/server/access/audit.js';
import { can, canUploadDataset, requireGrant } from '../../src/lib/server/access/grants.js';
import { LOCAL_CALLER, type Caller } from '../../src/lib/server/context.js';
import { ForbiddenError } from '../../src/lib/errors.js';
import { monthStatus } from '../../src/lib/server/cycle/month-state.js';
import { tempWarehouse } from '../helpers/warehouse.js';

const analyst: Caller = { id: 'u-analyst', roles: ['analyst'], employeeId: null, scope: { kind: 'all' } };
const monitor: Caller = { id: 'u-monitor', roles: ['monitor'], employeeId: null, scope: { kind: 'all' } };

describe('grants of SPEC 11.2', () => {
  it('lets an analyst read aggregates but no appraisal', () => {
    expect(can(analyst, 'aggregates.read')).toBe(true);
    expect(can(analyst, 'appraisal.read')).toBe(false);
    expect(() => requireGrant(analyst, 'appraisal.read', 'month')).toThrow(ForbiddenError);
  });
  it('lets a monitor upload findings but not employees', () => {
    expect(canUploadDataset(monitor, 'findings')).toBe(true);
    expect(canUploadDataset(monitor, 'employees')).toBe(false);
    expect(canUploadDataset(LOCAL_CALLER, 'employees')).toBe(true);
  });
});

describe('audit log', () => {
  let env: Awaited<ReturnType<typeof tempWarehouse>>;
  beforeAll(async () => (env = await tempWarehouse()));
  afterAll(() => env.cleanup());

  it('appends an entry with the caller, its roles and the month', async () => {
    await recordAudit({ warehouse: env.warehouse, caller: { ...monitor, address: '10.0.0.7' } }, { action: 'view', objectType: 'scorecard', objectIds: ['E1', 'E2'], month: '2026-10', detail: { format: 'csv' } });
    const rows = await env.warehouse.query<Record<string, unknown>>(
      `SELECT actor, roles::VARCHAR AS roles, address, action, object_ids::VARCHAR AS ids, strftime(month, '%Y-%m') AS month, detail->>'format' AS format, outcome FROM audit_log`
    );
    expect(rows).toEqual([{ actor: 'u-monitor', roles: '[monitor]', address: '10.0.0.7', action: 'view', ids: '[E1, E2]', month: '2026-10', format: 'csv', outcome: 'ok' }]);
  });
});

describe('month state', () => {
  let env: Awaited<ReturnType<typeof tempWarehouse>>;
  beforeAll(async () => (env = await tempWarehouse()));
  afterAll(() => env.cleanup());

  it('is open until a row says otherwise', async () => {
    const ctx = { warehouse: env.warehouse, caller: LOCAL_CALLER };
    expect(await monthStatus(ctx, '2026-10')).toEqual({ month: '2026-10', state: 'open', version: 0 });
    await env.warehouse.run(`INSERT INTO appraisal_months (month, state, version, changed_by) VALUES ('2026-10-01', 'published', 2, 'local')`);
    expect(await monthStatus(ctx, '2026-10')).toEqual({ month: '2026-10', state: 'published', version: 2 });
  });
});
