/** Moved to src/lib/shared/api/client.ts (used by server loads too); this re-export keeps branches in flight compiling. */
export * from '../shared/api/client.js';
