import { readdirSync } from 'node:fs';
import { readSql, sqlPath } from '../paths.js';
import type { Warehouse } from './warehouse.js';

export interface Migration {
  version: number;
  name: string;
  file: string;
}

/** The versioned schema files, sql/schema/NNN_name.sql, in order. */
export function listMigrations(): Migration[] {
  return readdirSync(sqlPath('schema'))
    .map((file) => /^(\d+)_(.+)\.sql$/.exec(file))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ version: Number(match[1]), name: match[2]!, file: `schema/${match[0]}` }))
    .sort((a, b) => a.version - b.version);
}

/** The tables and views the migrations create (the raw tables and the app's own): every other table is a model's. */
export function migrationTables(): Set<string> {
  const names = new Set<string>(['schema_migrations']);
  for (const { file } of listMigrations()) {
    for (const match of readSql(file).matchAll(/\bcreate\s+(?:or\s+replace\s+)?(?:table|view)\s+(?:if\s+not\s+exists\s+)?"?([a-z_][a-z0-9_]*)/gi)) names.add(match[1]!.toLowerCase());
  }
  return names;
}

/** Bring the warehouse's schema up to the newest version, one transaction per migration. */
export async function migrate(warehouse: Warehouse): Promise<number[]> {
  await warehouse.run(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())'
  );
  const done = new Set((await warehouse.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version));
  const applied: number[] = [];
  for (const migration of listMigrations()) {
    if (done.has(migration.version)) continue;
    await warehouse.transaction(async (connection) => {
      await connection.run(readSql(migration.file));
      await connection.run('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
    });
    applied.push(migration.version);
  }
  return applied;
}
