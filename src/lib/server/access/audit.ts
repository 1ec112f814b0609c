import { rolesOf, type QueryContext } from '../context.js';

export interface AuditEntry {
  action: string;
  objectType?: string | null;
  objectIds?: string[];
  /** YYYY-MM or YYYY-MM-DD; stored as the month's first day */
  month?: string | null;
  detail?: Record<string, unknown> | null;
  outcome?: 'ok' | 'denied';
}

/** Append one entry to the audit log (SPEC 11.5) as the context's caller. */
export async function recordAudit(ctx: QueryContext, entry: AuditEntry): Promise<void> {
  const month = entry.month ? `${entry.month.slice(0, 7)}-01` : null;
  await ctx.warehouse.run(
    `INSERT INTO audit_log (actor, roles, address, action, object_type, object_ids, month, detail, outcome)
     VALUES ($actor, $roles::VARCHAR[], $address, $action, $object_type, $object_ids::VARCHAR[], $month::DATE, $detail::JSON, $outcome)`,
    {
      actor: ctx.caller.id,
      roles: JSON.stringify(rolesOf(ctx.caller)),
      address: ctx.caller.address ?? null,
      action: entry.action,
      object_type: entry.objectType ?? null,
      object_ids: JSON.stringify(entry.objectIds ?? []),
      month,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
      outcome: entry.outcome ?? 'ok'
    } as never
  );
}
