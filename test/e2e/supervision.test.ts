import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { tempDir } from '../helpers/warehouse.js';
import { resolveConfig } from '../../src/lib/config/load.js';
import { openWarehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { loadSupervisionFixture } from '../supervision/fixture.js';
import { describeWithBuild, launchChromium, type RunningApp, startApp } from './server.js';


// The three supervision pages over the hand-computed fixture of test/supervision/fixture.ts (as_of_day 2025-07-01).
describeWithBuild('supervision')('the supervision pages in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let cleanup: () => void;

  beforeAll(async () => {
    let dir: string;
    ({ dir, cleanup } = tempDir('opscore-e2e-sup-'));
    const db = join(dir, 'supervision.duckdb');
    const warehouse = await openWarehouse(db, resolveConfig({}));
    await loadSupervisionFixture(warehouse, dir);
    warehouse.close();
    warehouse.instance.closeSync();
    app = await startApp(db);
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    cleanup?.();
  });

  async function open(path: string, charts: number): Promise<void> {
    await page.goto(`${app.url}${path}`);
    await page.waitForFunction((n) => document.querySelectorAll('.chart canvas').length >= n, charts, { polling: 50 });
  }
  const rowsOf = (testid: string) => page.locator(`[data-testid=${testid}] tbody tr`).allInnerTexts();

  it('Acquisition: the funnel by source and salesperson, contact times, the breaches longest wait first', async () => {
    await open('/acquisition?lang=en&from=2025-03-01&to=2025-03-31', 3);
    expect(await page.locator('h1').innerText()).toBe('Customer acquisition');
    const sources = await rowsOf('funnel-source');
    expect(sources[0]).toMatch(/^Web form\t4\t3\t1\t1\t/);
    const people = await rowsOf('funnel-salesperson');
    expect(people.map((r) => r.split('\t')[0])).toEqual(['Alice', 'Carol', 'Unassigned']);
    const breaches = await rowsOf('lead-breaches');
    expect(breaches.map((r) => r.split('\t')[0])).toEqual(['L5', 'L3']);
    await page.locator('[data-testid=contact-times] summary').click();
    expect((await rowsOf('contact-times')).map((r) => r.split('\t')[1])).toEqual(['3', '1', '0', '2', '0', '2']);
  });

  it('Projects: the milestone calendar, slipping milestones biggest slip first, projects by owner', async () => {
    await open('/projects?lang=en', 3);
    const slipping = await rowsOf('slipping-milestones');
    expect(slipping.map((r) => r.split('\t').slice(1, 4).join(' '))).toEqual(['P2 Warehouse A', 'P1 Website B', 'P7 Kiosk B']);
    expect(slipping[0]).toContain('92');
    const owners = await rowsOf('projects-by-owner');
    expect(owners).toHaveLength(1);
    expect(owners[0]!.split('\t').slice(0, 7)).toEqual(['Dan', 'South', '7', '1', '3', '2', '1']);
  });

  it('Supervision (in Chinese): open findings overdue first, rates by team and process, inspection scores by team', async () => {
    await open('/supervision', 3);
    await page.click('[data-testid=lang-zh]');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    expect(await page.locator('h1').innerText()).toBe('整改跟踪');
    const findings = await rowsOf('open-findings');
    expect(findings.map((r) => r.split('\t')[0])).toEqual(['F9', 'F4', 'F11', 'F7', 'F6']);
    expect(findings[1]).toContain('已重开');
    const teams = await rowsOf('rates-team');
    expect(teams[0]!.split('\t').slice(0, 4)).toEqual(['North', '11', '2', '6']);
    await page.locator('[data-testid=inspection-scores] summary').click();
    expect((await rowsOf('inspection-scores')).map((r) => r.split('\t').slice(0, 2).join(' '))).toEqual(['2025年3月 North', '2025年4月 South', '2025年7月 South']);
  });

  it('closes the loop: opens a finding from an anomaly, marks it fixed and verifies it effective on the Supervision page', async () => {
    await page.goto(`${app.url}/anomalies?s_metric=sla_breach_rate&slice_type=team&slice=North&day=2025-03-04`);
    await page.click('[data-testid=lang-en]');
    const form = page.locator('[data-testid=incident-finding] [data-testid=open-finding-form]');
    await form.locator('[data-testid=finding-owner] option[value=E2]').waitFor({ state: 'attached' });
    await form.locator('[data-testid=finding-owner]').selectOption('E2');
    await form.locator('[data-testid=finding-severity]').selectOption('high');
    await form.locator('[data-testid=finding-submit]').click();
    const message = await form.locator('[data-testid=finding-message]').innerText();
    const id = /APP-\d{8}-[0-9A-F]{6}/.exec(message)?.[0];
    expect(id, message).toBeDefined();

    await open('/supervision', 3);
    const row = page.locator(`[data-testid=finding-actions] tr[data-finding="${id}"]`);
    expect(await row.innerText()).toContain('Open');
    await row.locator('[data-testid=mark-fixed]').click();
    await page.locator(`[data-testid=finding-actions] tr[data-finding="${id}"] [data-testid=verify-effective]`).click();
    await page.locator(`[data-testid=finding-actions] tr[data-finding="${id}"]`).waitFor({ state: 'detached' });
    const stored = await (await fetch(`${app.url}/api/supervision/finding-rates?by=source`)).json() as Array<{ slice: string; on_time_effective: number }>;
    expect(stored.find((r) => r.slice === 'anomaly')!.on_time_effective).toBe(1); // F6 is pending; the app finding is on time and effective
  });
});
