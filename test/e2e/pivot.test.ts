import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { tempDir } from '../helpers/warehouse.js';
import { resolveConfig } from '../../src/lib/config/load.js';
import { openWarehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { loadFixture } from './fixture-warehouse.js';
import { describeWithBuild, launchChromium, type RunningApp, startApp } from './server.js';


// The fixture company by hand: North (E001) sells 28 × ¥800 / ¥900 / ¥1,000 in Apr / May / Jun = ¥22,400 / ¥25,200 /
// ¥28,000 (¥75,600); South (E003) 28 × ¥500 = ¥14,000 a month (¥42,000); months ¥36,400 / ¥39,200 / ¥42,000; all ¥117,600.
describeWithBuild('pivot')('the Explore pivot in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let cleanup: () => void;
  let dir: string;

  beforeAll(async () => {
    ({ dir, cleanup } = tempDir('opscore-e2e-pivot-'));
    const db = join(dir, 'fixture.duckdb');
    const warehouse = await openWarehouse(db, resolveConfig({}));
    await loadFixture(warehouse);
    warehouse.close();
    warehouse.instance.closeSync();
    app = await startApp(db);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    await context.addCookies([{ name: 'opscore_lang', value: 'en', url: app.url }]);
    page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    page.on('console', (message) => { if (message.type() === 'error') console.error('console:', message.text()); });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    cleanup?.();
  });

  /** Each row of a part of the pivot table as its cells' text joined by tabs. */
  const rowTexts = (part: string) =>
    page.$$eval(`[data-testid=pivot-table] ${part} tr`, (trs) => trs.map((tr) => [...tr.children].map((cell) => (cell as HTMLElement).innerText.trim()).join('\t')));

  it('pivots sales to team × month with row and column totals', async () => {
    await page.goto(`${app.url}/explore?metric=sales_amount&dimension=team&grain=month`);
    // the worker answers after the page has loaded
    await expect.poll(() => rowTexts('thead'), { timeout: 10_000 }).toEqual(['Team\tApr 2025\tMay 2025\tJun 2025\tTotal']);
    expect(await rowTexts('tbody')).toEqual(['North\t¥22,400\t¥25,200\t¥28,000\t¥75,600', 'South\t¥14,000\t¥14,000\t¥14,000\t¥42,000']);
    expect(await rowTexts('tfoot')).toEqual(['Total\t¥36,400\t¥39,200\t¥42,000\t¥117,600']);
    expect(await page.locator('[data-testid=pivot-note]').count()).toBe(0);
  });

  it('turns periods into rows, and exports what it shows as CSV', async () => {
    await page.selectOption('[data-testid=pivot-rows]', 'period');
    await expect.poll(() => rowTexts('thead'), { timeout: 10_000 }).toEqual(['Period\tNorth\tSouth\tTotal']);
    expect(await rowTexts('tbody')).toEqual(['Apr 2025\t¥22,400\t¥14,000\t¥36,400', 'May 2025\t¥25,200\t¥14,000\t¥39,200', 'Jun 2025\t¥28,000\t¥14,000\t¥42,000']);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=pivot-csv]')]);
    expect(download.suggestedFilename()).toBe('pivot_sales_amount_team_month_value.csv');
    expect(readFileSync((await download.path())!, 'utf8')).toBe(
      '\uFEFFPeriod,North,South,Total\n2025-04-01,22400,14000,36400\n2025-05-01,25200,14000,39200\n2025-06-01,28000,14000,42000\nTotal,75600,42000,117600\n'
    );
  });

  it('gives a percentile no totals and says why; its record counts do add up (reached through the navigation)', async () => {
    await page.goto(`${app.url}/`);
    await Promise.all([page.waitForURL(/\/explore/), page.click('[data-testid=nav-explore]')]);
    // from here on client-side: the page's own selects choose the metric and the dimension
    await page.selectOption('[data-testid=explore-metric]', 'first_response_p90_minutes');
    await page.waitForURL(/metric=first_response_p90_minutes/);
    await page.selectOption('[data-testid=explore-dimension]', 'team');
    await page.waitForURL(/dimension=team/);
    await expect.poll(() => rowTexts('thead'), { timeout: 10_000 }).toEqual(['Team\tApr 2025\tMay 2025\tJun 2025']);
    expect(await page.locator('[data-testid=pivot-note]').innerText()).toContain('First response p90 does not add up');
    expect(await rowTexts('thead')).toEqual(['Team\tApr 2025\tMay 2025\tJun 2025']);
    expect(await page.locator('[data-testid=pivot-table] tfoot').count()).toBe(0);
    // E002 (North) answers 4 tickets a day on days 1-28: 112 a month.
    await page.selectOption('[data-testid=pivot-measure]', 'n');
    await expect.poll(() => rowTexts('tbody'), { timeout: 10_000 }).toEqual(['North\t112\t112\t112\t336']);
    expect(await page.locator('[data-testid=pivot-note]').count()).toBe(0);
  });
});
