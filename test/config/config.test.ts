import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig, resolveConfig } from '../../src/lib/config/load.js';
import { tempDir } from '../helpers/warehouse.js';

describe('configuration', () => {
  it('gives the policy defaults when no file is given', () => {
    const config = resolveConfig({});
    expect(config.business_timezone).toBe('Asia/Shanghai');
    expect(config.appraisal.templates.customer_service.csat).toBe(30);
    expect(config.sla.response_minutes.email).toBe(240);
  });

  it('replaces a role template whole', () => {
    const config = resolveConfig({ appraisal: { templates: { customer_service: { csat: 50, process_compliance: 50 } } } });
    expect(config.appraisal.templates.customer_service).toEqual({ csat: 50, process_compliance: 50 });
    expect(config.appraisal.templates.sales.sales).toBe(20);
  });

  it.each([
    [{ appraisal: { templates: { sales: { sales: 50, profit: 40 } } } }, 'appraisal.templates.sales: weights sum to 90, must sum to 100'],
    [{ appraisal: { templates: { sales: { sales: 50, charm: 50 } } } }, 'appraisal.templates.sales.charm: unknown indicator "charm"'],
    [{ appraisal: { rater_weights: { peer: -1 } } }, 'appraisal.rater_weights.peer: must be a non-negative number'],
    [{ appraisal: { grade_bands: { excellent: 80, good: 85 } } }, 'appraisal.grade_bands: bands must be ordered'],
    [{ business_timezone: 'Mars/Olympus' }, 'business_timezone: unknown time zone "Mars/Olympus"'],
    [{ appraisal: { csat_targte: 90 } }, 'appraisal: unknown key "csat_targte"']
  ])('rejects %j with one line naming the key', (raw, expected) => {
    expect(() => resolveConfig(raw, 'my.yaml')).toThrowError(ConfigError);
    try {
      resolveConfig(raw, 'my.yaml');
    } catch (error) {
      const message = (error as Error).message;
      expect(message.startsWith('my.yaml: ')).toBe(true);
      expect(message).toContain(expected);
      expect(message).not.toContain('\n');
    }
  });

  it('ships an opscore.config.yaml that states exactly the defaults', () => {
    const shipped = loadConfig(join(import.meta.dirname, '..', '..', 'opscore.config.yaml'));
    expect(shipped).toEqual(resolveConfig({}));
  });

  it('reads a YAML file and names it in errors', () => {
    const { dir, cleanup } = tempDir();
    try {
      const good = join(dir, 'good.yaml');
      writeFileSync(good, 'business_timezone: Europe/Rome\nsla:\n  response_minutes:\n    phone: 3\n');
      const config = loadConfig(good);
      expect(config.business_timezone).toBe('Europe/Rome');
      expect(config.sla.response_minutes).toMatchObject({ phone: 3, chat: 2, other: 240 });
      const bad = join(dir, 'bad.yaml');
      writeFileSync(bad, 'appraisal: [1, 2\n');
      expect(() => loadConfig(bad)).toThrowError(/bad\.yaml: not valid YAML/);
      expect(() => loadConfig(join(dir, 'missing.yaml'))).toThrowError(/missing\.yaml: configuration file not found/);
    } finally {
      cleanup();
    }
  });
});
