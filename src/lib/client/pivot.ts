import { desc, from, type ColumnTable } from 'arquero';

/**
 * The Explore pivot: long rows (one per period × slice) turned into rows × columns × measure with Arquero, in the
 * browser. Totals exist only where the measure adds up (sums and counts; a record count always does): a p90, a mean
 * or a rate of a row is not the sum of its cells, and the page says so instead of printing a wrong total.
 * Expressions are strings, not arrow functions, so minification cannot rename what Arquero parses. Arquero compiles
 * them with `Function`, which the page's CSP forbids: the page runs this module in a worker (pivot.worker.ts).
 */
export interface LongRow {
  period: string;
  slice: string;
  slice_label?: string | null;
  value: number | null;
  n: number | null;
}

export type PivotAxis = 'slice' | 'period';
export type PivotMeasure = 'value' | 'n';

export interface PivotSpec {
  /** What the pivot's rows are; the columns are the other axis. */
  rows: PivotAxis;
  measure: PivotMeasure;
  /** Whether the metric's value adds up across slices and periods (a sum or a count). */
  additive: boolean;
}

export interface Pivot {
  rowAxis: PivotAxis;
  /** Row keys with their labels, in display order. */
  rows: { key: string; label: string }[];
  /** Column keys with their labels, in display order. */
  columns: { key: string; label: string }[];
  /** cells[r][c]: the measure of row r in column c, null where there is none. */
  cells: (number | null)[][];
  /** Null when the measure does not add up. */
  rowTotals: (number | null)[] | null;
  columnTotals: (number | null)[] | null;
  grandTotal: number | null;
  totals: boolean;
}

/** Does a measure of this unit add up across cells? A record count always does. */
export function addsUp(measure: PivotMeasure, unit: string | undefined): boolean {
  return measure === 'n' || unit === 'currency' || unit === 'count';
}

const numberOrNull = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

function keyed(rows: LongRow[], spec: PivotSpec): ColumnTable {
  const table = from(rows.map((r) => ({ period: String(r.period), slice: String(r.slice), label: String(r.slice_label ?? r.slice), m: numberOrNull(r[spec.measure]) })));
  return spec.rows === 'slice'
    ? table.derive({ r: 'd => d.slice', rl: 'd => d.label', c: 'd => d.period', cl: 'd => d.period' })
    : table.derive({ r: 'd => d.period', rl: 'd => d.period', c: 'd => d.slice', cl: 'd => d.label' });
}

export function pivot(rows: LongRow[], spec: PivotSpec): Pivot {
  const totals = spec.additive || spec.measure === 'n';
  if (rows.length === 0) return { rowAxis: spec.rows, rows: [], columns: [], cells: [], rowTotals: totals ? [] : null, columnTotals: totals ? [] : null, grandTotal: null, totals };
  const long = keyed(rows, spec);
  // periods run in time order; slices by label
  const axisOrder = (key: string, label: string) => (spec.rows === 'slice' ? [label, key] : [key]);
  const rowKeys = long.groupby('r', 'rl').rollup({}).orderby(...axisOrder('r', 'rl')).objects() as { r: string; rl: string }[];
  const colKeys = long.groupby('c', 'cl').rollup({}).orderby(...(spec.rows === 'slice' ? ['c'] : ['cl', 'c'])).objects() as { c: string; cl: string }[];
  // One column per column key; each (row, column) pair holds one long row, so `op.sum` just carries it (nulls stay null).
  const wide = long.groupby('r').pivot('c', { m: 'd => op.valid(d.m) > 0 ? op.sum(d.m) : null' });
  const byRow = new Map((wide.objects() as Record<string, unknown>[]).map((o) => [String(o.r), o]));
  const cells = rowKeys.map(({ r }) => colKeys.map(({ c }) => numberOrNull(byRow.get(r)?.[c])));
  let rowTotals: (number | null)[] | null = null;
  let columnTotals: (number | null)[] | null = null;
  let grandTotal: number | null = null;
  if (totals) {
    const sum = { total: 'd => op.valid(d.m) > 0 ? op.sum(d.m) : null' };
    const rowSums = new Map((long.groupby('r').rollup(sum).objects() as { r: string; total: unknown }[]).map((o) => [o.r, numberOrNull(o.total)]));
    const colSums = new Map((long.groupby('c').rollup(sum).objects() as { c: string; total: unknown }[]).map((o) => [o.c, numberOrNull(o.total)]));
    rowTotals = rowKeys.map(({ r }) => rowSums.get(r) ?? null);
    columnTotals = colKeys.map(({ c }) => colSums.get(c) ?? null);
    grandTotal = numberOrNull((long.rollup(sum).object() as { total: unknown }).total);
  }
  return {
    rowAxis: spec.rows,
    rows: rowKeys.map(({ r, rl }) => ({ key: r, label: rl })),
    columns: colKeys.map(({ c, cl }) => ({ key: c, label: cl })),
    cells,
    rowTotals,
    columnTotals,
    grandTotal,
    totals
  };
}

/** The pivot as CSV (UTF-8 BOM for spreadsheets): a header of the row axis, the columns and, where it adds up, Total. */
export function pivotCsv(
  p: Pivot,
  names: { rowAxis: string; total: string; rowLabel?: (key: string, label: string) => string; columnLabel?: (key: string, label: string) => string }
): string {
  const columnNames = p.columns.map((c) => names.columnLabel?.(c.key, c.label) ?? c.label);
  const header = [names.rowAxis, ...columnNames, ...(p.totals ? [names.total] : [])];
  const records = p.rows.map((row, i) => [names.rowLabel?.(row.key, row.label) ?? row.label, ...p.cells[i]!, ...(p.totals ? [p.rowTotals![i]!] : [])]);
  if (p.totals) records.push([names.total, ...p.columnTotals!, p.grandTotal]);
  const cell = (value: unknown): string => {
    if (value === null || value === undefined) return '';
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `\uFEFF${[header, ...records].map((record) => record.map(cell).join(',')).join('\n')}\n`;
}

/** The slices with the largest absolute totals, largest first: which series a chart can afford to draw. */
export function largestSlices(rows: LongRow[], count: number): { shown: string[]; total: number } {
  if (rows.length === 0) return { shown: [], total: 0 };
  const totals = from(rows.map((r) => ({ slice: String(r.slice), value: numberOrNull(r.value) ?? 0 })))
    .groupby('slice')
    .rollup({ size: 'd => op.sum(op.abs(d.value))' })
    .orderby(desc('size'), 'slice');
  return { shown: (totals.array('slice') as string[]).slice(0, count), total: totals.numRows() };
}
