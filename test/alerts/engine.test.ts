import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backoffMs } from '../../src/lib/server/alerts/deliver.js';
import { routeSlice, superiors } from '../../src/lib/server/alerts/route.js';
import { runAlerts } from '../../src/lib/server/alerts/run.js';
import { ingestFiles } from '../../src/lib/server/ingest/index.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { days, runAnomalyLayer, weekdayOf, type DayValue } from '../anomalies/fixture.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import { sendNotice } from '../../src/lib/server/alerts/channels/index.js';
import { startReceiver, type Receiver } from './receiver.js';

// A weekly ticket volume (weekdays about 100, weekends about 20) from Monday 2025-01-06 to Wednesday 2025-03-12.
const wiggle = (i: number) => Math.sin(i * 1.7) * 0.04 + Math.cos(i * 0.9) * 0.03;
const level = (day: string, i: number) => Math.round((weekdayOf(day) >= 5 ? 20 : 100) * (1 + wiggle(i)));
function volume(sliceType: string, slice: string, calendar: string[], spikes: string[]): DayValue[] {
  return calendar.map((day, i) => ({ metric: 'ticket_volume', slice_type: sliceType, slice, day, value: spikes.includes(day) ? 320 : level(day, i), n: 100 }));
}
const FIRST = '2025-01-06';
const LAST = '2025-03-12';
const span = (count: number) => days(FIRST, count);
const upToLast = span(66);
const at = (local: string) => new Date(`${local}+08:00`); // Asia/Shanghai, the default business time zone

// The company: a director above two teams; Support includes its own lead; Ops's lead sits in Management; the Top
// team has nobody above it; E4's manager has left.
const EMPLOYEES = `employee_id,name,team,role,manager_id,customer_facing,hired_on,left_on
D1,Director Du,Management,operations_manager,,false,2020-01-01,
L3,Lead Liu,Management,operations_manager,D1,false,2020-01-01,
M1,Lead Ma,Support,operations_manager,D1,false,2020-01-01,
E1,AgentEe,Support,customer_service,M1,true,2021-01-01,
E2,Agent Er,Support,customer_service,M1,true,2021-01-01,
O1,Ops One,Ops,operations_specialist,L3,false,2021-01-01,
O2,Ops Two,Ops,operations_specialist,L3,false,2021-01-01,
T1,Top One,Top,operations_manager,,false,2020-01-01,
T2,Top Two,Top,operations_specialist,T1,false,2020-01-01,
T3,Top Three,Top,operations_specialist,T1,false,2020-01-01,
X1,Gone Boss,Management,operations_manager,D1,false,2020-01-01,2024-12-31
E4,Agent Four,Support,customer_service,X1,true,2021-01-01,
`;

async function loadEmployees(warehouse: Warehouse, dir: string): Promise<void> {
  const file = join(dir, 'employees.csv');
  writeFileSync(file, EMPLOYEES);
  const [result] = await ingestFiles(warehouse, [file]);
  expect(result).toMatchObject({ status: 'loaded', rowsLoaded: 12 });
}

const retry = { attempts: 4, first_delay_seconds: 0.05, max_delay_seconds: 0.08, timeout_seconds: 2 };
const contacts = { D1: { name: 'Du', email: 'du@example.com' }, L3: { email: 'liu@example.com' }, M1: { email: 'ma@example.com' } };

