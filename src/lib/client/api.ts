/** Reading the API from page loads: every call answers with data or with a reason, never throws into the page. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; message: string };

type Fetch = typeof fetch;
export type Params = Record<string, string | number | boolean | null | undefined>;

export function apiUrl(path: string, params: Params = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return `/api/${path.replace(/^\/+/, '')}${query ? `?${query}` : ''}`;
}

/** The message of an error body (`{error}`, `{message}` or `{error: {message}}`), else the status text. */
function messageOf(body: unknown, fallback: string): string {
  if (body && typeof body === 'object') {
    const record = body as Record<string, unknown>;
    const error = record.error;
    if (typeof error === 'string') return error;
    if (error && typeof error === 'object' && typeof (error as Record<string, unknown>).message === 'string') {
      return (error as Record<string, string>).message!;
    }
    if (typeof record.message === 'string') return record.message;
  }
  return fallback;
}

export async function apiGet<T = unknown>(fetcher: Fetch, path: string, params: Params = {}): Promise<ApiResult<T>> {
  try {
    const response = await fetcher(apiUrl(path, params), { headers: { accept: 'application/json' } });
    const text = await response.text();
    let body: unknown = null;
    try {
      body = text === '' ? null : JSON.parse(text);
    } catch {
      body = null;
    }
    if (!response.ok) return { ok: false, status: response.status, message: messageOf(body, `${response.status} ${response.statusText}`.trim()) };
    return { ok: true, data: body as T };
  } catch (error) {
    return { ok: false, status: 0, message: error instanceof Error ? error.message : String(error) };
  }
}

/** The rows of an answer, whether the endpoint sends an array or wraps it (`{rows}`, `{data}`, `{items}`). */
export function rowsOf<T = Record<string, unknown>>(result: ApiResult<unknown> | undefined | null, key?: string): T[] {
  if (!result || !result.ok) return [];
  const data = result.data as unknown;
  if (Array.isArray(data)) return data as T[];
  if (data && typeof data === 'object') {
    const record = data as Record<string, unknown>;
    for (const name of [key, 'rows', 'data', 'items', 'results'].filter(Boolean) as string[]) {
      if (Array.isArray(record[name])) return record[name] as T[];
    }
  }
  return [];
}

/** An object answer (or the wrapped one), else null. */
export function objectOf<T = Record<string, unknown>>(result: ApiResult<unknown> | undefined | null): T | null {
  if (!result || !result.ok || !result.data || typeof result.data !== 'object' || Array.isArray(result.data)) return null;
  return result.data as T;
}
