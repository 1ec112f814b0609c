import { createHash } from 'node:crypto';
import { ConflictError, UserError } from '../../errors.js';
import { requireGrant } from '../access/grants.js';
import { recordAudit } from '../access/audit.js';
import type { QueryContext } from '../context.js';
import { readSql } from '../paths.js';
import { parseMonth } from '../queries/appraisal-params.js';
import type { Row } from '../warehouse/rows.js';
import { cardDifferences, liveCards, snapshotCards } from './cards.js';
import { monthStatus, type MonthStatus } from './month-state.js';
import { requireYearNotPublished } from './year-state.js';

/** The explain reads whose records a snapshot keeps per card (the same SQL explain runs, so both list the same ids). */
export const EVIDENCE_SOURCES: Record<string, string> = {
  explain_sales: 'order_id',
  explain_new_customers: 'customer_id',
  explain_csat: 'response_id',
  explain_sla_tickets: 'ticket_id',
  explain_sla_orders: 'order_id',
  explain_sla_leads: 'lead_id',
  explain_findings: 'finding_id',
  explain_inspections: 'inspection_id',
  explain_milestones: 'milestone_id',
  explain_ratings: 'rater_id',
  explain_rater_types: 'rater_type'
};

/** A reason of 1 to `max` characters, trimmed (SPEC 10.1: publish and reopen need one). */
export function requireText(value: unknown, field: string, max: number): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length < 1 || text.length > max) throw new UserError(`${field}: required, 1 to ${max} characters`, field);
  return text;
}

/** Hash of the effective configuration, so a snapshot says which policy numbers it was computed with. */
export const configHash = (ctx: QueryContext): string => createHash('sha256').update(JSON.stringify(ctx.warehouse.config)).digest('hex');

/** The counts behind one indicator's score, from the records explain lists (SPEC 10.2). */
function evidenceCounts(indicator: string, records: Record<string, Row[]>): Record<string, number> {
  const count = (rows: Row[] | undefined, test: (row: Row) => boolean) => (rows ?? []).filter(test).length;
  if (indicator === 'sales' || indicator === 'profit') return { orders_counted: count(records.explain_sales, (r) => Boolean(r.counted)) };
  if (indicator === 'new_customers') return { new_customers: records.explain_new_customers?.length ?? 0 };
  if (indicator === 'csat') return { responses: records.explain_csat?.length ?? 0, satisfied: count(records.explain_csat, (r) => Boolean(r.satisfied)) };
  if (indicator === 'process_compliance') {
    const counts: Record<string, number> = {};
    for (const [label, rows] of [['tickets', records.explain_sla_tickets], ['orders', records.explain_sla_orders], ['leads', records.explain_sla_leads]] as const) {
      for (const status of ['within', 'breach', 'pending']) counts[`${label}_${status}`] = count(rows, (r) => r.sla_status === status);
    }
    return counts;
  }
  if (indicator === 'rectification') {
    const findings = records.explain_findings;
    return { on_time_effective: count(findings, (r) => r.outcome === 'on_time_effective'), failed: count(findings, (r) => r.outcome === 'failed'), pending: count(findings, (r) => r.outcome === 'pending') };
  }
  if (indicator === 'inspection') return { inspections: records.explain_inspections?.length ?? 0 };
  if (indicator === 'milestones') {
    const milestones = records.explain_milestones;
    return { on_time: count(milestones, (r) => r.status === 'on_time'), late: count(milestones, (r) => r.status === 'late'), pending: count(milestones, (r) => r.status === 'pending') };
  }
  const counts: Record<string, number> = {};
  for (const row of records.explain_rater_types ?? []) if (row.indicator === indicator) counts[`raters_${String(row.rater_type)}`] = Number(row.raters);
  return counts;
}

