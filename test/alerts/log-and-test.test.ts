import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAlertLog } from '../../src/lib/server/alerts/log-queries.js';
import { sendTestNotice } from '../../src/lib/server/alerts/test-notice.js';
import type { Caller } from '../../src/lib/server/context.js';
import { packageRoot } from '../../src/lib/server/paths.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { tempDir, tempWarehouse } from '../helpers/warehouse.js';
import { sendNotice } from '../../src/lib/server/alerts/channels/index.js';
import { startReceiver, type Receiver } from './receiver.js';

const admin: Caller = { id: 'u1', roles: ['admin'], employeeId: null, scope: { kind: 'all' } };
const monitor: Caller = { id: 'u2', roles: ['monitor'], employeeId: null, scope: { kind: 'all' } };
const employee: Caller = { id: 'u3', roles: ['employee'], employeeId: 'E1', scope: { kind: 'employee', employeeId: 'E1' } } as Caller;

describe('a test notice and the alert log', () => {
  let warehouse: Warehouse;
  let cleanup: () => void;
  let receiver: Receiver;

  beforeAll(async () => {
    receiver = await startReceiver();
    ({ warehouse, cleanup } = await tempWarehouse({
      alerts: {
        language: 'en',
        channels: [{ name: 'hook', type: 'webhook', url: receiver.url }, { name: 'dead', type: 'webhook', url: 'http://127.0.0.1:9/nobody' }],
        rules: [{ name: 'slow', metric: 'first_response_p50_minutes', slice_types: ['team'], min_severity: 'high', channels: ['hook', 'dead'], fallback: 'ops@example.com' }]
      }
    }));
  });
  afterAll(async () => { cleanup?.(); await receiver?.close(); });

  it('sends a sample through each channel once and says how each went; only an admin may', async () => {
    await expect(sendTestNotice({ warehouse, caller: monitor }, 'slow', { send: sendNotice })).rejects.toMatchObject({ status: 403 });
    await expect(sendTestNotice({ warehouse, caller: admin }, 'nope', { send: sendNotice })).rejects.toMatchObject({ status: 404, param: 'rule' });
    const result = await sendTestNotice({ warehouse, caller: admin }, 'slow', { send: sendNotice });
    expect(result.outcomes.map((o) => [o.channel, o.status, o.recipient])).toEqual([['hook', 'sent', 'receiver'], ['dead', 'gave_up', 'receiver']]);
    expect(result.outcomes[1]!.reason).toMatch(/^channel "dead": /);
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]!.notice).toMatchObject({ kind: 'test', rule: 'slow', title: 'Test notice from opscore (rule slow)', incidents: [{ metric: 'first_response_p50_minutes', slice_type: 'team', severity: 'high' }] });
  });

  it('lists the attempts newest first, filtered by rule and status, for the roles that read alerts', async () => {
    const all = await listAlertLog({ warehouse, caller: monitor });
    expect(all.map((r) => [r.channel, r.status, r.kind, r.attempt])).toEqual([['dead', 'gave_up', 'test', 1], ['hook', 'sent', 'test', 1]]);
    expect((await listAlertLog({ warehouse, caller: admin }, { status: 'sent' })).map((r) => r.channel)).toEqual(['hook']);
    expect(await listAlertLog({ warehouse, caller: admin }, { rule: 'other' })).toEqual([]);
    expect(await listAlertLog({ warehouse, caller: admin }, { limit: 1 })).toHaveLength(1);
    await expect(listAlertLog({ warehouse, caller: admin }, { limit: 0 })).rejects.toMatchObject({ status: 400, param: 'limit' });
    await expect(listAlertLog({ warehouse, caller: employee })).rejects.toMatchObject({ status: 403 });
  });
});

describe('opscore alerts (the compiled CLI)', { timeout: 240_000 }, () => {
  const cli = join(packageRoot, 'bin', 'opscore.js');
  const opscore = (args: string[]) => {
    const result = spawnSync(process.execPath, [cli, ...args], { cwd: packageRoot, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = tempDir()));
  afterAll(() => cleanup?.());

  it('alerts test exits 1 when a channel fails, and alerts log shows the attempt', () => {
    const config = join(dir, 'opscore.config.yaml');
    writeFileSync(config, [
      'alerts:',
      '  channels: [{ name: dead, type: webhook, url: "http://127.0.0.1:9/nobody" }]',
      '  rules: [{ name: slow, metric: first_response_p50_minutes, slice_types: [team], min_severity: high, channels: [dead] }]',
      ''
    ].join('\n'));
    const db = join(dir, 'w.duckdb');
    const test = opscore(['alerts', 'test', '--rule', 'slow', '--db', db, '--config', config]);
    expect(test.code).toBe(1);
    expect(test.stderr).toMatch(/^dead: failed to receiver: channel "dead": network error/);
    const log = opscore(['alerts', 'log', '--db', db, '--config', config, '--format', 'json']);
    expect(log.code).toBe(0);
    expect(JSON.parse(log.stdout)).toMatchObject([{ rule: 'slow', channel: 'dead', kind: 'test', attempt: 1, status: 'gave_up' }]);
    const bad = opscore(['alerts', 'log', '--db', db, '--config', config, '--status', 'lost']);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim()).toBe('opscore: --status: must be one of sent, failed, gave_up (got "lost")');
    const run = opscore(['alerts', 'run', '--db', db, '--config', config]);
    // nothing loaded, nothing built: it says so and exits 1 (after a build, `alerts run` evaluates)
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/alerts: models not built, no evaluation/);
    expect(run.stdout.trim()).toBe('alerts: 0 opened, 0 resolved, 0 sent, 1 error');
  });
});
