import { z } from '@hono/zod-openapi';
import { isCalendarDay } from '../../shared/calendar.js';

/**
 * The building blocks of every endpoint's query schema. Each is bounded so a hostile value is a 400, never a slow query:
 * text is printable and short, dates are real calendar days in a sane range, numbers are integers within limits.
 * The OpenAPI document is generated from these same schemas, so it states exactly what is accepted.
 */

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/** Years 1900-2199, stated in the pattern itself so the OpenAPI document says exactly what is accepted. */
const YEAR = '(19|20|21)\\d{2}';
const yearMessage = `year between ${MIN_YEAR} and ${MAX_YEAR}`;

/** A calendar day, `YYYY-MM-DD`; 2025-06-31 is refused. */
export const isoDay = (description: string) =>
  z
    .string()
    .regex(new RegExp(`^${YEAR}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$`), `must be a date YYYY-MM-DD (${yearMessage})`)
    .refine(isCalendarDay, 'is not a day of the calendar')
    .openapi({ format: 'date', description, example: '2025-06-30' });

/** A day `YYYY-MM-DD` or a whole month `YYYY-MM` (as a range start: its first day; as an end: its last). */
export const dayOrMonth = (description: string) =>
  z
    .string()
    .regex(new RegExp(`^${YEAR}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?$`), `must be a date YYYY-MM-DD or a month YYYY-MM (${yearMessage})`)
    .refine((text) => text.length === 7 || isCalendarDay(text), 'is not a day of the calendar')
    .openapi({ description, example: '2025-06' });

/** A calendar month, `YYYY-MM`. */
export const isoMonth = (description: string) =>
  z
    .string()
    .regex(new RegExp(`^${YEAR}-(0[1-9]|1[0-2])$`), `must be a month YYYY-MM (${yearMessage})`)
    .openapi({ description, example: '2025-06' });

/** A year, `YYYY`. */
export const isoYear = (description: string) =>
  z
    .string()
    .regex(new RegExp(`^${YEAR}$`), `must be a year YYYY (${yearMessage})`)
    .openapi({ description, example: '2025' });

/** Printable text (no control characters), at most `max` characters: a name, an id, a team. Empty means "no filter". */
export const text = (description: string, max = 100, example?: string) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .regex(/^[^\u0000-\u001f\u007f]*$/, 'must be printable text without control characters')
    .openapi({ description, ...(example === undefined ? {} : { example }) });

/** Printable non-empty text: a path segment such as an employee id. */
export const requiredText = (description: string, max = 100, example?: string) =>
  z
    .string()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .regex(/^[^\u0000-\u001f\u007f]+$/, 'must be printable text without control characters')
    .openapi({ description, ...(example === undefined ? {} : { example }) });

/** One of a fixed list of words (a metric, a grain, an indicator): identifiers only ever come from such lists. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, description: string) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` }).openapi({ description });

/** A bounded whole number given as text in the query string. */
export const integer = (description: string, min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d{1,9}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
    .openapi({ type: 'integer', description, minimum: min, maximum: max });

/** `format=csv` asks for a CSV download of a table; JSON otherwise (or send `Accept: text/csv`). */
export const formatParam = z.enum(['json', 'csv'], { error: 'must be json or csv' }).optional().openapi({ description: 'json (default) or csv; `Accept: text/csv` also asks for CSV' });
