/** Moved to src/lib/shared/latest.ts (used by server loads too); this re-export keeps branches in flight compiling. */
export * from '../shared/latest.js';
