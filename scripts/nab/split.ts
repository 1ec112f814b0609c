/**
 * The fixed, honest split of the NAB files: settings are chosen on the tuning half only, and scores are reported on
 * the held-out half (and on all files). A file's half is decided by the FNV-1a 32-bit hash of its NAB name
 * (`<folder>/<file>.csv`, UTF-8 bytes; offset basis 2166136261, prime 16777619): even → tuning, odd → held out.
 * Written in code, never chosen by looking at scores.
 */

/** FNV-1a, 32 bits, over the UTF-8 bytes of `text` (http://www.isthe.com/chongo/tech/comp/fnv/). */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export type NabHalf = 'tuning' | 'heldout';

/** The half a NAB file belongs to. */
export function nabHalf(name: string): NabHalf {
  return fnv1a32(name) % 2 === 0 ? 'tuning' : 'heldout';
}

/** NAB_HALF=tuning|heldout|all (default all): which files a run reads. */
export function parseHalf(value: string | undefined): NabHalf | 'all' {
  if (value === undefined || value === '' || value === 'all') return 'all';
  if (value === 'tuning' || value === 'heldout') return value;
  throw new Error(`NAB_HALF: expected tuning, heldout or all, got "${value}"`);
}
