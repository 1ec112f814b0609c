/** Moved to src/lib/shared/format.ts (used by server loads too); this re-export keeps branches in flight compiling. */
export * from '../shared/format.js';
