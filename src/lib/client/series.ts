/** Moved to src/lib/shared/series.ts (used by server loads too); this re-export keeps branches in flight compiling. */
export * from '../shared/series.js';
