import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { tempDir } from '../helpers/warehouse.js';
import { resolveConfig } from '../../src/lib/config/load.js';
import { openWarehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { loadFixture } from './fixture-warehouse.js';
import { describeWithBuild, launchChromium, type RunningApp, startApp } from './server.js';


// SPEC 10.1-10.3 in the browser: publish June from the scorecards page, load a late rating, toggle published / live.
describeWithBuild('cycle')('the appraisal cycle in Chromium (fixture company, June 2025)', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let cleanup: () => void;

  beforeAll(async () => {
    let dir: string;
    ({ dir, cleanup } = tempDir('opscore-e2e-cycle-'));
    const db = join(dir, 'fixture.duckdb');
    const warehouse = await openWarehouse(db, resolveConfig({}));
    await loadFixture(warehouse);
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

  const text = (selector: string) => page.locator(selector).first().innerText();

  it('publishes June with a reason: the badge says published, version 1, published values', async () => {
    await page.goto(`${app.url}/scorecards?month=2025-06&lang=en`);
    expect(await text('[data-testid=month-state]')).toBe('Open');
    expect(await page.locator('[data-testid=publish-button]').isDisabled()).toBe(true); // no reason yet
    await page.fill('[data-testid=cycle-reason]', 'June results agreed');
    await page.click('[data-testid=publish-button]');
    await page.waitForFunction(() => document.querySelector('[data-testid=month-state]')?.textContent?.includes('Published'));
    expect(await text('[data-testid=month-state]')).toBe('Published · version 1');
    expect(await text('[data-testid=view-label]')).toBe('Published values');
    expect(await page.locator('[data-testid=payroll-csv]').getAttribute('href')).toBe('/api/appraisal/months/2025-06/payroll?format=csv');
  });

  it('after a late rating the published card stands, lists what differs, and the toggle shows the live card', async () => {
    // E004 re-rates E001's June expertise as unqualified (40 instead of 85): a late file through the upload endpoint
    const form = new FormData();
    form.append('file', new Blob(['period,employee_id,rater_id,rater_type,indicator,grade,score\n2025-06,E001,E004,supervisor,expertise,unqualified,\n']), 'ratings-late.csv');
    const upload = await fetch(`${app.url}/api/ingest`, { method: 'POST', body: form, headers: { origin: app.url } });
    expect(upload.status).toBe(200);

    await page.goto(`${app.url}/scorecards/E001?month=2025-06&lang=en`);
    const publishedComposite = await text('[data-testid=employee-summary] .big');
    expect(await text('[data-testid=view-label]')).toBe('Published values');
    const differing = page.locator('[data-testid=differing-fields]');
    expect(await differing.locator('tr[data-field=composite]').count()).toBe(1);
    expect(await differing.locator('tr[data-field="indicators.expertise.score"]').innerText()).toMatch(/Expertise · Score\s+85\s+→ 40$/);

    await page.click('[data-testid=view-toggle]');
    await page.waitForURL(/view=live/);
    expect(await text('[data-testid=view-label]')).toBe('Live recomputation');
    expect(await text('[data-testid=employee-summary] .big')).not.toBe(publishedComposite);

    // printed: no navigation or controls, the month, state and view on paper
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-testid=print-head]').isVisible()).toBe(true);
    expect(await text('[data-testid=print-head]')).toMatch(/2025-06 · State: Published v1 · Live recomputation/);
    expect(await page.locator('[data-testid=cycle-reason]').isVisible()).toBe(false);
    expect(await page.locator('nav').first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });
});
