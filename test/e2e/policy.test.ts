import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { stringify } from 'yaml';
import { tempDir } from '../helpers/warehouse.js';
import { resolveConfig } from '../../src/lib/config/load.js';
import { openWarehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { loadFixture } from './fixture-warehouse.js';
import { describeWithBuild, launchChromium, type RunningApp, startApp } from './server.js';


// A company whose policy is not the default: the pages must say these numbers, never 90/80/60, 120 or "3 months".
const POLICY = {
  appraisal: {
    grade_bands: { excellent: 85, good: 75, qualified: 50 },
    score_cap: 110,
    promotion_months: 2,
    training: { below_score: 88, max_areas: 3 },
    annual: { min_graded_months: 2 }
  }
};

describeWithBuild('policy')('the dashboard renders the configured policy', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const speak = (lang: 'en' | 'zh') => context.addCookies([{ name: 'opscore_lang', value: lang, url: app.url }]);
  let cleanup: () => void;

  beforeAll(async () => {
    const made = tempDir('opscore-e2e-policy-');
    cleanup = made.cleanup;
    const configFile = join(made.dir, 'opscore.config.yaml');
    writeFileSync(configFile, stringify(POLICY));
    const db = join(made.dir, 'fixture.duckdb');
    const warehouse = await openWarehouse(db, resolveConfig(POLICY));
    await loadFixture(warehouse);
    warehouse.close();
    warehouse.instance.closeSync();
    app = await startApp(db, { OPSCORE_CONFIG: configFile });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    await speak('en');
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    cleanup?.();
  });

  it('draws the grade floors 85/75/50 and states the cap 110 on the employee page', async () => {
    await page.goto(`${app.url}/scorecards/E001?month=2025-05`);
    const rules = await page.locator('[data-testid=policy-rules]').innerText();
    expect(rules).toContain('Excellent ≥ 85, Good ≥ 75, Qualified ≥ 50; below 50: Unqualified.');
    expect(rules).toContain('Completion scores are capped at 110.');
    expect(rules).toContain('graded excellent 2 months in a row');
    expect(rules).toContain('scored below 88');
    expect(rules).not.toMatch(/\b(90|80|60|120)\b/);
    // The trend chart's reference lines are the policy's floors (ECharts' aria description names every series).
    const chart = page.locator('.chart[aria-label="12-month composite"] .canvas');
    await expect.poll(() => chart.getAttribute('aria-label'), { timeout: 15_000 }).toContain('Excellent ≥ 85');
    const description = (await chart.getAttribute('aria-label')) ?? '';
    expect(description).toContain('Good ≥ 75');
    expect(description).toContain('Qualified ≥ 50');
    expect(description).not.toContain('≥ 90');
  });

  it('raises the promotion flag after 2 excellent months (89.1 in May ≥ 85) and says so in both languages', async () => {
    // E001: April 86.0 and May 89.1 are both excellent under a floor of 85 (May would be good under 90).
    await page.goto(`${app.url}/scorecards/E001?month=2025-05`);
    expect(await page.locator('[data-testid=flag-promotion]').innerText()).toBe('★ Promotion candidate: graded excellent 2 months in a row, up to this month');
    expect(await page.locator('[data-testid=flag-training]').innerText()).toContain('(scored below 88)');
    await speak('zh');
    await page.goto(`${app.url}/scorecards/E001?month=2025-05`);
    expect(await page.locator('[data-testid=flag-promotion]').innerText()).toBe('★ 晋升候选: 连续 2 个月（含本月）为优秀');
    expect(await page.locator('[data-testid=flag-training]').innerText()).toContain('低于 88 分');
    expect(await page.locator('[data-testid=policy-rules]').innerText()).toContain('完成度得分上限为 110。');
    await speak('en');
  });

  it('states the annual rule from the configuration', async () => {
    await page.goto(`${app.url}/scorecards/annual?year=2025`);
    expect(await page.locator('[data-testid=annual-rule]').innerText()).toContain('(at least 2)');
  });
});
