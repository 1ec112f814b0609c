import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { calendarDays } from '../../queries/calendar.js';
import { integer, isoDay } from '../params.js';
import { addRead } from '../read-route.js';
import type { Responder } from '../respond.js';

/** The work calendar (SPEC 8): holidays, make-up working days and company days off, with their source. */
export function registerCalendarRoutes(app: OpenAPIHono, responder: Responder): void {
  addRead(app, responder, {
    path: '/calendar/days',
    tag: 'calendar',
    name: 'calendar-days',
    summary: 'holidays, make-up working days and company days off {day, weekday, kind, is_workday, special, name_en, name_zh, source, package} of a year or a range',
    tabular: true,
    query: z.object({
      year: integer('the year (default: the year of the latest data)', 1900, 2199).optional(),
      from: isoDay('first day (instead of year)').optional(),
      to: isoDay('last day (instead of year)').optional()
    }),
    run: (ctx, { query }) => calendarDays(ctx, query)
  });
}
