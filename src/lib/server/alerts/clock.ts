/**
 * Local wall-clock times in the business time zone, for quiet hours and the digest: "the next 08:00 in Asia/Shanghai
 * after this instant". Intl does the zone arithmetic (ICU ships with Node), so daylight-saving zones work too.
 */

interface LocalParts { year: number; month: number; day: number; hour: number; minute: number; second: number }

const formatters = new Map<string, Intl.DateTimeFormat>();

function localParts(instant: Date, timeZone: string): LocalParts {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return { year: +parts.year!, month: +parts.month!, day: +parts.day!, hour: +parts.hour!, minute: +parts.minute!, second: +parts.second! };
}

/** The zone's offset from UTC at `instant`, in ms. */
function offsetAt(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant a local date and time happens in the zone (the later reading when a clock change repeats it). */
function instantOf(year: number, month: number, day: number, minuteOfDay: number, timeZone: string): Date {
  const asUtc = Date.UTC(year, month - 1, day, Math.floor(minuteOfDay / 60), minuteOfDay % 60);
  const first = asUtc - offsetAt(new Date(asUtc), timeZone);
  const second = asUtc - offsetAt(new Date(first), timeZone);
  return new Date(second);
}

const minutesOf = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** Local minute of the day (0-1439) at `instant`. */
export function localMinute(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  return p.hour * 60 + p.minute;
}

/** The local calendar day (YYYY-MM-DD) of `instant`. */
export function localDay(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** The first instant at or after `instant` whose local time is `clock` (HH:MM): today's if not past, else tomorrow's. */
export function nextLocalTime(instant: Date, clock: string, timeZone: string): Date {
  const p = localParts(instant, timeZone);
  const today = instantOf(p.year, p.month, p.day, minutesOf(clock), timeZone);
  if (today.getTime() >= instant.getTime()) return today;
  const tomorrow = new Date(Date.UTC(p.year, p.month - 1, p.day + 1));
  return instantOf(tomorrow.getUTCFullYear(), tomorrow.getUTCMonth() + 1, tomorrow.getUTCDate(), minutesOf(clock), timeZone);
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
