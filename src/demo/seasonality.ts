import { dayOf, monthOfDay, weekday } from './calendar.js';
import { effectiveWeekday, holidayVolumeShare } from './holidays.js';

/** Chinese New Year (first day of the lunar year): business dips for about two weeks around it. */
const CHINESE_NEW_YEAR: Record<number, [number, number]> = {
  2015: [2, 19], 2016: [2, 8], 2017: [1, 28], 2018: [2, 16], 2019: [2, 5], 2020: [1, 25], 2021: [2, 12], 2022: [2, 1],
  2023: [1, 22], 2024: [2, 10], 2025: [1, 29], 2026: [2, 17], 2027: [2, 6], 2028: [1, 26], 2029: [2, 13], 2030: [2, 3],
  2031: [1, 23], 2032: [2, 11], 2033: [1, 31], 2034: [2, 19], 2035: [2, 8]
};

/** Month-of-year level of sales: a Q4 high season, a soft start of the year. */
const MONTH_LEVEL = [0.96, 0.92, 1.0, 1.0, 1.02, 1.08, 0.97, 0.97, 1.02, 1.05, 1.16, 1.12];

/** Sales by weekday, Monday first: weekends are quieter. */
const SALES_WEEKDAY = [1.05, 1.06, 1.05, 1.02, 1.07, 0.78, 0.72];
/** Tickets by weekday, Monday first. */
const TICKET_WEEKDAY = [1.1, 1.06, 1.04, 1.03, 1.02, 0.72, 0.66];

/** A smooth bump (Gaussian in days), so festival peaks ramp up and down instead of jumping. */
function bump(day: number, centre: number, height: number, widthDays: number): number {
  const z = (day - centre) / widthDays;
  return height * Math.exp(-0.5 * z * z);
}

/** Festivals near `day`: 618 and 双11 shopping peaks, the Chinese New Year dip. */
function festivalFactor(day: number): number {
  const year = new Date(day * 86_400_000).getUTCFullYear();
  let factor = 1;
  for (const y of [year - 1, year, year + 1]) {
    factor += bump(day, dayOf(y, 6, 18), 0.25, 3.5);
    factor += bump(day, dayOf(y, 11, 11), 0.4, 3.5);
    const [m, d] = CHINESE_NEW_YEAR[y] ?? [2, 5];
    factor -= bump(day, dayOf(y, m, d) + 2, 0.38, 5);
  }
  return factor;
}

/** Slow growth of the business: about 8% a year. */
function trend(day: number): number {
  return Math.exp((0.08 * (day - 20_000)) / 365);
}

/** Expected sales on `day` relative to an ordinary day. */
export function salesFactor(day: number): number {
  return MONTH_LEVEL[monthOfDay(day) % 12]! * festivalFactor(day) * SALES_WEEKDAY[effectiveWeekday(day, weekday(day))]! * trend(day)
    * holidayVolumeShare(day, 'sales');
}

/** Expected tickets on `day`: half of it follows sales (orders bring questions), half is steady. */
export function ticketFactor(day: number): number {
  const salesShape = MONTH_LEVEL[monthOfDay(day) % 12]! * festivalFactor(day) * trend(day);
  return (0.5 + 0.5 * salesShape) * TICKET_WEEKDAY[effectiveWeekday(day, weekday(day))]! * holidayVolumeShare(day, 'tickets');
}

/** Share of a day's sales in each hour 0-23: late morning and evening peaks, a quiet night. */
export const SALES_HOURS = [0.3, 0.15, 0.1, 0.05, 0.05, 0.1, 0.3, 0.8, 1.6, 2.6, 3.2, 3.3, 2.6, 2.6, 3.0, 3.1, 2.9, 2.5, 2.3, 2.8, 3.3, 3.4, 2.4, 1.0];
/** Share of a day's tickets in each hour by channel: phones and chat in service hours, email around the clock. */
export const TICKET_HOURS: Record<string, number[]> = {
  phone: [0, 0, 0, 0, 0, 0, 0, 0, 0, 3.2, 4.2, 4.4, 3.0, 3.4, 4.2, 4.1, 3.8, 3.2, 2.2, 1.4, 1.0, 0.6, 0, 0],
  chat: [0.1, 0, 0, 0, 0, 0, 0, 0.2, 1.0, 2.6, 3.4, 3.6, 2.8, 3.0, 3.4, 3.4, 3.2, 2.8, 2.4, 2.6, 3.0, 2.9, 1.8, 0.6],
  email: [0.15, 0.08, 0.05, 0.05, 0.05, 0.1, 0.3, 1.0, 2.4, 3.2, 3.2, 3.0, 2.4, 2.6, 2.9, 2.8, 2.6, 2.2, 1.8, 1.6, 1.6, 1.4, 1.0, 0.6],
  wechat: [0.1, 0, 0, 0, 0, 0, 0, 0.4, 1.2, 2.4, 3.0, 3.2, 2.6, 2.8, 3.0, 3.0, 2.8, 2.6, 2.4, 2.6, 3.0, 2.8, 1.8, 0.8]
};
