import createClient from 'openapi-fetch';
import type { paths } from './schema.js';

/**
 * Reading the API from page loads: every call answers with data or with a reason, never throws into the page.
 * `apiClient` is typed from the OpenAPI document (src/lib/shared/api/schema.ts, generated): paths, parameters and
 * answers are checked by the compiler. Errors always have the API's one shape, `{error: {code, message, param}}`.
 */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; code: string; message: string; param: string | null };

type Fetch = typeof fetch;
export type Params = Record<string, string | number | boolean | null | undefined>;

/** The API's error body (api/errors.ts `errorSchema`). */
interface ApiErrorBody {
  error: { code: string; message: string; param: string | null };
}

const isErrorBody = (body: unknown): body is ApiErrorBody =>
  typeof body === 'object' && body !== null && typeof (body as ApiErrorBody).error?.message === 'string';

function failure(status: number, body: unknown, statusText: string): ApiResult<never> {
  if (isErrorBody(body)) return { ok: false, status, code: body.error.code, message: body.error.message, param: body.error.param ?? null };
  return { ok: false, status, code: 'http_error', message: `${status} ${statusText}`.trim(), param: null };
}

/** Query values as the API reads them: absent, null and blank are left out (a blank filter means no filter). */
function querySerializer(query: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  }
  return search.toString();
}

/**
 * A client of /api typed from the OpenAPI document; `origin` makes URLs absolute for SvelteKit's server-side fetch
 * (in the browser, `location.origin`). Every page calls the API through it: `settle(api.GET('/api/...', {params}))`.
 */
export function apiClient(fetcher: Fetch, origin: string) {
  return createClient<paths, 'application/json'>({ baseUrl: origin, fetch: fetcher, headers: { accept: 'application/json' }, querySerializer });
}

export type Api = ReturnType<typeof apiClient>;

/** A typed call's answer as an ApiResult: its data, or the API's error. */
export async function settle<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<ApiResult<T>> {
  try {
    const { data, error, response } = await call;
    if (!response.ok) return failure(response.status, error, response.statusText);
    return { ok: true, data: data as T };
  } catch (error) {
    return { ok: false, status: 0, code: 'network_error', message: error instanceof Error ? error.message : String(error), param: null };
  }
}

/** The address of an answer (a CSV download link), with only the set parameters. */
export function apiUrl(path: string, params: Params = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return `/api/${path.replace(/^\/+/, '')}${query ? `?${query}` : ''}`;
}

/** The rows of a table answer (every tabular endpoint answers a JSON array), or none when the call failed. */
export function rowsOf<T = Record<string, unknown>>(result: ApiResult<unknown> | undefined | null): T[] {
  return result?.ok && Array.isArray(result.data) ? (result.data as T[]) : [];
}

/** An object answer, or null when the call failed. */
export function objectOf<T = Record<string, unknown>>(result: ApiResult<unknown> | undefined | null): T | null {
  if (!result?.ok || !result.data || typeof result.data !== 'object' || Array.isArray(result.data)) return null;
  return result.data as T;
}
