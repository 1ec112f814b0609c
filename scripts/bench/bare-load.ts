// The benchmark's baseline: a bare Node process that loads a CSV into a DuckDB file with DuckDB's own
// `CREATE TABLE AS SELECT * FROM read_csv(...)`, nothing else. Usage: node bare-load.js FILE.csv DB.duckdb
import { DuckDBInstance } from '@duckdb/node-api';

const [csv, db] = process.argv.slice(2);
if (!csv || !db) {
  console.error('usage: bare-load.js FILE.csv DB.duckdb');
  process.exit(2);
}
const instance = await DuckDBInstance.create(db);
const connection = await instance.connect();
await connection.run('CREATE TABLE t AS SELECT * FROM read_csv($1)', [csv]);
connection.closeSync();
instance.closeSync();
