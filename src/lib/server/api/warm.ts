/**
 * Fill the cache with the answers the dashboard asks for first (the shell, the overview for the latest month, the Data
 * page), so the first visitor after a start or a load does not wait for the uncached queries. Failures are ignored:
 * warming is only ever a head start.
 */
export async function warmCache(app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> }): Promise<number> {
  const get = async (path: string): Promise<unknown> => {
    try {
      const response = await app.request(path, { headers: { accept: 'application/json' } });
      return response.ok ? await response.json() : undefined;
    } catch {
      return undefined;
    }
  };
  const paths = ['/api/teams', '/api/channels', '/api/status', '/api/rejects?limit=200', '/api/anomalies/incidents?limit=8'];
  const trends = (await get('/api/trends')) as { month?: string; value?: number | null }[] | undefined;
  const months = (trends ?? []).filter((row) => row.value !== null && row.value !== undefined && typeof row.month === 'string').map((row) => row.month!.slice(0, 7));
  const latest = months.sort().at(-1);
  if (latest) paths.push(`/api/kpis?month=${latest}`, `/api/grades/distribution?month=${latest}`, `/api/scorecards?month=${latest}`);
  for (const path of paths) await get(path);
  return paths.length + 1;
}
