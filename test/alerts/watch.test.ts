import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAlerts } from '../../src/lib/server/alerts/run.js';
import type { FileIngestResult } from '../../src/lib/server/ingest/index.js';
import { watchFolder, type FolderWatcher } from '../../src/lib/server/watch/folder-watch.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { days } from '../anomalies/fixture.js';
import { EMPLOYEES, tickets, usual } from './company.js';
import { tempDir, tempWarehouse } from '../helpers/warehouse.js';
import { sendNotice } from '../../src/lib/server/alerts/channels/index.js';
import { startReceiver, type Receiver } from './receiver.js';

/** Wait until `check` holds, looking every 50 ms, at most `ms`. */
async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

describe('opscore watch: a file dropped into the folder is loaded, built and alerted on', () => {
  let warehouse: Warehouse;
  let cleanup: () => void;
  let inbox: { dir: string; cleanup: () => void };
  let receiver: Receiver;
  let watcher: FolderWatcher;
  const files: FileIngestResult[] = [];
  const progress: string[] = [];
  let builds = 0;

  beforeAll(async () => {
    receiver = await startReceiver();
    ({ warehouse, cleanup } = await tempWarehouse({
      alerts: {
        retry: { attempts: 2, first_delay_seconds: 0.05, max_delay_seconds: 0.05, timeout_seconds: 2 },
        contacts: { D1: { email: 'du@example.com' } },
        channels: [{ name: 'hook', type: 'webhook', url: receiver.url }],
        rules: [{ name: 'volume', metric: 'tickets', slice_types: ['team'], min_severity: 'medium', channels: ['hook'], fallback: 'ops@example.com' }]
      }
    }));
    inbox = tempDir('opscore-inbox-');
    // already there at start: the company and ten weeks of ordinary tickets (loaded because of `existing`)
    writeFileSync(join(inbox.dir, 'employees.csv'), EMPLOYEES);
    writeFileSync(join(inbox.dir, 'tickets_history.csv'), tickets(days('2025-01-06', 65), usual));
    watcher = watchFolder(warehouse, inbox.dir, {
      existing: true,
      pollMs: 100,
      onFile: (result) => files.push(result),
      onProgress: (line) => progress.push(line),
      afterBuild: async (built) => {
        await runAlerts(built, { send: sendNotice });
        builds++;
      }
    });
  }, 120_000);
  afterAll(async () => {
    await watcher?.stop();
    cleanup?.();
    inbox?.cleanup();
    await receiver?.close();
  });

  it('loads the files already there with `existing`, one result each, and announces nothing on ordinary days', async () => {
    await until(() => builds === 1, 90_000, 'the first build');
    expect(files.map((f) => [f.file.split('/').pop(), f.status, f.rowsLoaded])).toEqual([
      ['employees.csv', 'loaded', 4],
      ['tickets_history.csv', 'loaded', files[1]!.rowsRead]
    ]);
    expect(receiver.received).toHaveLength(0);
  }, 100_000);

  it('picks up a dropped file with a spike, and the team\'s superior hears of it', async () => {
    const dropped = Date.now();
    // the export job writes under a dot name and renames: the watcher never sees it half-written
    writeFileSync(join(inbox.dir, '.tickets_0312.csv.part'), tickets(['2025-03-12'], () => 100));
    renameSync(join(inbox.dir, '.tickets_0312.csv.part'), join(inbox.dir, 'tickets_0312.csv'));
    await until(() => receiver.received.length === 1, 90_000, 'the alert at the receiver');
    const seconds = (receiver.received[0]!.at - dropped) / 1000;
    console.log(`file dropped → alert received at the local receiver in ${seconds.toFixed(2)} s`);
    expect(files.at(-1)).toMatchObject({ status: 'loaded', rowsLoaded: 100 });
    expect(receiver.received[0]!.notice).toMatchObject({ kind: 'opened', incidents: [{ metric: 'ticket_volume', slice_type: 'team', slice: 'Support', start_day: '2025-03-12' }] });
    expect(receiver.received[0]!.recipient).toMatchObject({ employee_id: 'D1' });
  }, 100_000);

  it('gives a bad file its error line and carries on with the next file', async () => {
    writeFileSync(join(inbox.dir, 'tickets_broken.csv'), 'ticket_id,nonsense\nX,1\n');
    await until(() => files.some((f) => f.file.endsWith('tickets_broken.csv')), 30_000, 'the bad file');
    const bad = files.find((f) => f.file.endsWith('tickets_broken.csv'))!;
    expect(bad.status).toBe('failed');
    expect(bad.error).toMatch(/tickets_broken\.csv/);
    // the next day is ordinary: the incident has ended, one resolved notice
    writeFileSync(join(inbox.dir, 'tickets_0313.csv'), tickets(['2025-03-13'], () => 20));
    await until(() => receiver.received.length === 2, 90_000, 'the resolved notice');
    expect(receiver.received[1]!.notice).toMatchObject({ kind: 'resolved', incidents: [{ slice: 'Support', start_day: '2025-03-12' }] });
  }, 100_000);
});

describe('opscore watch without `existing`', () => {
  it('leaves the files already in the folder alone and loads only what arrives', async () => {
    const { warehouse, cleanup } = await tempWarehouse();
    const inbox = tempDir('opscore-inbox-');
    writeFileSync(join(inbox.dir, 'employees.csv'), EMPLOYEES);
    const files: FileIngestResult[] = [];
    const watcher = watchFolder(warehouse, inbox.dir, { pollMs: 50, onFile: (r) => files.push(r), onProgress: () => undefined, afterBuild: async () => undefined });
    try {
      for (let i = 0; i < 3; i++) await watcher.nextPass();
      expect(files).toEqual([]);
      writeFileSync(join(inbox.dir, 'employees_more.csv'), EMPLOYEES.replace('D1,Director Du', 'D9,Director Nine'));
      await until(() => files.length === 1, 30_000, 'the new file');
      expect(files[0]).toMatchObject({ status: 'loaded', dataset: 'employees' });
    } finally {
      await watcher.stop();
      cleanup();
      inbox.cleanup();
    }
  }, 60_000);
});
