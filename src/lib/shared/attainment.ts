/**
 * Attainment of a target as a percentage: value / target × 100, and null without a positive target (a zero or
 * negative target has no meaningful share). The one rule the server's trends and the page's fallback both use.
 */
export function attainmentPct(value: number | null, target: number | null): number | null {
  return value !== null && target !== null && target > 0 ? (100 * value) / target : null;
}
