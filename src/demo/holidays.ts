import { readStatutoryData } from '../lib/server/calendar/statutory.js';
import { formatDay, monthStartDay, type MonthIndex } from './calendar.js';

/**
 * China's statutory calendar in the demo company (SPEC 8, issue 15): on the days off of the Spring Festival, National
 * Day and the rest, business falls and comes back after them; on make-up working days (调休, a Saturday or Sunday) the
 * staff work and customers behave as on a weekday. One real incident is planted inside a holiday week so the detector
 * has a festival day worth finding. The days come from the same pinned package `opscore build` reads.
 */
export type DemoDayKind = 'holiday' | 'makeup' | 'ordinary';

/** Sales and tickets on a statutory day off, as a share of the same weekday's: most customers are away. */
export const HOLIDAY_SALES_SHARE = 0.35;
export const HOLIDAY_TICKET_SHARE = 0.65;

let days: Map<number, DemoDayKind> | undefined;

/** The statutory kind of a day (a day number, days since 1970-01-01). */
export function statutoryDayKind(day: number): DemoDayKind {
  days ??= new Map(
    readStatutoryData().days.map((d) => [Date.parse(`${d.day}T00:00:00Z`) / 86_400_000, d.kind === 'holiday' ? 'holiday' : 'makeup'] as const)
  );
  return days.get(day) ?? 'ordinary';
}

/**
 * The weekday whose customers a day behaves like (0 = Monday … 6 = Sunday): a make-up Saturday or Sunday behaves like
 * a Friday; every other day like itself.
 */
export function effectiveWeekday(day: number, weekdayOfDay: number): number {
  return weekdayOfDay >= 5 && statutoryDayKind(day) === 'makeup' ? 4 : weekdayOfDay;
}

/** The share of a weekday's volume a day keeps: HOLIDAY_*_SHARE on a statutory day off, else all of it. */
export function holidayVolumeShare(day: number, stream: 'sales' | 'tickets'): number {
  if (statutoryDayKind(day) !== 'holiday') return 1;
  return stream === 'sales' ? HOLIDAY_SALES_SHARE : HOLIDAY_TICKET_SHARE;
}

/** First responses this many times slower on the holiday incident day (a skeleton crew's tool outage). */
export const HOLIDAY_INCIDENT_SLOWDOWN = 8;

/**
 * The planted holiday incident: the third day of the latest run of at least three statutory days off that starts at
 * least 60 days into the window (history enough to judge it) and ends inside it; null when the window has none.
 */
export function holidayIncidentDay(start: MonthIndex, end: MonthIndex): number | null {
  const first = monthStartDay(start) + 60;
  const last = monthStartDay(end + 1) - 1;
  let best: number | null = null;
  let runStart: number | null = null;
  for (let day = monthStartDay(start); day <= last + 1; day++) {
    const off = day <= last && statutoryDayKind(day) === 'holiday';
    if (off && runStart === null) runStart = day;
    if (!off && runStart !== null) {
      if (day - runStart >= 3 && runStart >= first) best = runStart + 2;
      runStart = null;
    }
  }
  return best;
}

/** The holiday incident in contract terms (what docs/demo.md and the tests refer to). */
export function demoHolidayIncident(options: { months: number; end: string }): { day: string; slowdownFactor: number } | null {
  const end = Number(options.end.slice(0, 4)) * 12 + Number(options.end.slice(5, 7)) - 1;
  const day = holidayIncidentDay(end - options.months + 1, end);
  return day === null ? null : { day: formatDay(day), slowdownFactor: HOLIDAY_INCIDENT_SLOWDOWN };
}
