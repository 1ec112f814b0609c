import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteRule, effectiveRules, saveRule } from '../../src/lib/server/alerts/rule-store.js';
import type { Caller } from '../../src/lib/server/context.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { tempWarehouse } from '../helpers/warehouse.js';

const admin: Caller = { id: 'u1', roles: ['admin'], employeeId: null, scope: { kind: 'all' } };
const monitor: Caller = { id: 'u2', roles: ['monitor'], employeeId: null, scope: { kind: 'all' } };

describe('alert rules: the configuration, overridden by the app', () => {
  let warehouse: Warehouse;
  let cleanup: () => void;
  beforeAll(async () => {
    ({ warehouse, cleanup } = await tempWarehouse({
      alerts: {
        channels: [{ name: 'hook', type: 'webhook', url: 'http://127.0.0.1:9/x' }],
        rules: [{ name: 'slow', metric: 'first_response_p50_minutes', slice_types: ['employee'], min_severity: 'medium', channels: ['hook'] }]
      }
    }));
  });
  afterAll(() => cleanup?.());

  it('lists the configured rule with its defaults', async () => {
    expect(await effectiveRules(warehouse)).toEqual([
      { name: 'slow', metric: 'first_response_p50_minutes', slice_types: ['employee'], min_severity: 'medium', channels: ['hook'], digest: false, enabled: true, source: 'config', updated_by: null, updated_at: null }
    ]);
  });

  it('lets an admin replace it, add one and switch the configured one off; a monitor may not', async () => {
    await expect(saveRule({ warehouse, caller: monitor }, { name: 'x', metric: 'csat_pct', slice_types: ['team'], min_severity: 'low', channels: ['hook'] })).rejects.toMatchObject({ status: 403 });
    await expect(saveRule({ warehouse, caller: admin }, { name: 'x', metric: 'csat_pct', slice_types: ['team'], min_severity: 'low', channels: ['mail'] })).rejects.toThrow('unknown channel "mail"');
    await expect(saveRule({ warehouse, caller: admin }, { name: 'x', metric: 'nope', slice_types: ['team'], min_severity: 'low', channels: ['hook'] })).rejects.toMatchObject({ status: 400, param: 'metric' });
    await saveRule({ warehouse, caller: admin }, { name: 'slow', metric: 'first_response_p50_minutes', slice_types: ['employee', 'team'], min_severity: 'high', channels: ['hook'] });
    await saveRule({ warehouse, caller: admin }, { name: 'csat-drop', metric: 'csat_pct', slice_types: ['team'], min_severity: 'low', channels: ['hook'] });
    let rules = await effectiveRules(warehouse);
    expect(rules.map((r) => [r.name, r.source, r.min_severity, r.enabled, r.updated_by])).toEqual([
      ['slow', 'app', 'high', true, 'u1'],
      ['csat-drop', 'app', 'low', true, 'u1']
    ]);
    await deleteRule({ warehouse, caller: admin }, 'slow');
    await deleteRule({ warehouse, caller: admin }, 'csat-drop');
    await expect(deleteRule({ warehouse, caller: admin }, 'csat-drop')).rejects.toMatchObject({ status: 404 });
    rules = await effectiveRules(warehouse);
    expect(rules.map((r) => [r.name, r.source, r.min_severity, r.enabled])).toEqual([['slow', 'app', 'medium', false]]);
    const audit = await warehouse.query<{ action: string; n: number }>("SELECT action, count(*)::INTEGER AS n FROM audit_log WHERE action LIKE 'alert_rule%' GROUP BY 1 ORDER BY 1");
    expect(audit).toEqual([{ action: 'alert_rule_delete', n: 2 }, { action: 'alert_rule_save', n: 2 }]);
  });
});
