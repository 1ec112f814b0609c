/** Moved to src/lib/shared/url-state.ts (used by server loads too); this re-export keeps branches in flight compiling. */
export * from '../shared/url-state.js';
