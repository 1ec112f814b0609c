import type { DuckDBConnection } from '@duckdb/node-api';
import { UserError } from '../../errors.js';
import type { DataTest, ModelFile } from './graph.js';

/**
 * A model's data tests (dbt's generic tests), each a query counting the rows that break it: unique (the grain),
 * not_null (keys), accepted_values (an enum; NULL passes, as in dbt), expression (a condition every row meets).
 * Column names come from the test files in sql/, never from a request.
 */

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
function column(model: ModelFile, name: string): string {
  if (!IDENTIFIER.test(name)) throw new UserError(`sql/${model.layer}/${model.name}.yml: "${name}" is not a column name`);
  return name;
}
const literal = (value: string | number | boolean): string => (typeof value === 'string' ? `'${value.replaceAll("'", "''")}'` : String(value));

/** The test's name as a failure reports it, and the SQL counting the rows that break it. */
export function compileTest(model: ModelFile, test: DataTest): { label: string; sql: string } {
  if ('unique' in test) {
    const columns = test.unique.map((c) => column(model, c)).join(', ');
    return { label: `unique(${columns})`, sql: `SELECT count(*) FROM (SELECT ${columns} FROM ${model.name} GROUP BY ALL HAVING count(*) > 1)` };
  }
  if ('not_null' in test) {
    const columns = test.not_null.map((c) => column(model, c));
    return { label: `not_null(${columns.join(', ')})`, sql: `SELECT count(*) FROM ${model.name} WHERE ${columns.map((c) => `${c} IS NULL`).join(' OR ')}` };
  }
  if ('accepted_values' in test) {
    const { values } = test.accepted_values;
    const name = column(model, test.accepted_values.column);
    return {
      label: `accepted_values(${name}: ${values.join(', ')})`,
      sql: `SELECT count(*) FROM ${model.name} WHERE ${name} IS NOT NULL AND ${name} NOT IN (${values.map(literal).join(', ')})`
    };
  }
  return { label: `expression(${test.expression})`, sql: `SELECT count(*) FROM ${model.name} WHERE NOT coalesce((${test.expression}), false)` };
}

/** Run every test of a model; the first that fails throws a one-line error naming the model and the test. */
export async function runDataTests(connection: DuckDBConnection, model: ModelFile): Promise<number> {
  for (const test of model.tests) {
    const { label, sql } = compileTest(model, test);
    const reader = await connection.runAndReadAll(sql);
    const failing = Number(reader.getRows()[0]?.[0] ?? 0);
    if (failing > 0) throw new UserError(`model ${model.name} (sql/${model.file}): data test ${label} failed on ${failing} row${failing === 1 ? '' : 's'}`);
  }
  return model.tests.length;
}
