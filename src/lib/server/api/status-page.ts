import { Hono } from 'hono';

const escapeHtml = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

function table(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return '<p>(none)</p>';
  const columns = Object.keys(rows[0]!);
  const cell = (value: unknown) => escapeHtml(typeof value === 'object' && value !== null ? JSON.stringify(value) : value);
  return `<table><thead><tr>${columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((row) => `<tr>${columns.map((c) => `<td>${cell(row[c])}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

/** Any JSON as HTML: arrays of rows become tables, objects become sections. */
function render(value: unknown, title?: string): string {
  const heading = title ? `<h2>${escapeHtml(title.replaceAll('_', ' '))}</h2>` : '';
  if (Array.isArray(value)) return heading + table(value.map((row) => (typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : { value: row })));
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    const scalars = entries.filter(([, v]) => typeof v !== 'object' || v === null);
    const nested = entries.filter(([, v]) => typeof v === 'object' && v !== null);
    return heading + (scalars.length ? table([Object.fromEntries(scalars)]) : '') + nested.map(([k, v]) => render(v, k)).join('');
  }
  return heading + `<p>${escapeHtml(value)}</p>`;
}

const STYLE = 'body{font:14px system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}th{background:#f4f4f4}';

/** The plain page at / while the dashboard is not built: the warehouse status, read through the API itself. */
export function statusPageApp(api: { request: (path: string) => Response | Promise<Response> }): Hono {
  const page = new Hono();
  page.get('/', async (c) => {
    const response = await api.request('/api/status');
    const status = (await response.json()) as unknown;
    const body = response.ok ? render(status) : `<p>${escapeHtml((status as { error?: { message?: string } }).error?.message ?? 'status unavailable')}</p>`;
    return c.html(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>opscore</title><style>${STYLE}</style></head><body>` +
        `<h1>opscore</h1><p>The dashboard is not built (run <code>npm run build</code>); the API is at <a href="/api/docs">/api/docs</a>.</p>` +
        `${body}</body></html>`
    );
  });
  page.notFound((c) => c.text('not found: the dashboard is not built; see / and /api/docs', 404));
  return page;
}
