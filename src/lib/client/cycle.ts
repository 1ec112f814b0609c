/** Writes of the appraisal cycle from the dashboard: JSON to /api, the answer or the API's one-line reason. */
export async function apiSend(method: 'POST' | 'DELETE', path: string, body?: unknown): Promise<{ ok: boolean; message: string; data: unknown }> {
  try {
    const response = await fetch(`/api/${path.replace(/^\/+/, '')}`, {
      method,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body ?? {})
    });
    const data = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    return { ok: response.ok, message: response.ok ? '' : (data?.error?.message ?? `${response.status}`), data };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error), data: null };
  }
}

/** A month's state row of GET /api/appraisal/months. */
export interface MonthSummary {
  month: string;
  state: 'open' | 'published' | 'reopened';
  version: number | null;
  published_at: string | null;
  cards: number;
  acknowledged: number;
  open_disputes: number;
  live_cards_not_in_snapshot: number;
}

/** The same page with `view` set (live) or dropped (the published default). */
export function withView(url: URL, view: 'live' | null): string {
  const next = new URL(url);
  if (view) next.searchParams.set('view', view);
  else next.searchParams.delete('view');
  return `${next.pathname}${next.search}`;
}
