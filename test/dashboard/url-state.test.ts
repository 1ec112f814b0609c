import { describe, expect, it } from 'vitest';
import {
  activeFilterCount, filterQuery, filtersToApiParams, hrefWith, isDay, monthParam, parseFilters, pickParam, writeFilters
} from '../../src/lib/shared/url-state.js';

const q = (s: string) => new URLSearchParams(s);

describe('global filters in the URL', () => {
  it('reads every filter and leaves the unset ones null', () => {
    expect(parseFilters(q('from=2025-01-01&to=2025-03-31&team=North&channel=chat'))).toEqual({
      from: '2025-01-01', to: '2025-03-31', team: 'North', role: null, channel: 'chat'
    });
  });
  it('drops days that do not exist and blank values', () => {
    expect(parseFilters(q('from=2025-02-30&to=junk&team=%20'))).toEqual({ from: null, to: null, team: null, role: null, channel: null });
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2025-02-29')).toBe(false);
  });
  it('swaps a reversed range', () => {
    const filters = parseFilters(q('from=2025-05-01&to=2025-01-01'));
    expect([filters.from, filters.to]).toEqual(['2025-01-01', '2025-05-01']);
  });
  it('writes filters back, keeping the page’s own parameters and removing cleared ones', () => {
    const next = writeFilters(q('metric=profit&team=North'), { team: null, role: 'sales' });
    expect(next.toString()).toBe('metric=profit&role=sales');
  });
  it('round-trips: parse(write(f)) is f', () => {
    const filters = { from: '2025-01-01', to: '2025-06-30', team: 'South East', role: 'sales', channel: null };
    expect(parseFilters(writeFilters(new URLSearchParams(), filters))).toEqual(filters);
  });
  it('builds hrefs with a stable key order', () => {
    expect(hrefWith('/explore', q('team=A&metric=x'), { grain: 'week', metric: null })).toBe('/explore?grain=week&team=A');
    expect(hrefWith('/data', q('a=1'), { a: '' })).toBe('/data');
  });
  it('carries only the global filters between pages', () => {
    expect(filterQuery(q('sort=name&team=A&from=2025-01-01'))).toBe('?from=2025-01-01&team=A');
    expect(filterQuery(q('sort=name'))).toBe('');
  });
  it('takes page parameters only from their allow-list', () => {
    expect(pickParam(q('grain=week'), 'grain', ['day', 'week', 'month'], 'month')).toBe('week');
    expect(pickParam(q('grain=year;drop'), 'grain', ['day', 'week', 'month'], 'month')).toBe('month');
    expect(monthParam(q('month=2025-13'))).toBe(null);
    expect(monthParam(q('month=2025-06'))).toBe('2025-06');
  });
  it('counts active filters and passes only the set ones to the API', () => {
    const filters = parseFilters(q('team=A&role=sales'));
    expect(activeFilterCount(filters)).toBe(2);
    expect(filtersToApiParams(filters)).toEqual({ team: 'A', role: 'sales' });
  });
});
