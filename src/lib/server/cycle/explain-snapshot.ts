import type { QueryContext } from '../context.js';
import type { Row } from '../warehouse/rows.js';
import type { CardView } from './cards.js';
import { monthStatus } from './month-state.js';

/** What explain reads from a snapshot instead of the models: the totals, the indicators and the records as counted. */
export interface FrozenExplain {
  snapshot: { version: number; published_at: string; published_by: string; data_version: number | null; config_hash: string };
  totals: () => Promise<{ weighted_sum: number | null; weight_scored: number; weight_total: number }[]>;
  indicators: () => Promise<Row[]>;
  read: (file: string) => Promise<Row[]>;
}

/**
 * Explain of a published month (SPEC 10.2) shows the card as it was published: its indicators and the records explain
 * listed then (their ids and values as counted), not a new query that may find different ones. Null when the month
 * shows live values (open, reopened, or `view=live`).
 */
export async function frozenExplain(ctx: QueryContext, monthDate: string, employee: string, view: CardView | undefined): Promise<FrozenExplain | null> {
  if (view === 'live') return null;
  const status = await monthStatus(ctx, monthDate.slice(0, 7));
  if (status.state !== 'published') return null;
  const params = { month: monthDate, version: status.version, employee };
  const [snapshot] = await ctx.warehouse.query<FrozenExplain['snapshot'] & Row>(
    `SELECT version, strftime(published_at, '%Y-%m-%d %H:%M:%S') AS published_at, published_by, data_version, config_hash
       FROM appraisal_snapshots WHERE month = $month::DATE AND version = $version`,
    { month: monthDate, version: status.version }
  );
  const evidence = ctx.warehouse.query<{ source: string; records: string } & Row>(
    `SELECT source, records::VARCHAR AS records FROM appraisal_snapshot_evidence
      WHERE month = $month::DATE AND version = $version AND employee_id = $employee`,
    params
  );
  evidence.catch(() => undefined);
  if (!snapshot) return null; // marked published without a stored snapshot: explain reads live
  return {
    snapshot,
    totals: () =>
      ctx.warehouse.query(
        `SELECT weighted_sum, weight_scored, weight_total FROM appraisal_snapshot_cards
          WHERE month = $month::DATE AND version = $version AND employee_id = $employee`,
        params
      ),
    indicators: () =>
      ctx.warehouse.query(
        `SELECT indicator, kind, position, weight, actual, target, score, computed_score, contribution, evidence_counts::VARCHAR AS evidence_counts
           FROM appraisal_snapshot_indicators WHERE month = $month::DATE AND version = $version AND employee_id = $employee ORDER BY position`,
        params
      ),
    read: async (file) => {
      const found = (await evidence).find((row) => row.source === file);
      return found ? (JSON.parse(found.records) as Row[]) : [];
    }
  };
}
