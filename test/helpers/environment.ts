import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe } from 'vitest';

/** CI sets OPSCORE_STRICT=1: what would be skipped on a laptop (no ../shared, no Chromium) must fail there instead. */
export const strict = process.env.OPSCORE_STRICT === '1';

/** The steering folder with the spec and the real public data sets; present in CI, absent in a user's clone. */
export const sharedDir = resolve(process.env.OPSCORE_SHARED_DIR ?? resolve(import.meta.dirname, '..', '..', '..', 'shared'));
export const externalDataDir = resolve(sharedDir, 'data', 'external');
export const hasShared = existsSync(externalDataDir);

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

/** `describe`, or its skipping twin. */
type Describe = typeof describe | typeof describe.skip;

function gated(available: boolean, what: string): Describe {
  if (available) return describe;
  if (strict) {
    throw new Error(`${what} is missing and OPSCORE_STRICT=1: these tests must run here`);
  }
  console.warn(`\n!!! SKIPPING: ${what} is missing; these tests did not run. Set OPSCORE_STRICT=1 to make this a failure. !!!\n`);
  return describe.skip;
}

/** `describe` for suites that read ../shared/data/external: skipped loudly without it, failing under OPSCORE_STRICT. */
export const describeWithShared = (): Describe => gated(hasShared, `../shared/data/external (looked in ${externalDataDir})`);

/** `describe` for browser suites: skipped loudly without Chromium, failing under OPSCORE_STRICT. */
export const describeWithChromium = (): Describe => gated(hasChromium, `Chromium (looked for ${chromiumPath})`);