describe('an incident notifies once when it opens and once when it ends, retried with backoff', () => {
  let warehouse: Warehouse;
  let cleanup: () => void;
  let receiver: Receiver;
  const sleeps: number[] = [];
  const sleep = (ms: number) => { sleeps.push(ms); return new Promise<void>((done) => setTimeout(done, ms)); };

  beforeAll(async () => {
    receiver = await startReceiver();
    let dir: string;
    ({ warehouse, cleanup, dir } = await tempWarehouse({
      alerts: {
        retry, contacts, language: 'en', dashboard_url: 'http://dash.example',
        channels: [{ name: 'hook', type: 'webhook', url: receiver.url }],
        rules: [{ name: 'volume', metric: 'tickets', slice_types: ['team'], min_severity: 'medium', channels: ['hook'], fallback: 'ops@example.com' }]
      }
    }));
    await loadEmployees(warehouse, dir);
  });
  afterAll(async () => { cleanup?.(); await receiver?.close(); });

  it('computes the backoff from the configuration: 50 ms, then doubled to 100 capped at 80', () => {
    expect([2, 3, 4].map((attempt) => backoffMs(retry, attempt))).toEqual([50, 80, 80]);
  });

  it('announces the incident running on the last day (not the one ended a month ago), to the team\'s superior, after two failed attempts', async () => {
    // Support spikes on the last day; Ops spiked on 2025-02-12, long before the notify_within_days horizon (3 days)
    await runAnomalyLayer(warehouse, [...volume('team', 'Support', upToLast, [LAST]), ...volume('team', 'Ops', upToLast, ['2025-02-12'])], LAST);
    const incidents = await warehouse.query<{ slice: string; start_day: string; peak_severity: string }>(
      `SELECT slice, start_day::VARCHAR AS start_day, peak_severity FROM anomaly_incidents ORDER BY slice`);
    expect(incidents.map((i) => [i.slice, i.start_day])).toEqual([['Ops', '2025-02-12'], ['Support', LAST]]);
    receiver.failNext = 2;
    const summary = await runAlerts(warehouse, { send: sendNotice, now: () => at('2025-03-13T10:00:00'), sleep });
    expect(summary).toEqual({ opened: 1, resolved: 0, digests: 0, sent: 1, gave_up: 0, errors: [] });
    expect(receiver.statuses).toEqual([503, 503, 200]);
    expect(sleeps).toEqual([50, 80]);
    const log = await warehouse.query<{ attempt: number; status: string; reason: string | null; recipient: string }>(
      'SELECT attempt, status, reason, recipient FROM alert_log ORDER BY log_id');
    expect(log).toEqual([
      { attempt: 1, status: 'failed', reason: 'channel "hook": HTTP 503: busy, try later', recipient: 'D1' },
      { attempt: 2, status: 'failed', reason: 'channel "hook": HTTP 503: busy, try later', recipient: 'D1' },
      { attempt: 3, status: 'sent', reason: null, recipient: 'D1' }
    ]);
    const [got] = receiver.received;
    expect(got!.recipient).toMatchObject({ employee_id: 'D1', email: 'du@example.com' });
    expect(got!.notice).toMatchObject({ kind: 'opened', rule: 'volume', language: 'en', link: `http://dash.example/anomalies?s_metric=ticket_volume&slice_type=team&slice=Support&day=${LAST}` });
    expect(got!.notice.title).toBe('[high] Anomaly: Ticket volume spike · team Support');
    expect(got!.notice.text.split('\n').slice(2, 6)).toEqual(['Ticket volume spike · team Support', 'Days: 2025-03-12 (1 day)', 'Severity: high', expect.stringMatching(/^Peak 2025-03-12: 320 \(expected \d+\)$/)]);
    expect(got!.notice.text).toContain('Rule: volume · For: Du');
    expect(got!.notice.incidents).toMatchObject([{ slice: 'Support', start_day: LAST, end_day: LAST, days: 1, severity: 'high', direction: 'up', value: 320, unit: 'count' }]);
  });

  it('sends nothing more on a second run over the same data', async () => {
    const summary = await runAlerts(warehouse, { send: sendNotice, now: () => at('2025-03-13T11:00:00'), sleep });
    expect(summary).toMatchObject({ opened: 0, resolved: 0, sent: 0 });
    expect(receiver.received).toHaveLength(1);
  });

  it('sends one resolved notice after a load of quiet days, and nothing after that', async () => {
    const quiet = span(69); // to Saturday 2025-03-15, ordinary days after the spike
    await runAnomalyLayer(warehouse, [...volume('team', 'Support', quiet, [LAST]), ...volume('team', 'Ops', quiet, ['2025-02-12'])], quiet.at(-1)!);
    const first = await runAlerts(warehouse, { send: sendNotice, now: () => at('2025-03-16T09:00:00'), sleep });
    expect(first).toMatchObject({ opened: 0, resolved: 1, sent: 1 });
    expect(receiver.received.map((r) => [r.notice.kind, r.recipient?.employee_id])).toEqual([['opened', 'D1'], ['resolved', 'D1']]);
    expect(receiver.received[1]!.notice.title).toBe('Resolved: Ticket volume spike · team Support');
    const again = await runAlerts(warehouse, { send: sendNotice, now: () => at('2025-03-16T10:00:00'), sleep });
    expect(again).toMatchObject({ opened: 0, resolved: 0, sent: 0 });
    const notices = await warehouse.query<{ kind: string; slice: string; recipient_employee_id: string }>('SELECT kind, slice, recipient_employee_id FROM alert_notices ORDER BY notice_id');
    expect(notices).toEqual([{ kind: 'opened', slice: 'Support', recipient_employee_id: 'D1' }, { kind: 'resolved', slice: 'Support', recipient_employee_id: 'D1' }]);
  });

  it('routes an employee to their manager, a team to the person above it, and the rest to the rule\'s fallback', async () => {
    const bySlice = await superiors(warehouse, '2025-03-13');
    const route = (sliceType: string, slice: string) => routeSlice(warehouse.config, bySlice, sliceType, slice);
    expect(route('employee', 'E1')).toEqual({ superior_id: 'M1', superior_name: 'Lead Ma', recipient_employee_id: 'M1', route: 'superior' });
    expect(route('employee', 'M1')).toMatchObject({ superior_id: 'D1', recipient_employee_id: 'D1' });
    // Support's managers: M1 (inside the team, 2 reports) and D1 (outside, 1 report): the one outside
    expect(route('team', 'Support')).toMatchObject({ superior_id: 'D1', recipient_employee_id: 'D1', route: 'superior' });
    // Ops's lead sits in Management
    expect(route('team', 'Ops')).toMatchObject({ superior_id: 'L3', recipient_employee_id: 'L3' });
    // nobody above Top: its most common manager, T1, who has no contact
    expect(route('team', 'Top')).toEqual({ superior_id: 'T1', superior_name: 'Top One', recipient_employee_id: null, route: 'no_contact' });
    // E4's manager left: no superior
    expect(route('employee', 'E4')).toMatchObject({ superior_id: null, recipient_employee_id: null, route: 'no_superior' });
    expect(route('channel', 'phone')).toMatchObject({ superior_id: null, recipient_employee_id: null, route: 'no_superior' });
    expect(route('company', 'company')).toMatchObject({ recipient_employee_id: null, route: 'no_superior' });
  });
});

