import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { UserError } from '../../errors.js';
import { sqlPath } from '../paths.js';
import { compileModel } from './compile-metrics.js';

/**
 * The model graph, as dbt would have it: one model per file in sql/<layer>/, named for what it holds; what each model
 * reads is derived from its SQL (every known model, raw table or cfg_* table it names); the build runs models in an
 * order derived from those reads and refuses a model that reads a layer above its own. Staging models are views of one
 * raw table each: no join, no aggregation.
 */

/** The model layers, lowest first: a model reads raw tables, settings and models of its own layer or below. */
export const MODEL_LAYERS = ['staging', 'intermediate', 'metrics', 'appraisal', 'anomalies'] as const;
export type ModelLayer = (typeof MODEL_LAYERS)[number];

/** A data test declared in sql/<layer>/<model>.yml (see docs/metrics.md). */
export type DataTest =
  | { unique: string[] }
  | { not_null: string[] }
  | { accepted_values: { column: string; values: Array<string | number | boolean> } }
  | { expression: string };

export interface ModelFile {
  layer: ModelLayer;
  /** sql/-relative path, e.g. metrics/fct_sales.sql. */
  file: string;
  name: string;
  /** The SQL to run (catalog placeholders filled). */
  sql: string;
  /** Models, raw tables and cfg_* tables it reads. */
  reads: string[];
  tests: DataTest[];
}

const CREATES = /\bcreate\s+(?:or\s+replace\s+)?(?:temp\s+|temporary\s+)?(table|view)\s+(?:if\s+not\s+exists\s+)?"?([a-z_][a-z0-9_]*)"?/gi;

/** The SQL without comments and string literals, lower-cased: what names a model reads are looked for in. */
function codeOnly(sql: string): string {
  // one pass, so an apostrophe in a comment does not open a string, nor "--" in a string a comment
  return sql.replace(/--[^\n]*|'(?:[^']|'')*'/g, (m) => (m.startsWith('--') ? '' : "''")).toLowerCase();
}

/** Raw tables: every table the migrations in sql/schema/ create. */
export function rawTables(): Set<string> {
  const names = new Set<string>();
  for (const file of readdirSync(sqlPath('schema')).filter((f) => f.endsWith('.sql'))) {
    for (const match of codeOnly(readFileSync(sqlPath(`schema/${file}`), 'utf8')).matchAll(CREATES)) names.add(match[2]!);
  }
  return names;
}

function readTests(layer: ModelLayer, name: string): DataTest[] {
  const path = sqlPath(`${layer}/${name}.yml`);
  if (!existsSync(path)) return [];
  const parsed = parse(readFileSync(path, 'utf8')) as { tests?: unknown } | null;
  const tests = parsed?.tests;
  if (!Array.isArray(tests)) throw new UserError(`sql/${layer}/${name}.yml: want a list under "tests"`);
  return tests.map((test, i) => {
    const kind = test && typeof test === 'object' ? Object.keys(test)[0] : undefined;
    if (!kind || !['unique', 'not_null', 'accepted_values', 'expression'].includes(kind)) {
      throw new UserError(`sql/${layer}/${name}.yml: tests[${i}] must be one of unique, not_null, accepted_values, expression`);
    }
    return test as DataTest;
  });
}

