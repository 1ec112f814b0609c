/// <reference lib="webworker" />
import { whatIf, type Bands, type Coefficients, type WhatIfCard } from './what-if.js';

/**
 * The what-if runs here, in a worker: Arquero compiles its table expressions with `Function`, which the dashboard's
 * Content-Security-Policy (no 'unsafe-eval') forbids on the page; a same-origin worker script carries no such policy.
 */
interface Request {
  id: number;
  cards: WhatIfCard[];
  bands: Bands;
  coefficients: Coefficients;
}

self.onmessage = (event: MessageEvent<Request>) => {
  const { id, cards, bands, coefficients } = event.data;
  try {
    self.postMessage({ id, rows: whatIf(cards, bands, coefficients) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
