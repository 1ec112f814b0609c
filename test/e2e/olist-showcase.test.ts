import * as aq from 'arquero';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { resolveConfig } from '../../src/lib/config/load.js';
import { ingestWithAdapter } from '../../src/lib/server/ingest/index.js';
import { buildModels } from '../../src/lib/server/models/build.js';
import { openWarehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { describeWithChromium, describeWithShared, externalDataDir, hasShared, strict } from '../helpers/environment.js';
import { tempDir } from '../helpers/warehouse.js';
import { hasBuild, launchChromium, repoRoot, type RunningApp, startApp } from './server.js';

// The real-data showcase (`opscore demo --from olist`): the Olist export through its adapter, the models, the built
// dashboard in Chromium. The month's sales on screen must be the raw file's: summed here from the CSV.
function gate(): ReturnType<typeof describeWithChromium> {
  if (!hasShared) return describeWithShared();
  if (hasBuild) return describeWithChromium();
  if (strict) throw new Error('build/ is missing and OPSCORE_STRICT=1: run `npm run build` before the browser tests');
  console.warn('\n!!! SKIPPING the Olist showcase in Chromium: build/ is missing (run `npm run build`). !!!\n');
  return describe.skip as unknown as ReturnType<typeof describeWithChromium>;
}

type Row = Record<string, string | null>;
const olist = (file: string): Row[] => aq.fromCSV(readFileSync(join(externalDataDir, 'olist', file), 'utf8'), { autoType: false }).objects() as Row[];

gate()('the Olist showcase in Chromium', { timeout: 180_000 }, () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let cleanup: () => void;

  beforeAll(async () => {
    let dir: string;
    ({ dir, cleanup } = tempDir('opscore-olist-'));
    const db = join(dir, 'olist.duckdb');
    const warehouse = await openWarehouse(db, resolveConfig({}));
    await ingestWithAdapter(warehouse, 'olist', [join(externalDataDir, 'olist')]);
    await buildModels(warehouse);
    warehouse.close();
    warehouse.instance.closeSync();
    app = await startApp(db);
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    cleanup?.();
  });

  it("shows August 2018's sales as the raw orders and items sum them", async () => {
    const sold = new Set(
      olist('olist_orders_dataset.csv')
        .filter((o) => o.order_purchase_timestamp!.startsWith('2018-08') && o.order_status !== 'canceled' && o.order_status !== 'unavailable')
        .map((o) => o.order_id!)
    );
    const cents = olist('olist_order_items_dataset.csv')
      .filter((i) => sold.has(i.order_id!))
      .reduce((sum, i) => sum + Math.round(Number(i.price) * 100), 0);
    await page.goto(`${app.url}/?lang=en&month=2018-08`);
    await page.waitForFunction(() => document.querySelectorAll('.chart canvas').length >= 5, undefined, { polling: 100 });
    expect(await page.locator('[data-testid=overview-month]').first().innerText()).toBe('Aug 2018');
    expect(await page.locator('[data-testid=kpi-sales_amount]').first().innerText()).toContain(`¥${Math.round(cents / 100).toLocaleString('en')}`);
    const shots = resolve(repoRoot, 'test-results', 'screenshots');
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, 'olist-overview.png'), fullPage: true });
  });
});
