import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { DEFAULT_CONFIG } from './defaults.js';
import { configSchema, type Config } from './schema.js';

/** A configuration problem, worded as one line that names the file and the key. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const DEFAULT_CONFIG_FILE = 'opscore.config.yaml';

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Overlay a company's settings on the defaults. A role template given in the file replaces the default
 * template whole, so its weights are exactly the ones the company wrote. */
function overlay(base: unknown, override: unknown, path: string[]): unknown {
  if (!isPlain(base) || !isPlain(override)) return override === undefined ? base : override;
  if (path.length === 2 && path[0] === 'appraisal' && path[1] === 'templates') {
    return { ...base, ...override };
  }
  const merged: Plain = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = overlay(base[key], value, [...path, key]);
  return merged;
}

/** Validate a raw settings object (defaults overlaid) and return the typed configuration. */
export function resolveConfig(raw: unknown, source = 'configuration'): Config {
  if (raw !== null && raw !== undefined && !isPlain(raw)) throw new ConfigError(`${source}: must be a mapping of settings`);
  const result = configSchema.safeParse(overlay(DEFAULT_CONFIG, raw ?? {}, []));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = issue.path.join('.') || '(top level)';
    const message = issue.code === 'unrecognized_keys' ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message;
    throw new ConfigError(`${source}: ${key}: ${message}`);
  }
  assertTimeZone(result.data.business_timezone, source);
  return result.data;
}

function assertTimeZone(zone: string, source: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new ConfigError(`${source}: business_timezone: unknown time zone "${zone}"`);
  }
}

/** Load the configuration: the file given, else ./opscore.config.yaml when present, else the defaults. */
export function loadConfig(file?: string): Config {
  const path = file ?? (existsSync(DEFAULT_CONFIG_FILE) ? DEFAULT_CONFIG_FILE : undefined);
  if (path === undefined) return resolveConfig({});
  if (!existsSync(path)) throw new ConfigError(`${path}: configuration file not found`);
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ConfigError(`${path}: not valid YAML: ${reason}`);
  }
  return resolveConfig(raw, path);
}
