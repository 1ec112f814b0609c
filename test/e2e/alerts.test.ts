import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/lib/config/load.js';
import { openWarehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { tempDir } from '../helpers/warehouse.js';
import { loadFixture } from './fixture-warehouse.js';
import { describeWithBuild, launchChromium, repoRoot, startApp, type RunningApp } from './server.js';

const PASSWORD = 'a long password';

// The configuration the served app reads: one webhook channel, one configured rule.
const CONFIG = `
alerts:
  channels:
    - { name: hook, type: webhook, url: "http://127.0.0.1:9/hook" }
  rules:
    - { name: slow-replies, metric: first_response_p50_minutes, slice_types: [team], min_severity: medium, channels: [hook] }
`;

/**
 * The alert sections of the Anomalies page in the built app, with accounts: an admin adds a rule through the form
 * (a bad quiet hour first, answered beside its field by the API's 400) and sees it listed; a monitor reads the same
 * rules and the log with no control to change them; an analyst (no alerts.read) gets neither section.
 */
describeWithBuild('alerts')('alert rules and log on the Anomalies page', () => {
  let app: RunningApp | undefined;
  let browser: Browser;
  let cleanup: () => void;

  beforeAll(async () => {
    let dir: string;
    ({ dir, cleanup } = tempDir('opscore-e2e-alerts-'));
    const db = join(dir, 'fixture.duckdb');
    const configPath = join(dir, 'opscore.config.yaml');
    writeFileSync(configPath, CONFIG);
    const warehouse = await openWarehouse(db, loadConfig(configPath));
    await loadFixture(warehouse);
    await warehouse.run(`INSERT INTO alert_notices (notice_id, rule, kind, metric, slice_type, slice, start_day, severity)
      VALUES (1, 'slow-replies', 'opened', 'first_response_p50_minutes', 'team', 'North', DATE '2025-06-10', 'high')`);
    await warehouse.run(`INSERT INTO alert_log (notice_id, rule, channel, recipient, attempt, "at", status, reason) VALUES
      (1, 'slow-replies', 'hook', 'ops@example.com', 1, TIMESTAMPTZ '2025-06-10 09:00:00+08', 'failed', 'HTTP 502 Bad Gateway'),
      (1, 'slow-replies', 'hook', 'ops@example.com', 2, TIMESTAMPTZ '2025-06-10 09:00:02+08', 'sent', NULL)`);
    warehouse.close();
    warehouse.instance.closeSync();
    for (const args of [['root', '--role', 'admin'], ['watch', '--role', 'monitor'], ['ana', '--role', 'analyst']]) {
      const run = spawnSync(process.execPath, [join(repoRoot, 'bin', 'opscore.js'), 'user', 'add', '--db', db, '--password-stdin', '--username', ...args], { input: `${PASSWORD}\n`, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
    }
    app = await startApp(db, { OPSCORE_CONFIG: configPath });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    cleanup?.();
  });

  async function signIn(username: string): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    // straight to the Anomalies page after signing in: one page to render, not the overview first (slow on a busy machine)
    await page.goto(`${app!.url}/signin?next=${encodeURIComponent('/anomalies')}`);
    await page.fill('[data-testid=signin-username]', username);
    await page.fill('[data-testid=signin-password]', PASSWORD);
    await page.click('[data-testid=signin-submit]');
    await page.waitForURL((url) => url.pathname === '/anomalies', { waitUntil: 'domcontentloaded', timeout: 50_000 });
    return page;
  }

  it('lets an admin add a rule: a bad quiet hour is named beside its field, then the rule is listed as edited in the app', async () => {
    const page = await signIn('root');
    await page.click('[data-testid=rule-add]');
    await page.fill('[data-testid=rule-name]', 'csat-watch');
    await page.selectOption('[data-testid=rule-metric]', 'csat_pct');
    await page.selectOption('[data-testid=rule-severity]', 'high');
    await page.fill('[data-testid=rule-quiet-from]', '25:00');
    await page.fill('[data-testid=rule-quiet-to]', '08:00');
    await page.click('[data-testid=rule-save]');
    expect(await page.locator('[data-testid=rule-error-quiet_hours]').innerText()).toBe('must be a local time HH:MM');
    expect(await page.locator('[data-testid=alert-rule-csat-watch]').count()).toBe(0);

    await page.fill('[data-testid=rule-quiet-from]', '22:00');
    await page.click('[data-testid=rule-save]');
    const row = page.locator('[data-testid=alert-rule-csat-watch]');
    await row.waitFor();
    const cells = await row.locator('td').allInnerTexts();
    expect(cells.slice(0, 9)).toEqual(['csat-watch', 'CSAT', 'Team', 'High', 'hook', '22:00–08:00', 'No', 'Edited in app', 'On']);
    expect(await page.locator('[data-testid=alert-rule-form]').count()).toBe(0);
    // the page's request went to the API as the admin, who the rule now names
    const rules = (await (await page.request.get(`${app!.url}/api/alerts/rules`)).json()) as { rules: { name: string; source: string; quiet_hours: unknown }[] };
    expect(rules.rules.map((r) => [r.name, r.source])).toEqual([['slow-replies', 'config'], ['csat-watch', 'app']]);
    expect(rules.rules[1]!.quiet_hours).toEqual({ from: '22:00', to: '08:00' });

    // switching the configured rule off keeps it listed, off
    await page.click('[data-testid=rule-off-slow-replies]');
    await page.locator('[data-testid=rule-on-slow-replies]').waitFor();
    expect((await page.locator('[data-testid=alert-rule-slow-replies] td').allInnerTexts())[8]).toBe('Off');
  });

  it('shows the monitor the rules and the log, with no control to change a rule', async () => {
    const page = await signIn('watch');
    await page.locator('[data-testid=alert-rules-table]').waitFor();
    expect(await page.locator('[data-testid=alert-rule-csat-watch]').count()).toBe(1);
    expect(await page.locator('[data-testid=rule-add]').count()).toBe(0);
    expect(await page.locator('[data-testid^=rule-edit-], [data-testid^=rule-off-], [data-testid^=rule-on-], [data-testid^=rule-delete-]').count()).toBe(0);
    expect(await page.locator('[data-testid=alert-rules]').innerText()).toContain('Only an admin can change the rules.');
    const log = page.locator('[data-testid=alert-log-table] tbody tr');
    expect(await log.count()).toBe(2);
    expect(await log.nth(0).locator('td').allInnerTexts()).toEqual(['2025-06-10 09:00:02', 'slow-replies', 'First response p50 · North · 2025-06-10', 'Opened', 'hook', 'ops@example.com', '2', 'Sent', '']);

    await page.selectOption('[data-testid=alert-log-status]', 'failed');
    await page.waitForURL(/alert_status=failed/);
    await expect.poll(() => log.count()).toBe(1);
    expect(await log.nth(0).locator('td').allInnerTexts()).toContain('HTTP 502 Bad Gateway');
  });

  it('shows an analyst neither section (alerts.read is not theirs), the incidents still there', async () => {
    const page = await signIn('ana');
    await page.locator('[data-testid=incidents]').waitFor();
    expect(await page.locator('[data-testid=alert-rules], [data-testid=alert-log]').count()).toBe(0);
  });
});
