import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { tempDir } from '../helpers/warehouse.js';
import { resolveConfig } from '../../src/lib/config/load.js';
import { openWarehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { moveRatingWindow } from '../../src/lib/server/ratings/window.js';
import { addUser } from '../../src/lib/server/access/accounts.js';
import { loadFixture } from './fixture-warehouse.js';
import { describeWithBuild, launchChromium, type RunningApp, startApp } from './server.js';


/**
 * The fixture company (fixture-warehouse.ts), June 2025, with accounts: `eli` (employee, linked to E003: South, manager
 * E004) rates, `hana` (hr) watches completion. Expected raters (peers: teammates other than the ratee and their supervisor):
 *   E001 North: supervisor E004, self, peer E002 → 24;  E002: supervisor, self, peer E001 → 24
 *   E003 South: supervisor E004, self, no peer → 16;    E004 South (no manager): self, peer E003 → 16
 * = 80 expected. Given: E004's supervisor ratings of E001, E002, E003 (24; E004's own supervisor-type row counts for
 * nothing, nobody being expected there) → 30.0 %. E003 rating themself adds 8 → 32 / 80 = 40.0 %.
 */
describeWithBuild('ratings')('rating in the browser', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let cleanup: () => void;
  const PASSWORD = 'a long enough password';
  const signIn = async (username: string) => {
    const response = await context.request.post(`${app.url}/api/session`, { data: { username, password: PASSWORD }, headers: { origin: app.url } });
    expect(response.status()).toBe(200);
  };

  beforeAll(async () => {
    let dir: string;
    ({ dir, cleanup } = tempDir('opscore-e2e-ratings-'));
    const db = join(dir, 'fixture.duckdb');
    const warehouse = await openWarehouse(db, resolveConfig({}));
    await loadFixture(warehouse);
    await moveRatingWindow({ warehouse, caller: { id: 'u-hr', roles: ['hr'], employeeId: null, scope: { kind: 'all' } } }, '2025-06', { closes_on: '2099-12-31', reason: 'browser test' });
    await addUser(warehouse, { username: 'root', roles: ['admin'], password: PASSWORD });
    await addUser(warehouse, { username: 'hana', roles: ['hr'], password: PASSWORD });
    await addUser(warehouse, { username: 'eli', roles: ['employee'], employeeId: 'E003', password: PASSWORD });
    warehouse.close();
    warehouse.instance.closeSync();
    app = await startApp(db);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    cleanup?.();
  });

  const companyCompletion = async () => {
    await page.goto(`${app.url}/ratings/completion?month=2025-06&lang=en`);
    return page.locator('[data-testid=company-completion]').innerText();
  };

  it('fills in the self-rating form and sees completion rise from 30.0 % to 40.0 %', async () => {
    await signIn('hana');
    expect(await companyCompletion()).toContain('30.0%');
    await signIn('eli');
    await page.goto(`${app.url}/ratings?month=2025-06&lang=en`);
    expect(await page.locator('[data-testid=rating-window]').innerText()).toContain('open until the end of 2099-12-31');
    const form = page.locator('[data-testid=rating-form-E003]');
    expect(await page.locator('[data-testid=ratee-E004]').innerText()).toContain('as peer');
    for (const indicator of ['expertise', 'problem_solving', 'communication', 'learning', 'responsibility', 'initiative', 'teamwork', 'discipline']) {
      await form.locator(`[data-testid=grade-${indicator}]`).selectOption(indicator === 'learning' ? 'excellent' : 'good');
    }
    await form.locator('[data-testid=comment-learning]').fill('picked up the new CRM in a week');
    await form.locator('[data-testid=save-ratings]').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=rating-status]')?.textContent?.includes('Saved'));
    expect(await form.locator('[data-testid=rating-status]').innerText()).toBe('Saved: 8');
    await signIn('hana');
    expect(await companyCompletion()).toContain('40.0%');
    expect(await page.locator('[data-testid=company-completion]').innerText()).toContain('(32 / 80)');
  });

  it('shows the calibration page in Chinese, and the what-if recomputes grades in the browser', async () => {
    await page.goto(`${app.url}/calibration?month=2025-06`);
    await page.locator('[data-testid=lang-zh]').click();
    expect(await page.locator('h1').innerText()).toBe('校准');
    expect(await page.locator('[data-testid=most-lenient]').innerText()).toContain('最宽松');
    const cards = (await (await context.request.get(`${app.url}/api/scorecards?month=2025-06`)).json()) as { grade: string | null; composite: number }[];
    // raise the excellent line above every composite: every excellent card becomes good
    const top = Math.ceil(Math.max(...cards.map((c) => c.composite ?? 0))) + 1;
    const excellent = cards.filter((c) => c.grade === 'excellent').length;
    expect(excellent).toBeGreaterThan(0);
    await page.locator('[data-testid=band-excellent]').fill(String(top));
    await page.waitForFunction(() => document.querySelector('[data-testid=what-if-yaml]') !== null);
    expect(await page.locator('[data-testid=what-if-yaml]').innerText()).toContain(`excellent: ${top}, good: 80, qualified: 60`);
    // the company row (last): columns team, graded, changed, up, down, ...; the worker answers asynchronously
    const companyRow = async () => page.locator('[data-testid=what-if-table] tbody tr').last().locator('td, th').allInnerTexts();
    await expect.poll(async () => (await companyRow())[2], { timeout: 10_000 }).toBe(String(excellent));
    expect((await companyRow())[4]).toBe(String(excellent));
    expect((await companyRow())[0]).toBe('所有团队');
  });
});
