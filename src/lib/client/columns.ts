import { formatOf } from '../catalog/metrics.js';
import type { ValueKind } from '../shared/format.js';

/**
 * How a field is shown. A column named for a metric, an anomaly series or a supervision measure takes the catalog's
 * format (src/lib/catalog/metrics.ts: its unit decides), so a new metric needs nothing here. The rules below are for
 * the other columns, the records' own fields (amount, cycle_hours, due_on, grade...), whose names are the spec's.
 */
export function kindOfField(field: string, sample?: unknown): ValueKind {
  const catalogued = formatOf(field);
  if (catalogued !== null) return catalogued;
  const f = field.toLowerCase();
  if (/(^|_)(amount|sales|profit|revenue)(_|$)|_target$/.test(f) && !/(count|_n$|orders|customers)/.test(f)) return 'money';
  if (f.endsWith('_pct') || f === 'attainment_pct') return 'percent';
  if (f.endsWith('_rate') || f === 'coverage' || f === 'share') return 'rate';
  if (f.endsWith('_minutes')) return 'minutes';
  if (f.endsWith('_hours')) return 'hours';
  if (f === 'month' || f === 'period' && typeof sample === 'string' && /^\d{4}-\d{2}$/.test(sample)) return 'month';
  if (f === 'day' || f === 'date' || f === 'period' || f.endsWith('_on') || f === 'first_day' || f === 'last_day') return 'day';
  if (f.endsWith('_at')) return 'timestamp';
  if (f === 'grade') return 'grade';
  if (f === 'rater_weight' || f === 'weight') return 'integer';
  if (f === 'composite' || f === 'score' || f.endsWith('_score') || f.endsWith('_mean') || f === 'expected' || f === 'lower' || f === 'upper') return 'score';
  if (f === 'bonus_coefficient') return 'coefficient';
  if (f === 'duration_ms') return 'integer';
  if (typeof sample === 'number') return Number.isInteger(sample) ? 'integer' : 'number';
  return 'text';
}
