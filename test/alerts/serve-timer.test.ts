import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { startServer, type RunningServer } from '../../src/cli/commands/serve.js';
import { sendNotice } from '../../src/lib/server/alerts/channels/index.js';
import { runAlerts } from '../../src/lib/server/alerts/run.js';
import { days, runAnomalyLayer, weekdayOf, type DayValue } from '../anomalies/fixture.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import { startReceiver, type Receiver } from './receiver.js';

let running: RunningServer | undefined;
let receiver: Receiver | undefined;
let cleanup: (() => void) | undefined;
afterAll(async () => {
  await running?.close();
  await receiver?.close();
  cleanup?.();
});

describe('opscore serve sends what has come due on its timer', () => {
  it('delivers a notice held by quiet hours once they are over, without a load', async () => {
    receiver = await startReceiver();
    const overrides = {
      alerts: {
        flush_interval_seconds: 0.2, language: 'en',
        retry: { attempts: 2, first_delay_seconds: 0.05, max_delay_seconds: 0.05, timeout_seconds: 2 },
        channels: [{ name: 'hook', type: 'webhook', url: receiver.url }],
        rules: [{ name: 'night', metric: 'tickets', slice_types: ['channel'], min_severity: 'low', channels: ['hook'], quiet_hours: { from: '22:00', to: '08:00' } }]
      }
    };
    const made = await tempWarehouse(overrides);
    cleanup = made.cleanup;
    const calendar = days('2025-01-06', 66);
    const rows: DayValue[] = calendar.map((day, i) => ({
      metric: 'ticket_volume', slice_type: 'channel', slice: 'phone', day, n: 100,
      value: day === '2025-03-12' ? 320 : Math.round((weekdayOf(day) >= 5 ? 20 : 100) * (1 + Math.sin(i * 1.7) * 0.04 + Math.cos(i * 0.9) * 0.03))
    }));
    await runAnomalyLayer(made.warehouse, rows, '2025-03-12');
    // announced at 23:30 Shanghai time, inside the quiet hours: held until 08:00 the next morning (long past by now)
    expect(await runAlerts(made.warehouse, { send: sendNotice, now: () => new Date('2025-03-12T23:30:00+08:00') })).toMatchObject({ opened: 1, sent: 0 });
    expect(receiver.received).toHaveLength(0);

    const config = join(made.dir, 'opscore.config.yaml');
    writeFileSync(config, JSON.stringify(overrides)); // JSON is YAML
    const quiet = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      running = await startServer({ db: made.warehouse.path, config, port: '0', apiOnly: true });
    } finally {
      quiet.mockRestore();
    }
    const end = Date.now() + 30_000;
    while (receiver.received.length === 0 && Date.now() < end) await new Promise((done) => setTimeout(done, 50));
    expect(receiver.received.map((r) => [r.notice.kind, r.notice.incidents[0]!.slice])).toEqual([['opened', 'phone']]);
  }, 60_000);
});
