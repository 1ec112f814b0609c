import { ConflictError } from '../../errors.js';
import { recordAudit } from '../access/audit.js';
import { requireGrant } from '../access/grants.js';
import type { QueryContext } from '../context.js';
import { readSql } from '../paths.js';
import { annualResults } from '../queries/annual.js';
import { parseYear } from '../queries/appraisal-params.js';
import { configHash, requireText } from './publish.js';
import { yearStatus, type YearStatus } from './year-state.js';

type Connection = { run: (sql: string, params?: never) => Promise<unknown> };

async function setYearState(connection: Connection, year: number, state: 'published' | 'reopened', version: number, by: string, reason: string) {
  await connection.run(`DELETE FROM appraisal_years WHERE year = $year`, { year } as never);
  await connection.run(
    `INSERT INTO appraisal_years (year, state, version, changed_by, reason) VALUES ($year, $state, $version, $by, $reason)`,
    { year, state, version, by, reason } as never
  );
}

/**
 * Publish a year (SPEC 10.2 "Annual", 10.8): freeze the annual results of the whole company (graded months, composite,
 * grade, suggested salary adjustment, published months) as year snapshot version v + 1, with the month snapshot
 * versions they came from. hr or admin, a reason; 409 when the year is published already, has no card, or has a
 * month with a card that is not published (named).
 */
export async function publishYear(ctx: QueryContext, params: { year: string | number; reason: unknown }): Promise<YearStatus & { employees: number }> {
  requireGrant(ctx.caller, 'appraisal.manage');
  const year = parseYear(params.year);
  const reason = requireText(params.reason, 'reason', 2000);
  const status = await yearStatus(ctx, year);
  if (status.state === 'published') throw new ConflictError(`conflict: year ${year} is published (version ${status.version}); reopen it first`, 'year');
  const open = await ctx.warehouse.query<{ month: string }>(readSql('cycle/year_unpublished.sql'), { year });
  if (open.length > 0) {
    throw new ConflictError(`conflict: year ${year} has months not published (${open.map((m) => m.month).join(', ')}); publish every month with a card first`, 'year');
  }
  const monthVersions = await ctx.warehouse.query<{ month: string; version: number }>(
    `SELECT strftime(month, '%Y-%m') AS month, version FROM appraisal_months WHERE year(month) = $year AND state = 'published' ORDER BY month`,
    { year }
  );
  if (monthVersions.length === 0) throw new ConflictError(`conflict: year ${year} has no published month to publish`, 'year');
  // one act freezes the whole company's year, whatever the publisher's own read scope
  const rows = await annualResults({ ...ctx, caller: { ...ctx.caller, scope: { kind: 'all' } } }, { year, view: 'published' });
  const version = status.version + 1;
  await ctx.warehouse.transaction(async (connection) => {
    await connection.run(
      `INSERT INTO appraisal_year_snapshots (year, version, published_by, reason, config_hash, month_versions, employees)
       VALUES ($year, $version, $by, $reason, $hash, $months::JSON, $employees)`,
      {
        year, version, by: ctx.caller.id, reason, hash: configHash(ctx), employees: rows.length,
        months: JSON.stringify(Object.fromEntries(monthVersions.map((m) => [m.month, Number(m.version)])))
      } as never
    );
    await connection.run(
      `INSERT INTO appraisal_year_snapshot_rows BY NAME
       SELECT $year AS year, $version AS version, r->>'employee_id' AS employee_id, r->>'name' AS name, r->>'team' AS team,
              r->>'role' AS role, (r->>'graded_months')::INTEGER AS graded_months, (r->>'composite')::DOUBLE AS composite,
              r->>'grade' AS grade, (r->>'salary_adjustment_pct')::DOUBLE AS salary_adjustment_pct,
              (r->>'published_months')::INTEGER AS published_months
         FROM (SELECT unnest(from_json($rows::JSON, '["JSON"]')) AS r)`,
      { year, version, rows: JSON.stringify(rows) } as never
    );
    await setYearState(connection, year, 'published', version, ctx.caller.id, reason);
  });
  await recordAudit(ctx, { action: 'publish', objectType: 'year', objectIds: [String(year)], month: null, detail: { reason, version, employees: rows.length } });
  return { ...(await yearStatus(ctx, year)), employees: rows.length };
}

/** Reopen a published year: annual reads recompute from the months again; the year snapshot is kept. */
export async function reopenYear(ctx: QueryContext, params: { year: string | number; reason: unknown }): Promise<YearStatus> {
  requireGrant(ctx.caller, 'appraisal.manage');
  const year = parseYear(params.year);
  const reason = requireText(params.reason, 'reason', 2000);
  const status = await yearStatus(ctx, year);
  if (status.state !== 'published') throw new ConflictError(`conflict: year ${year} is ${status.state}; only a published year can be reopened`, 'year');
  await ctx.warehouse.transaction((connection) => setYearState(connection, year, 'reopened', status.version, ctx.caller.id, reason));
  await recordAudit(ctx, { action: 'reopen', objectType: 'year', objectIds: [String(year)], month: null, detail: { reason, version: status.version } });
  return yearStatus(ctx, year);
}
