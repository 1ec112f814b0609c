import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ANOMALY_METRICS } from '../../src/lib/catalog/metrics.js';
import { INDICATORS } from '../../src/lib/config/indicators.js';
import { createApiApp } from '../../src/lib/server/api/app.js';
import { DATASETS } from '../../src/lib/server/ingest/contracts.js';
import { scorecardsParams } from '../../src/lib/server/params/appraisal.js';
import { rejectsParams } from '../../src/lib/server/params/data.js';
import { parseParams } from '../../src/lib/server/params/parse.js';
import { main } from '../../src/cli/main.js';
import { fixtureApi } from '../api/fixture.js';

// One schema per query's parameters (src/lib/server/params/): the API validates its query string with it and the CLI
// its flags, so the same bad value is refused with the same one line naming the parameter, before any warehouse is
// opened (the API's context provider and the CLI's --db below would fail if they were reached).
const app = createApiApp(async () => {
  throw new Error('the warehouse was reached: the parameters were not validated first');
});
const nowhere = ['--db', '/nonexistent/dir/opscore.duckdb', '--config', '/nonexistent/dir/opscore.config.yaml'];

async function apiMessage(path: string, payload?: object): Promise<{ status: number; message: string; param: string | null }> {
  const response = await app.request(path, payload === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
  const body = (await response.json()) as { error: { message: string; param: string | null } };
  return { status: response.status, message: body.error.message, param: body.error.param };
}

/** Run `opscore ...` in this process: what it printed on stderr (console.error) and its exit code. */
async function cliMessage(args: string[]): Promise<{ code: number | undefined; lines: string[] }> {
  const lines: string[] = [];
  const spy = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void lines.push(parts.map(String).join(' ')));
  try {
    await main(['node', 'opscore', ...args, ...nowhere]);
    return { code: process.exitCode as number | undefined, lines };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => {
  process.exitCode = undefined;
});

const cases: { query: string; path: string; body?: object; cli: string[]; message: string; param: string }[] = [
  { query: 'scorecards', path: '/api/scorecards?month=2025-13', cli: ['scorecards', '--month', '2025-13'], param: 'month', message: 'month: must be a month YYYY-MM (year between 1900 and 2199)' },
  { query: 'scorecards', path: `/api/scorecards?month=2025-06&team=${'x'.repeat(101)}`, cli: ['scorecards', '--month', '2025-06', '--team', 'x'.repeat(101)], param: 'team', message: 'team: must be at most 100 characters' },
  { query: 'annual', path: '/api/annual?year=25', cli: ['annual', '--year', '25'], param: 'year', message: 'year: must be a year YYYY (year between 1900 and 2199)' },
  { query: 'explain', path: '/api/explain?employee=E1&month=2025-06&indicator=charm', cli: ['explain', '--employee', 'E1', '--month', '2025-06', '--indicator', 'charm'], param: 'indicator', message: `indicator: must be one of ${INDICATORS.join(', ')}` },
  { query: 'anomalies', path: '/api/anomalies?metric=nope', cli: ['anomalies', '--metric', 'nope'], param: 'metric', message: `metric: must be one of ${ANOMALY_METRICS.join(', ')}` },
  { query: 'anomaly incidents', path: '/api/anomalies/incidents?slice_type=region', cli: ['anomalies', '--incidents', '--slice', 'region'], param: 'slice_type', message: 'slice_type: must be one of company, team, channel' },
  { query: 'anomalies', path: '/api/anomalies?min_severity=huge', cli: ['anomalies', '--min-severity', 'huge'], param: 'min_severity', message: 'min_severity: must be one of low, medium, high' },
  { query: 'anomalies', path: '/api/anomalies?from=2025-02-30', cli: ['anomalies', '--from', '2025-02-30'], param: 'from', message: 'from: is not a day of the calendar' },
  { query: 'months', path: '/api/appraisal/months?year=2025x', cli: ['months', '--year', '2025x'], param: 'year', message: 'year: must be a year YYYY (year between 1900 and 2199)' },
  { query: 'disputes', path: '/api/disputes?status=closed', cli: ['disputes', '--status', 'closed'], param: 'status', message: 'status: must be one of open, resolved_adjusted, resolved_upheld' },
  { query: 'rejects', path: '/api/rejects?limit=0', cli: ['rejects', '--limit', '0'], param: 'limit', message: 'limit: must be at least 1' },
  { query: 'rejects', path: '/api/rejects?dataset=invoices', cli: ['rejects', '--dataset', 'invoices'], param: 'dataset', message: `dataset: must be one of ${DATASETS.join(', ')}` },
  { query: 'completion', path: '/api/ratings/completion?month=2025-06&by=department', cli: ['completion', '--month', '2025-06', '--by', 'department'], param: 'by', message: 'by: must be one of ratee, team, company, supervisor, missing' },
  { query: 'calibration', path: '/api/calibration?month=2025-06&by=region', cli: ['calibration', '--month', '2025-06', '--by', 'region'], param: 'by', message: 'by: must be one of all, company, team, manager' },
  { query: 'leniency', path: '/api/calibration/leniency?month=2025-6', cli: ['calibration', '--leniency', '--month', '2025-6'], param: 'month', message: 'month: must be a month YYYY-MM (year between 1900 and 2199)' },
  { query: 'audit', path: '/api/audit?since=2025-13-01', cli: ['audit', '--since', '2025-13-01'], param: 'since', message: 'since: must be a date YYYY-MM-DD (year between 1900 and 2199)' },
  { query: 'rating window', path: '/api/ratings/window?month=June', cli: ['rating-window', '--month', 'June'], param: 'month', message: 'month: must be a month YYYY-MM (year between 1900 and 2199)' },
  { query: 'metrics', path: '/api/metrics?metric=sales_amount&grain=year', cli: ['metrics', '--metric', 'sales_amount', '--grain', 'year'], param: 'grain', message: 'grain: must be one of day, week, month' },
  { query: 'metrics', path: '/api/metrics?metric=sales_amount&role=intern', cli: ['metrics', '--metric', 'sales_amount', '--role', 'intern'], param: 'role', message: 'role: must be one of operations_manager, operations_specialist, customer_service, sales' },
  { query: 'trends', path: '/api/trends?to=2025-6', cli: ['trends', '--to', '2025-6'], param: 'to', message: 'to: must be a date YYYY-MM-DD or a month YYYY-MM (year between 1900 and 2199)' },
  // writes: the path and body schemas of the API are the CLI twin's too
  { query: 'move rating window', path: '/api/appraisal/months/2025-06/rating-window', body: { closes_on: '2025-07-32', reason: 'late' }, cli: ['rating-window', '--month', '2025-06', '--closes-on', '2025-07-32', '--reason', 'late'], param: 'closes_on', message: 'closes_on: must be a date YYYY-MM-DD (year between 1900 and 2199)' },
  { query: 'publish', path: '/api/appraisal/months/2025-13/publish', body: { reason: 'closing' }, cli: ['publish', '--month', '2025-13', '--reason', 'closing'], param: 'month', message: 'month: must be a month YYYY-MM (year between 1900 and 2199)' },
  { query: 'reopen', path: '/api/appraisal/years/2025/reopen', body: { reason: '' }, cli: ['reopen', '--year', '2025', '--reason', ''], param: 'reason', message: 'reason: required' },
  { query: 'dispute', path: '/api/scorecards/E1/2025-06/disputes', body: { comment: '' }, cli: ['dispute', '--employee', 'E1', '--month', '2025-06', '--comment', ''], param: 'comment', message: 'comment: required' }
];

describe('one parameter schema per query, shared by the CLI and the API', () => {
  for (const c of cases) {
    it(`${c.query}: ${c.param} refused with "${c.message.slice(0, 60)}" by ${c.body ? 'POST' : 'GET'} ${c.path.split('?')[0]} and opscore ${c.cli[0]}`, async () => {
      const api = await apiMessage(c.path, c.body);
      expect(api).toEqual({ status: 400, message: c.message, param: c.param });
      const cli = await cliMessage(c.cli);
      expect(cli).toEqual({ code: 1, lines: [`opscore: ${c.message}`] });
    });
  }

  it('maps flags as the query string is read: blank text means no filter, whole numbers become numbers, absent stays absent', () => {
    expect(parseParams(scorecardsParams, { month: '2025-06', team: '', employee: undefined, view: 'live' })).toEqual({ month: '2025-06', view: 'live' });
    expect(parseParams(rejectsParams, { limit: '25', file: 'sales.csv' })).toEqual({ limit: 25, file: 'sales.csv' });
  });
});

describe('the CLI twins of /api/metrics and /api/trends answer what the API answers', () => {
  let fixture: Awaited<ReturnType<typeof fixtureApi>>;
  let cli: string[];
  beforeAll(async () => {
    fixture = await fixtureApi();
    const config = join(fixture.dir, 'opscore.config.yaml');
    writeFileSync(config, '{}\n');
    // the same file: in one process the CLI is handed the warehouse the fixture opened
    cli = ['--db', join(fixture.dir, 'test.duckdb'), '--config', config, '--format', 'json'];
  });
  afterAll(() => fixture.cleanup());

  async function cliJson(args: string[]): Promise<unknown> {
    let out = '';
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
    try {
      await main(['node', 'opscore', ...args, ...cli]);
    } finally {
      spy.mockRestore();
    }
    expect(process.exitCode).toBeUndefined();
    return JSON.parse(out);
  }

  it('opscore metrics: sales by month for the company, June 1150 (600 + 300 + 250, the cancelled 100 out)', async () => {
    const rows = (await cliJson(['metrics', '--metric', 'sales_amount', '--grain', 'month'])) as { period: string; value: number }[];
    const api = await (await fixture.app.request('/api/metrics?metric=sales_amount&grain=month')).json();
    expect(rows).toEqual(api);
    expect(rows.find((r) => r.period.startsWith('2025-06'))?.value).toBe(1150);
  });

  it('opscore trends: the same rows as GET /api/trends under a team filter', async () => {
    const rows = await cliJson(['trends', '--team', '华东一组']);
    const api = await (await fixture.app.request(`/api/trends?team=${encodeURIComponent('华东一组')}`)).json();
    expect(Array.isArray(rows) && rows.length > 0).toBe(true);
    expect(rows).toEqual(api);
  });
});
