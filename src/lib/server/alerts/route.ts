/**
 * Routing (issue 17): an incident on an employee's or a team's slice goes to the owner's superior by the manager_id
 * tree (sql/alerts/superiors.sql says who that is for a team); the superior is reached through alerts.contacts.
 * No superior (company and channel slices, the top of the tree) or no contact for them: the rule's company-level
 * fallback (recipient null: the channel's group, or the rule's fallback address for email).
 */
import type { Config } from '../../config/schema.js';
import { readSql } from '../paths.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import type { Recipient } from './types.js';

export interface Routed {
  /** the superior the manager_id tree names (kept even when they have no contact, so the log can say who it was) */
  superior_id: string | null;
  superior_name: string | null;
  /** whom the notice goes to: the superior when alerts.contacts reaches them, else null (the rule's fallback) */
  recipient_employee_id: string | null;
  /** why: superior | no_superior (company, channel, top of the tree) | no_contact */
  route: 'superior' | 'no_superior' | 'no_contact';
}

export const sliceKey = (sliceType: string, slice: string): string => `${sliceType}\u0000${slice}`;

type SuperiorRow = { slice_type: string; slice: string; superior_id: string; superior_name: string | null };

/** The superior of every employee and team slice, by sliceKey, as the staff stands on `today` (YYYY-MM-DD). */
export async function superiors(warehouse: Warehouse, today: string): Promise<Map<string, { id: string; name: string | null }>> {
  const rows = await warehouse.query<SuperiorRow>(readSql('alerts/superiors.sql'), { today });
  return new Map(rows.map((row) => [sliceKey(row.slice_type, row.slice), { id: row.superior_id, name: row.superior_name }]));
}

/** Route one incident's slice given the superiors map (superiors()) and the configuration's contacts. */
export function routeSlice(config: Config, bySlice: Map<string, { id: string; name: string | null }>, sliceType: string, slice: string): Routed {
  const superior = sliceType === 'employee' || sliceType === 'team' ? bySlice.get(sliceKey(sliceType, slice)) : undefined;
  if (!superior) return { superior_id: null, superior_name: null, recipient_employee_id: null, route: 'no_superior' };
  const reachable = Object.hasOwn(config.alerts.contacts, superior.id);
  return {
    superior_id: superior.id,
    superior_name: superior.name,
    recipient_employee_id: reachable ? superior.id : null,
    route: reachable ? 'superior' : 'no_contact'
  };
}

/** How a channel reaches `employeeId` (alerts.contacts), or null for the rule's fallback. */
export function recipientOf(config: Config, employeeId: string | null): Recipient | null {
  if (employeeId === null) return null;
  const contact = config.alerts.contacts[employeeId];
  if (!contact) return null;
  return {
    employee_id: employeeId,
    name: contact.name ?? null,
    email: contact.email ?? null,
    mobile: contact.mobile ?? null,
    feishu_user_id: contact.feishu_user_id ?? null
  };
}
