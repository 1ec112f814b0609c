/**
 * Local wall-clock times in the business time zone, for quiet hours and the digest: "the next 08:00 in Asia/Shanghai
 * after this instant". date-fns-tz does the zone arithmetic (IANA zones through Intl), so daylight-saving zones work too.
 */
import { addDays, format, parseISO } from 'date-fns';
import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';

const minutesOf = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** Local minute of the day (0-1439) at `instant`. */
export function localMinute(instant: Date, timeZone: string): number {
  return minutesOf(formatInTimeZone(instant, timeZone, 'HH:mm'));
}

/** The local calendar day (YYYY-MM-DD) of `instant`. */
export function localDay(instant: Date, timeZone: string): string {
  return formatInTimeZone(instant, timeZone, 'yyyy-MM-dd');
}

/** The first instant at or after `instant` whose local time is `clock` (HH:MM): today's if not past, else tomorrow's. */
export function nextLocalTime(instant: Date, clock: string, timeZone: string): Date {
  const day = localDay(instant, timeZone);
  const today = fromZonedTime(`${day}T${clock}:00`, timeZone);
  if (today.getTime() >= instant.getTime()) return today;
  return fromZonedTime(`${format(addDays(parseISO(day), 1), 'yyyy-MM-dd')}T${clock}:00`, timeZone);
}

/**
 * When `instant` falls inside the quiet hours [from, to) (local; from > to spans midnight, from = to is no quiet time),
 * the instant they end; otherwise null.
 */
export function quietHoursEnd(instant: Date, quiet: { from: string; to: string }, timeZone: string): Date | null {
  const from = minutesOf(quiet.from);
  const to = minutesOf(quiet.to);
  if (from === to) return null;
  const minute = localMinute(instant, timeZone);
  const inside = from < to ? minute >= from && minute < to : minute >= from || minute < to;
  return inside ? nextLocalTime(instant, quiet.to, timeZone) : null;
}
