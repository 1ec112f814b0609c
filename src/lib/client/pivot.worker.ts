/// <reference lib="webworker" />
import { largestSlices, pivot, type LongRow, type PivotSpec } from './pivot.js';

/**
 * The Explore pivot runs here, in a worker: Arquero compiles its expressions with `Function`, which the dashboard's
 * Content-Security-Policy (no 'unsafe-eval') forbids on the page; a same-origin worker script carries no such policy.
 */
interface Request {
  id: number;
  rows: LongRow[];
  spec: PivotSpec;
  /** How many slices the chart draws. */
  chartSlices: number;
}

self.onmessage = (event: MessageEvent<Request>) => {
  const { id, rows, spec, chartSlices } = event.data;
  try {
    self.postMessage({ id, pivot: pivot(rows, spec), largest: largestSlices(rows, chartSlices) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
