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