/** Every model file with its name, reads and tests, unordered; one model per file or a one-line error. */
function discover(): ModelFile[] {
  const raw = rawTables();
  const found = MODEL_LAYERS.flatMap((layer) =>
    readdirSync(sqlPath(layer))
      .filter((file) => file.endsWith('.sql'))
      .sort()
      .map((file) => {
        const path = `${layer}/${file}`;
        const sql = compileModel(path);
        const created = [...codeOnly(sql).matchAll(CREATES)].map((m) => m[2]!);
        if (created.length !== 1) throw new UserError(`sql/${path}: a model file creates exactly one table or view (found ${created.length}: ${created.join(', ') || 'none'})`);
        const name = created[0]!;
        if (raw.has(name)) throw new UserError(`sql/${path}: model ${name} has the name of a raw table`);
        return { layer, file: path, name, sql, reads: [] as string[], tests: readTests(layer, name) };
      })
  );
  const byName = new Map<string, ModelFile>();
  for (const model of found) {
    const twin = byName.get(model.name);
    if (twin) throw new UserError(`sql/${model.file}: model ${model.name} is already created by sql/${twin.file}`);
    byName.set(model.name, model);
  }
  for (const model of found) {
    const code = codeOnly(model.sql);
    // model and cfg_* names are distinctive wherever they appear; raw table names double as column names (a mart's
    // `tickets`), so they count only after FROM or JOIN
    const names = new Set(code.match(/[a-z_][a-z0-9_]*/g) ?? []);
    const ctes = new Set([...code.matchAll(/\b([a-z_][a-z0-9_]*)\s*(?:\([^)]*\))?\s+as\s*\(/g)].map((m) => m[1]!));
    const tables = new Set([...code.matchAll(/\b(?:from|join)\s+"?([a-z_][a-z0-9_]*)/g)].map((m) => m[1]!).filter((n) => !ctes.has(n)));
    model.reads = [...names]
      .filter((n) => n !== model.name && (byName.has(n) || n.startsWith('cfg_') || (raw.has(n) && tables.has(n))))
      .sort();
  }
  return found;
}

const rank = (layer: ModelLayer): number => MODEL_LAYERS.indexOf(layer);

/** The rules a model's reads must follow; the first broken one as a one-line error. */
export function checkLayers(models: ModelFile[], raw: Set<string> = rawTables()): void {
  const byName = new Map(models.map((m) => [m.name, m]));
  for (const model of models) {
    for (const read of model.reads) {
      const source = byName.get(read);
      if (source && rank(source.layer) > rank(model.layer)) {
        throw new UserError(`sql/${model.file}: ${model.layer} model ${model.name} reads ${read}, a model of the ${source.layer} layer above it`);
      }
    }
    if (model.layer === 'staging') {
      const code = codeOnly(model.sql);
      // settings (cfg_*) are not a layer: a staging view may read the business time zone
      const tables = [...code.matchAll(/\b(?:from|join)\s+"?([a-z_][a-z0-9_]*)/g)].map((m) => m[1]!).filter((t) => !t.startsWith('cfg_'));
      if (/\bjoin\b|\bgroup\s+by\b|\bunion\b/.test(code) || tables.length !== 1 || !raw.has(tables[0]!)) {
        throw new UserError(`sql/${model.file}: a staging model is a view of one raw table (no join, union or aggregation); move ${model.name}'s logic to intermediate/`);
      }
    }
  }
}

/** Models in build order: each after everything it reads (ties: lower layer, then file name). */
export function orderModels(models: ModelFile[]): ModelFile[] {
  const byName = new Map(models.map((m) => [m.name, m]));
  const waiting = new Map(models.map((m) => [m.name, new Set(m.reads.filter((r) => byName.has(r)))]));
  const ordered: ModelFile[] = [];
  const key = (m: ModelFile) => `${rank(m.layer)}|${m.file}`;
  while (waiting.size > 0) {
    const ready = [...waiting.entries()].filter(([, deps]) => deps.size === 0).map(([name]) => byName.get(name)!);
    if (ready.length === 0) throw new UserError(`models read each other in a cycle: ${[...waiting.keys()].sort().join(', ')}`);
    const next = ready.sort((a, b) => (key(a) < key(b) ? -1 : 1))[0]!;
    ordered.push(next);
    waiting.delete(next.name);
    for (const deps of waiting.values()) deps.delete(next.name);
  }
  return ordered;
}

/** Every model, checked and in build order. */
export function listModels(): ModelFile[] {
  const models = discover();
  checkLayers(models);
  return orderModels(models);
}

/** The macros every model may call: each file of sql/macros/, run before the models. */
export function macroFiles(): string[] {
  return readdirSync(sqlPath('macros')).filter((f) => f.endsWith('.sql')).sort().map((f) => `macros/${f}`);
}