/** Each card's explain records, read with the explain SQL itself, a few cards at a time. */
async function readEvidence(ctx: QueryContext, monthDate: string, employees: string[]): Promise<Map<string, Record<string, Row[]>>> {
  const out = new Map<string, Record<string, Row[]>>();
  const queue = [...employees];
  const worker = async () => {
    for (let employee = queue.shift(); employee !== undefined; employee = queue.shift()) {
      const records: Record<string, Row[]> = {};
      for (const source of Object.keys(EVIDENCE_SOURCES)) {
        records[source] = await ctx.warehouse.query(readSql(`appraisal/queries/${source}.sql`), { employee, month: monthDate });
      }
      out.set(employee, records);
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  return out;
}

/** The newest load and the models' build, the data a snapshot was computed from. */
async function dataVersion(ctx: QueryContext): Promise<{ data_version: number | null; built_at: string | null }> {
  const [row] = await ctx.warehouse.query<{ data_version: number | null; built_at: string | null }>(
    `SELECT (SELECT max(ingest_id) FROM ingest_log) AS data_version, (SELECT max(built_at)::VARCHAR FROM build_log) AS built_at`
  );
  return row ?? { data_version: null, built_at: null };
}

/**
 * Freeze a month (SPEC 10.1, 10.2): every displayed card with its indicators, the evidence counts and the records
 * explain lists, as version v + 1. Needs hr or admin, a reason, a month that has ended, at least one card, and a
 * month that is open or reopened (409 naming the state otherwise).
 */
export async function publishMonth(ctx: QueryContext, params: { month: string; reason: unknown }): Promise<MonthStatus & Row> {
  requireGrant(ctx.caller, 'appraisal.manage');
  const monthDate = parseMonth(params.month);
  const month = monthDate.slice(0, 7);
  const reason = requireText(params.reason, 'reason', 2000);
  await requireYearNotPublished(ctx, monthDate);
  const status = await monthStatus(ctx, month);
  if (status.state === 'published') throw new ConflictError(`conflict: ${month} is published (version ${status.version}); reopen it first`, 'month');
  const [ended] = await ctx.warehouse.query<{ ended: boolean }>(`SELECT ($month::DATE + INTERVAL 1 MONTH) <= current_date AS ended`, { month: monthDate });
  if (!ended?.ended) throw new ConflictError(`conflict: ${month} has not ended yet; a month is published after it ends`, 'month');
  const cards = await ctx.warehouse.query(`SELECT * FROM ${liveCards()} c WHERE c.month = $month::DATE ORDER BY c.employee_id`, { month: monthDate });
  if (cards.length === 0) throw new ConflictError(`conflict: ${month} has no scorecard to publish (load and build its data first)`, 'month');

  const version = status.version + 1;
  const evidence = await readEvidence(ctx, monthDate, cards.map((c) => String(c.employee_id)));
  const indicatorCounts = cards.flatMap((card) =>
    ((card.indicators as { indicator: string }[]) ?? []).map((i) => ({
      employee_id: String(card.employee_id),
      indicator: i.indicator,
      counts: evidenceCounts(i.indicator, evidence.get(String(card.employee_id)) ?? {})
    }))
  );
  const evidenceRows = [...evidence].flatMap(([employee_id, sources]) =>
    Object.entries(sources).map(([source, records]) => ({
      employee_id,
      source,
      record_ids: records.map((r) => String(r[EVIDENCE_SOURCES[source]!] ?? '')),
      records
    }))
  );
  // an acknowledgement carries over to the new version when only ranks moved (SPEC 10.5)
  const previous = status.version > 0
    ? new Map((await ctx.warehouse.query(`SELECT * FROM ${snapshotCards()} c`, { month: monthDate, version: status.version })).map((r) => [String(r.employee_id), r]))
    : new Map<string, Row>();
  const keepAcks = cards
    .filter((card) => previous.has(String(card.employee_id)))
    .filter((card) => cardDifferences(previous.get(String(card.employee_id)), card).every((d) => d.field === 'rank_in_team' || d.field === 'rank_in_company'))
    .map((card) => String(card.employee_id));
  const { data_version, built_at } = await dataVersion(ctx);

  await ctx.warehouse.transaction(async (connection) => {
    const base = { month: monthDate, version };
    await connection.run(
      `INSERT INTO appraisal_snapshots (month, version, published_by, reason, config_hash, data_version, built_at, cards)
       VALUES ($month::DATE, $version, $by, $reason, $hash, $data_version, $built_at::TIMESTAMPTZ, $cards)`,
      { ...base, by: ctx.caller.id, reason, hash: configHash(ctx), data_version, built_at, cards: cards.length } as never
    );
    await connection.run(
      `INSERT INTO appraisal_snapshot_cards BY NAME SELECT $version AS version, c.* FROM ${liveCards()} c WHERE c.month = $month::DATE`,
      base as never
    );
    await connection.run(readSql('cycle/snapshot_indicators.sql'), { ...base, counts: JSON.stringify(indicatorCounts) } as never);
    await connection.run(
      `INSERT INTO appraisal_snapshot_evidence (month, version, employee_id, source, record_ids, records)
       SELECT $month::DATE, $version, e->>'employee_id', e->>'source', from_json(e->'record_ids', '["VARCHAR"]'), e->'records'
         FROM (SELECT unnest(from_json($rows::JSON, '["JSON"]')) AS e)`,
      { ...base, rows: JSON.stringify(evidenceRows) } as never
    );
    if (keepAcks.length > 0) {
      await connection.run(
        `INSERT INTO appraisal_acknowledgements (employee_id, month, version, acknowledged_at, acknowledged_by)
         SELECT employee_id, month, $version, acknowledged_at, acknowledged_by FROM appraisal_acknowledgements
          WHERE month = $month::DATE AND version = $version - 1 AND list_contains(from_json($keep::JSON, '["VARCHAR"]'), employee_id)`,
        { ...base, keep: JSON.stringify(keepAcks) } as never
      );
    }
    await setMonthState(connection, monthDate, 'published', version, ctx.caller.id, reason);
  });
  await recordAudit(ctx, { action: 'publish', objectType: 'month', objectIds: [month], month, detail: { reason, version, cards: cards.length, data_version } });
  return { ...(await monthStatus(ctx, month)), cards: cards.length, data_version };
}

/** Reopen a published month (SPEC 10.1): reads show live values again, the last snapshot is kept for comparison. */
export async function reopenMonth(ctx: QueryContext, params: { month: string; reason: unknown }): Promise<MonthStatus> {
  requireGrant(ctx.caller, 'appraisal.manage');
  const monthDate = parseMonth(params.month);
  const month = monthDate.slice(0, 7);
  const reason = requireText(params.reason, 'reason', 2000);
  await requireYearNotPublished(ctx, monthDate);
  const status = await monthStatus(ctx, month);
  if (status.state !== 'published') throw new ConflictError(`conflict: ${month} is ${status.state}; only a published month can be reopened`, 'month');
  await ctx.warehouse.transaction((connection) => setMonthState(connection, monthDate, 'reopened', status.version, ctx.caller.id, reason));
  await recordAudit(ctx, { action: 'reopen', objectType: 'month', objectIds: [month], month, detail: { reason, version: status.version } });
  return monthStatus(ctx, month);
}

/** appraisal_months holds one row per month that ever left `open`. */
export async function setMonthState(
  connection: { run: (sql: string, params?: never) => Promise<unknown> },
  monthDate: string,
  state: 'published' | 'reopened',
  version: number,
  by: string,
  reason: string
): Promise<void> {
  await connection.run(`DELETE FROM appraisal_months WHERE month = $month::DATE`, { month: monthDate } as never);
  await connection.run(
    `INSERT INTO appraisal_months (month, state, version, changed_by, reason) VALUES ($month::DATE, $state, $version, $by, $reason)`,
    { month: monthDate, state, version, by, reason } as never
  );
}
