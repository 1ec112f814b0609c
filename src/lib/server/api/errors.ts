import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from '@hono/zod-openapi';
import { UserError } from '../../errors.js';
import { describeIssue, type Issue } from '../params/parse.js';

/** The one error shape every failure of the API takes: `{error: {code, message, param}}`. */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid_parameter' }),
      message: z.string().openapi({ example: 'month: must be a month YYYY-MM' }),
      param: z.string().nullable().openapi({ example: 'month' })
    })
  })
  .openapi('Error');

export type ApiErrorBody = z.infer<typeof errorSchema>;

export function errorBody(code: string, message: string, param: string | null = null): ApiErrorBody {
  return { error: { code, message, param } };
}

export function sendError(c: Context, status: ContentfulStatusCode, code: string, message: string, param: string | null = null): Response {
  return c.json(errorBody(code, message, param), status);
}

/** An error a handler raises on purpose, with its HTTP status and (when one is at fault) the parameter. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly param: string | null = null
  ) {
    super(message);
  }
}

type HookResult = { success: true } | { success: false; error: { issues: Issue[] } };

/** The OpenAPI app's defaultHook: a bad parameter becomes a 400 that names it. */
export function validationHook(result: HookResult, c: Context): Response | undefined {
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  if (!issue) return sendError(c, 400, 'invalid_parameter', 'invalid request');
  const { param, message } = describeIssue(issue);
  return sendError(c, 400, 'invalid_parameter', message, param);
}

/** Every error that escapes a handler: expected ones keep their message, anything else is logged and answered generically. */
export function handleError(error: Error, c: Context): Response {
  if (error instanceof ApiError) return sendError(c, error.status, error.code, error.message, error.param);
  // typed errors carry their own status and code (src/lib/errors.ts)
  if (error instanceof UserError && error.status !== 400) {
    return sendError(c, error.status as ContentfulStatusCode, error.code, error.message.split('\n')[0] ?? error.code, error.param);
  }
  if (error instanceof UserError) {
    const message = error.message.split('\n')[0] ?? 'bad request';
    // query functions word their errors "param: what is wrong"; an error that names no param keeps that name
    const param = error.param ?? /^([a-z_]{1,40}): /.exec(message)?.[1] ?? null;
    return sendError(c, 400, 'bad_request', message, param);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    const message = error.status >= 500 ? 'internal error' : (error.message || 'bad request').split('\n')[0]!;
    return sendError(c, status, error.status === 413 ? 'too_large' : error.status === 415 ? 'unsupported_media_type' : 'bad_request', message);
  }
  console.error(`[api] ${c.req.method} ${new URL(c.req.url).pathname}: ${error.stack ?? error.message}`);
  return sendError(c, 500, 'internal_error', 'internal error: the server could not answer this request; details are in its log');
}

export function handleNotFound(c: Context): Response {
  return sendError(c, 404, 'not_found', `no such endpoint: ${c.req.method} ${new URL(c.req.url).pathname.slice(0, 200)}`);
}