describe("an employee's own series, watched when anomalies.slice_types includes employee", () => {
  let warehouse: Warehouse;
  let cleanup: () => void;
  let receiver: Receiver;

  beforeAll(async () => {
    receiver = await startReceiver();
    let dir: string;
    ({ warehouse, cleanup, dir } = await tempWarehouse({
      anomalies: { slice_types: ['team', 'employee'] },
      alerts: {
        retry, contacts, language: 'en',
        channels: [{ name: 'hook', type: 'webhook', url: receiver.url }],
        rules: [{ name: 'agents', metric: 'tickets', slice_types: ['employee'], min_severity: 'medium', channels: ['hook'], fallback: 'ops@example.com' }]
      }
    }));
    await loadEmployees(warehouse, dir);
  });
  afterAll(async () => { cleanup?.(); await receiver?.close(); });

  it("judges E1's series (not the channel's, left out of the slice types) and sends E1's spike to E1's manager, Lead Ma", async () => {
    await runAnomalyLayer(warehouse, [...volume('employee', 'E1', upToLast, [LAST]), ...volume('channel', 'phone', upToLast, [LAST])], LAST);
    const watched = await warehouse.query<{ slice_type: string; slice: string }>('SELECT DISTINCT slice_type, slice FROM anomaly_daily_series ORDER BY ALL');
    expect(watched).toEqual([{ slice_type: 'employee', slice: 'E1' }]);
    const summary = await runAlerts(warehouse, { send: sendNotice, now: () => at('2025-03-13T10:00:00'), sleep: async () => undefined });
    expect(summary).toMatchObject({ opened: 1, sent: 1, gave_up: 0 });
    expect(receiver.received.map((r) => [r.notice.kind, r.notice.incidents[0]!.slice_type, r.notice.incidents[0]!.slice, r.recipient?.employee_id, r.recipient?.email]))
      .toEqual([['opened', 'employee', 'E1', 'M1', 'ma@example.com']]);
  });
});

