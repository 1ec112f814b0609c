/**
 * Business-local time for the demo. An instant is held as "local milliseconds": the wall-clock time in the company's
 * zone (UTC+8, Asia/Shanghai, no daylight saving) counted as if it were UTC, so day, hour and weekday are plain arithmetic
 * and formatting never depends on the machine's zone or locale.
 */
export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** The offset written on every timestamp: the company keeps Beijing time. */
export const OFFSET = '+08:00';

/** A month as a single integer (year × 12 + month − 1), so months add and compare as numbers. */
export type MonthIndex = number;

export function parseMonth(text: string): MonthIndex | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  return Number(match[1]) * 12 + month - 1;
}

export function formatMonth(month: MonthIndex): string {
  return `${Math.floor(month / 12)}-${pad2((month % 12) + 1)}`;
}

/** Day number (days since 1970-01-01) of a month's first day. */
export function monthStartDay(month: MonthIndex): number {
  return Date.UTC(Math.floor(month / 12), month % 12, 1) / DAY;
}

export function daysInMonth(month: MonthIndex): number {
  return monthStartDay(month + 1) - monthStartDay(month);
}

export function monthOfDay(day: number): MonthIndex {
  const date = new Date(day * DAY);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** Day number of a calendar date. */
export function dayOf(year: number, month1: number, dayOfMonth: number): number {
  return Date.UTC(year, month1 - 1, dayOfMonth) / DAY;
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(day: number): number {
  return (new Date(day * DAY).getUTCDay() + 6) % 7;
}

/** `YYYY-MM-DD` of a day number. */
export function formatDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => pad2(n));
const dayPrefixes = new Map<number, string>();

/** ISO 8601 with the company's offset, to the second: `2026-03-05T14:07:31+08:00`. (Hot at benchmark volumes:
 * the date part is cached per day and the clock built from a table.) */
export function formatInstant(localMs: number): string {
  const seconds = Math.floor(localMs / 1000);
  const day = Math.floor(seconds / 86_400);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    prefix = `${formatDay(day)}T`;
    dayPrefixes.set(day, prefix);
  }
  const clock = seconds - day * 86_400;
  const hour = Math.floor(clock / 3600);
  const minute = Math.floor((clock - hour * 3600) / 60);
  return `${prefix}${TWO_DIGITS[hour]}:${TWO_DIGITS[minute]}:${TWO_DIGITS[clock % 60]}${OFFSET}`;
}

/** The last full month before `now` in the company's zone (the demo's default end). */
export function lastFullMonth(now: Date): MonthIndex {
  const local = new Date(now.getTime() + 8 * HOUR);
  return local.getUTCFullYear() * 12 + local.getUTCMonth() - 1;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
