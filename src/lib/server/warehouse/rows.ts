import type { DuckDBResultReader } from '@duckdb/node-api';

/** A row as the rest of opscore sees it: plain JSON-safe values. */
export type Row = Record<string, unknown>;

/** The one boundary where DuckDB values become plain JS: bigint to number, dates to ISO text, nested values recursively. */
export function toPlain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value !== null && typeof value === 'object') {
    const out: Row = {};
    for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
    return out;
  }
  return value;
}

export function readerRows<T extends Row = Row>(reader: DuckDBResultReader): T[] {
  return reader.getRowObjectsJS().map((row) => toPlain(row) as T);
}
