import { readdirSync } from 'node:fs';
import { ModelsNotBuiltError } from '../../errors.js';
import { readSql, sqlPath } from '../paths.js';
import { migrationTables } from './migrate.js';

let known: { tables: Set<string>; macros: Set<string> } | undefined;

/**
 * Whether a DuckDB error says a built table or macro does not exist: any missing table the migrations do not create
 * (stg_, int_, cal_, fct_, appraisal_, anomaly_, cfg_ ... whatever a model is called), or a macro of sql/macros/.
 * DuckDB says so only in its message ("Catalog Error: Table with name X does not exist"): this is the one place that
 * reads it.
 */
export function isModelMissing(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  const match = /(Table|View|Scalar Function|Macro Function|Table Function) with name "?(\w+)"? does not exist/i.exec(message);
  if (!match) return false;
  known ??= {
    tables: migrationTables(),
    macros: new Set(
      readdirSync(sqlPath('macros'))
        .filter((f) => f.endsWith('.sql'))
        .flatMap((f) => [...readSql(`macros/${f}`).matchAll(/\bmacro\s+(\w+)/gi)].map((m) => m[1]!.toLowerCase()))
    )
  };
  const name = match[2]!.toLowerCase();
  return /function/i.test(match[1]!) ? known.macros.has(name) : !known.tables.has(name);
}

/** A missing built model as `ModelsNotBuiltError` (503, "run `opscore build`"); anything else unchanged. */
export const asModelsNotBuilt = (error: unknown): unknown => (isModelMissing(error) ? new ModelsNotBuiltError() : error);
