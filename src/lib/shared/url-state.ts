import { isCalendarDay } from './calendar.js';
import type { Role } from '../config/indicators.js';

/** The global filters live in the query string, so a view can be shared and reloaded exactly as it was. */
export interface Filters {
  from: string | null; // YYYY-MM-DD, inclusive
  to: string | null; // YYYY-MM-DD, inclusive
  team: string | null;
  role: string | null;
  channel: string | null;
}

export const FILTER_KEYS = ['from', 'to', 'team', 'role', 'channel'] as const satisfies readonly (keyof Filters)[];
export const EMPTY_FILTERS: Filters = { from: null, to: null, team: null, role: null, channel: null };

/** A real calendar day (2025-02-30 is not one). */
export const isDay = isCalendarDay;

function clean(value: string | null): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** Read the filters from a query string; anything malformed is dropped (a bad link still opens), and a reversed range is swapped. */
export function parseFilters(search: URLSearchParams): Filters {
  let from = clean(search.get('from'));
  let to = clean(search.get('to'));
  if (from !== null && !isDay(from)) from = null;
  if (to !== null && !isDay(to)) to = null;
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return { from, to, team: clean(search.get('team')), role: clean(search.get('role')), channel: clean(search.get('channel')) };
}

/** Write filters into a copy of `search`, removing the empty ones; other parameters (a page's own) are kept. */
export function writeFilters(search: URLSearchParams, filters: Partial<Filters>): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const key of FILTER_KEYS) {
    if (!(key in filters)) continue;
    const value = clean(filters[key] ?? null);
    if (value === null) next.delete(key);
    else next.set(key, value);
  }
  return next;
}

/** The href of `pathname` with `search` changed by `patch` (null or '' removes a key); keys keep a stable order. */
export function hrefWith(pathname: string, search: URLSearchParams, patch: Record<string, string | number | null | undefined>): string {
  const next = new URLSearchParams(search);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
  }
  next.sort();
  const query = next.toString();
  return query === '' ? pathname : `${pathname}?${query}`;
}

/** Only the global filters of a query string, as a query string: carried along when the user moves between pages. */
export function filterQuery(search: URLSearchParams): string {
  const filters = parseFilters(search);
  const out = writeFilters(new URLSearchParams(), filters);
  out.sort();
  const query = out.toString();
  return query === '' ? '' : `?${query}`;
}

/** One of `allowed`, else the default: page parameters (metric, grain, sort) come from allow-lists too. */
export function pickParam<T extends string>(search: URLSearchParams, key: string, allowed: readonly T[], fallback: T): T {
  const value = search.get(key);
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** A month parameter 'YYYY-MM', else null. */
export function monthParam(search: URLSearchParams, key = 'month'): string | null {
  const value = search.get(key);
  if (value === null || !/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return null;
  return value;
}

/** How many filters are set (the filter bar shows a clear button when any is). */
export function activeFilterCount(filters: Filters): number {
  return FILTER_KEYS.filter((key) => filters[key] !== null).length;
}

/** The global filters as the API's query parameters (GET /api/metrics, /api/trends, /api/process/*...). */
export interface ApiFilters {
  from?: string;
  to?: string;
  team?: string;
  /** as given in the URL: an unknown role is the API's to refuse, in words the page shows */
  role?: Role;
  channel?: string;
}

/** The API query for the filters, with only the set ones. */
export function filtersToApiParams(filters: Filters): ApiFilters {
  const params: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value !== null) params[key] = value;
  }
  return params as ApiFilters;
}
