import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { tempDir } from '../helpers/warehouse.js';
import { resolveConfig } from '../../src/lib/config/load.js';
import { spawnSync } from 'node:child_process';
import { publishMonth } from '../../src/lib/server/cycle/publish.js';
import { LOCAL_CALLER } from '../../src/lib/server/context.js';
import { openWarehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { loadFixture } from './fixture-warehouse.js';
import { describeWithBuild, launchChromium, repoRoot, type RunningApp, startApp } from './server.js';


const PASSWORD = 'a long password';

/**
 * The fixture company (fixture-warehouse.ts) with E002 reporting to E001 instead of E004, so the manager E001's subtree
 * is 王芳 (E001) and 李强 (E002); 张伟 (E003) is outside it. June 2025 is published, so an employee sees that card.
 */
describeWithBuild('access')('access in the dashboard', () => {
  let app: RunningApp | undefined;
  let browser: Browser;
  let page: Page;
  let cleanup: () => void;
  let db: string;


  beforeAll(async () => {
    let dir: string;
    ({ dir, cleanup } = tempDir('opscore-e2e-access-'));
    db = join(dir, 'fixture.duckdb');
    const warehouse = await openWarehouse(db, resolveConfig({}));
    await loadFixture(warehouse);
    await warehouse.run(`UPDATE employees SET manager_id = 'E001' WHERE employee_id = 'E002'`);
    await publishMonth({ warehouse, caller: LOCAL_CALLER }, { month: '2025-06', reason: 'results released' });
    warehouse.close();
    warehouse.instance.closeSync();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    cleanup?.();
  });

  async function signIn(username: string): Promise<void> {
    page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await page.goto(`${app!.url}/`);
    await page.waitForURL(/\/signin/);
    await page.fill('[data-testid=signin-username]', username);
    await page.fill('[data-testid=signin-password]', PASSWORD);
    await page.click('[data-testid=signin-submit]');
    // the next page's URL is enough: its full load waits for every chart's data, slow on a busy machine
    await page.waitForURL((url) => !url.pathname.startsWith('/signin'), { waitUntil: 'commit' });
  }

  it('shows "open: no accounts" on every page while no account exists', async () => {
    app = await startApp(db);
    page = await (await browser.newContext()).newPage();
    for (const path of ['/', '/scorecards', '/data']) {
      await page.goto(`${app.url}${path}`);
      expect(await page.locator('[data-testid=open-banner]').innerText(), path).toContain('open: no accounts');
    }
    await app.stop();
    app = undefined;
    // through the CLI, in its own process (this one has let go of the file)
    for (const args of [['root', '--role', 'admin'], ['boss', '--role', 'manager', '--employee', 'E001'], ['zhang', '--role', 'employee', '--employee', 'E003']]) {
      const run = spawnSync(process.execPath, [join(repoRoot, 'bin', 'opscore.js'), 'user', 'add', '--db', db, '--password-stdin', '--username', ...args], { input: `${PASSWORD}\n`, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
    }
    app = await startApp(db);
  });

  it("lists a manager's subtree only in the scorecard table, with the user menu and no banner", async () => {
    await signIn('boss');
    expect(await page.locator('[data-testid=user-name]').innerText()).toBe('boss');
    expect(await page.locator('[data-testid=open-banner]').count()).toBe(0);
    await page.goto(`${app!.url}/scorecards?month=2025-06`);
    const table = await page.locator('[data-testid=scorecards-table]').innerText();
    expect(table).toContain('王芳');
    expect(table).toContain('李强');
    expect(table).not.toContain('张伟');
    // the month's state shows; publish and reopen are hr's and admin's, so a manager gets no such controls
    expect(await page.locator('[data-testid=month-state]').count()).toBe(1);
    expect(await page.locator('[data-testid=reopen-button], [data-testid=publish-button], [data-testid=cycle-reason]').count()).toBe(0);
    await page.click('[data-testid=signout]');
    await page.waitForURL(/\/signin/);
  });

  it('lands an employee on their own card and shows them no one else', async () => {
    await signIn('zhang');
    expect(new URL(page.url()).pathname).toBe('/scorecards/E003');
    expect(await page.locator('[data-testid=employee-name]').innerText()).toContain('张伟');
    expect(await page.locator('[data-testid=nav-data]').count()).toBe(0);
    await page.goto(`${app!.url}/scorecards/E001?month=2025-06`);
    expect(await page.locator('main').innerText()).not.toContain('王芳');
    const api = await page.evaluate(async () => (await fetch('/api/scorecards?month=2025-06')).json());
    expect((api as { employee_id: string }[]).map((row) => row.employee_id)).toEqual(['E003']);
  });

  it("keeps what was typed into the sign-in form before the page's scripts ran, and signs in with it", async () => {
    // a slow connection: the form is on screen and filled before the JavaScript arrives; hydration must not clear it
    // (it once reset the username to its empty server value, and the browser then refused to submit an empty field)
    page = await (await browser.newContext()).newPage();
    let release!: () => void;
    const scripts = new Promise<void>((done) => (release = done));
    await page.route(/\/_app\/.*\.js(\?.*)?$/, async (route) => {
      await scripts;
      await route.continue();
    });
    await page.goto(`${app!.url}/signin`, { waitUntil: 'commit' });
    await page.fill('[data-testid=signin-username]', 'zhang');
    await page.fill('[data-testid=signin-password]', PASSWORD);
    release();
    await page.waitForLoadState('networkidle');
    expect(await page.inputValue('[data-testid=signin-username]')).toBe('zhang');
    await page.click('[data-testid=signin-submit]');
    await page.waitForURL((url) => !url.pathname.startsWith('/signin'), { waitUntil: 'commit' });
    expect(new URL(page.url()).pathname).toBe('/scorecards/E003');
  });
});
