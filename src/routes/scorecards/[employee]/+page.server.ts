import type { PageServerLoad } from './$types.js';
import { apiClient, settle, type ApiResult } from '$lib/shared/api/client.js';
import { monthParam } from '$lib/shared/url-state.js';

/** One employee's month: the card, how each number was reached (the records load when an indicator is opened) and the 12-month trend. */
export const load: PageServerLoad = async ({ fetch, url, params }) => {
  const employee = params.employee;
  let month = monthParam(url.searchParams);
  const api = apiClient(fetch, url.origin);
  const history = await settle(
    api.GET('/api/scorecards/{employee}/history', { params: { path: { employee }, query: { months: 12, ...(month ? { until: month } : {}) } } })
  );
  // By default the latest month with a composite (the month after the data ends is a near-empty card).
  const months = history.ok ? history.data : [];
  month ??= ((months.filter((m) => m.composite !== null).at(-1) ?? months.at(-1))?.month ?? '').slice(0, 7) || null;
  const none: ApiResult<unknown> = { ok: true, data: null };
  // SPEC 10.3: a published month shows its snapshot unless view=live
  const view = url.searchParams.get('view') === 'live' ? 'live' : undefined;
  const [card, explain, cycleMonths] = month
    ? await Promise.all([
        settle(api.GET('/api/scorecards', { params: { query: { month, employee, view } } })),
        settle(api.GET('/api/explain', { params: { query: { employee, month, view, records: 'false' } } })),
        settle(api.GET('/api/appraisal/months', { params: { query: { year: month.slice(0, 4) } } }))
      ])
    : [none, none, none];
  return { employee, month, history, card, explain, cycleMonths, view: view ?? 'published' };
};