describe('quiet hours hold a notice until they end; a digest gathers the day\'s incidents into one message', () => {
  let warehouse: Warehouse;
  let cleanup: () => void;
  let night: Receiver;
  let daily: Receiver;
  const run = (local: string) => runAlerts(warehouse, { send: sendNotice, now: () => at(local), sleep: async () => undefined });

  beforeAll(async () => {
    night = await startReceiver();
    daily = await startReceiver();
    ({ warehouse, cleanup } = await tempWarehouse({
      alerts: {
        retry, language: 'zh', digest_time: '18:00',
        channels: [{ name: 'night', type: 'webhook', url: night.url }, { name: 'daily', type: 'webhook', url: daily.url }],
        rules: [
          { name: 'night', metric: 'tickets', slice_types: ['channel'], min_severity: 'low', channels: ['night'], fallback: 'ops@example.com', quiet_hours: { from: '22:00', to: '08:00' } },
          { name: 'daily', metric: 'tickets', slice_types: ['channel'], min_severity: 'low', channels: ['daily'], fallback: 'ops@example.com', digest: true }
        ]
      }
    }));
    await runAnomalyLayer(warehouse, [...volume('channel', 'phone', upToLast, [LAST]), ...volume('channel', 'chat', upToLast, [LAST])], LAST);
  });
  afterAll(async () => { cleanup?.(); await night?.close(); await daily?.close(); });

  it('holds notices created at 23:30 inside quiet hours 22:00-08:00 until 08:00', async () => {
    expect(await run('2025-03-12T23:30:00')).toMatchObject({ opened: 4, sent: 0 });
    expect(await run('2025-03-13T07:59:00')).toMatchObject({ opened: 0, sent: 0 });
    expect(night.received).toHaveLength(0);
    expect(await run('2025-03-13T08:00:00')).toMatchObject({ sent: 2 });
    expect(night.received.map((r) => r.notice.incidents[0]!.slice).sort()).toEqual(['chat', 'phone']);
    expect(night.received[0]!.notice.title).toMatch(/^【高】异常：工单量 激增 · 渠道 (chat|phone)$/);
  });

  it('sends the digest rule\'s two incidents as one message at 18:00, not before', async () => {
    expect(await run('2025-03-13T17:59:00')).toMatchObject({ digests: 0, sent: 0 });
    expect(daily.received).toHaveLength(0);
    expect(await run('2025-03-13T18:00:00')).toMatchObject({ digests: 1, sent: 1 });
    expect(daily.received).toHaveLength(1);
    const digest = daily.received[0]!.notice;
    expect(digest.kind).toBe('digest');
    expect(digest.title).toBe('异常汇总：新增 2 起');
    expect(digest.incidents.map((i) => i.slice).sort()).toEqual(['chat', 'phone']);
    expect(await run('2025-03-13T18:01:00')).toMatchObject({ digests: 0, sent: 0 });
  });
});

describe('reloads that move or remove an announced incident', () => {
  let warehouse: Warehouse;
  let cleanup: () => void;
  let receiver: Receiver;
  const run = (local: string) => runAlerts(warehouse, { send: sendNotice, now: () => at(local), sleep: async () => undefined });
  const kinds = () => receiver.received.map((r) => [r.notice.kind, r.notice.incidents[0]!.slice, r.notice.incidents[0]!.start_day, r.notice.incidents[0]!.end_day]);

  beforeAll(async () => {
    receiver = await startReceiver();
    ({ warehouse, cleanup } = await tempWarehouse({
      alerts: {
        retry, language: 'en',
        channels: [{ name: 'hook', type: 'webhook', url: receiver.url }],
        rules: [{ name: 'volume', metric: 'tickets', slice_types: ['channel'], min_severity: 'low', channels: ['hook'] }]
      }
    }));
  });
  afterAll(async () => { cleanup?.(); await receiver?.close(); });

  it('does not announce again an incident whose start moved earlier, and resolves one that corrected data removed', async () => {
    // phone spikes on the last day; chat too
    await runAnomalyLayer(warehouse, [...volume('channel', 'phone', upToLast, [LAST]), ...volume('channel', 'chat', upToLast, [LAST])], LAST);
    expect(await run('2025-03-13T10:00:00')).toMatchObject({ opened: 2, sent: 2 });
    // a reload: phone's spike began a day earlier (the incident now starts 03-11 and still holds 03-12); chat's last
    // day was a double-loaded file, corrected to an ordinary day (its incident is gone)
    await runAnomalyLayer(warehouse, [...volume('channel', 'phone', upToLast, ['2025-03-11', LAST]), ...volume('channel', 'chat', upToLast, [])], LAST);
    const phone = await warehouse.query<{ start_day: string; end_day: string }>(`SELECT start_day::VARCHAR AS start_day, end_day::VARCHAR AS end_day FROM anomaly_incidents WHERE slice = 'phone' AND end_day >= DATE '2025-03-01'`);
    expect(phone).toEqual([{ start_day: '2025-03-11', end_day: LAST }]);
    expect(await run('2025-03-13T11:00:00')).toMatchObject({ opened: 0, resolved: 1, sent: 1 });
    expect(kinds().sort()).toEqual([
      ['opened', 'chat', LAST, LAST],
      ['opened', 'phone', LAST, LAST],
      ['resolved', 'chat', LAST, LAST]
    ]);
    expect(await run('2025-03-13T12:00:00')).toMatchObject({ opened: 0, resolved: 0, sent: 0 });
  });
});
