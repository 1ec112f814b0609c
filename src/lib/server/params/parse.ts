import type { z } from '@hono/zod-openapi';
import { UserError } from '../../errors.js';

/**
 * One query's parameters are one zod schema (the files beside this one). The API validates the query string with it
 * (routes pass it to addRead, which also documents it in OpenAPI); the CLI maps its flags to the same object and calls
 * `parseParams`, so the same bad value is refused with the same one-line message naming the parameter.
 */

export interface Issue {
  code: string;
  message: string;
  path: PropertyKey[];
}

/** A validation failure in words a caller can act on: the parameter's name, then what it must be. */
export function describeIssue(issue: Issue): { param: string | null; message: string } {
  const param = issue.path.length > 0 ? String(issue.path[0]) : null;
  const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
  const repeated = issue.code === 'invalid_type' && /received array/.test(issue.message);
  const reason = missing ? 'is required' : repeated ? 'must be given once' : issue.message;
  if (param === null) return { param, message: reason };
  return { param, message: `${param}: ${reason}` };
}

/** Drop blank optional text ("?team=", `--team ''`) so it means the same as an absent filter. */
export function withoutBlanks<T extends Record<string, unknown>>(values: T): T {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== '')) as T;
}

/**
 * Validate parameters given outside HTTP (the CLI's flags) exactly as the API validates its query string: absent
 * values are left out (a query string has no `undefined`), the first issue becomes a UserError naming its parameter,
 * and blank text is dropped afterwards.
 */
export function parseParams<S extends z.ZodType>(schema: S, input: Record<string, string | undefined>): z.infer<S> {
  const given = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
  const result = schema.safeParse(given);
  if (!result.success) {
    const issue = result.error.issues[0];
    if (!issue) throw new UserError('invalid parameters');
    const { param, message } = describeIssue(issue as Issue);
    throw new UserError(message, param);
  }
  return withoutBlanks(result.data as Record<string, unknown>) as z.infer<S>;
}
