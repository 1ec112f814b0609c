import { UnauthenticatedError } from '../../errors.js';
import type { Caller, Role } from '../context.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import type { UserRecord } from './accounts.js';

/** Roles whose grants cover every employee's individual data they grant at all (SPEC 11.2: "all"). */
const ALL_SCOPE_ROLES: readonly Role[] = ['admin', 'hr', 'leadership', 'monitor'];

/**
 * The linked employee and everyone whose manager_id chain reaches them, by today's manager_id, leavers included;
 * a cycle stops at an employee already visited (SPEC 11.1 "sub").
 */
export async function managerSubtree(warehouse: Warehouse, root: string): Promise<string[]> {
  const edges = await warehouse.query<{ employee_id: string; manager_id: string | null }>(
    'SELECT DISTINCT employee_id, manager_id FROM employees WHERE manager_id IS NOT NULL'
  );
  const reports = new Map<string, string[]>();
  for (const { employee_id, manager_id } of edges) {
    if (manager_id === null || employee_id === manager_id) continue;
    reports.set(manager_id, [...(reports.get(manager_id) ?? []), employee_id]);
  }
  const seen = new Set([root]);
  const queue = [root];
  while (queue.length > 0) {
    for (const report of reports.get(queue.shift()!) ?? []) {
      if (seen.has(report)) continue; // a cycle, or two paths to one person
      seen.add(report);
      queue.push(report);
    }
  }
  return [...seen].sort();
}

/** Whether the employee left before today (business time zone): such an account is refused (SPEC 11.1). */
async function hasLeft(warehouse: Warehouse, employeeId: string): Promise<boolean> {
  const [row] = await warehouse.query<{ left: boolean | null }>(
    `SELECT max(coalesce(left_on, DATE '9999-12-31')) < current_date AS "left" FROM employees WHERE employee_id = $id`,
    { id: employeeId }
  );
  return row?.left === true;
}

/**
 * The caller a signed-in user acts as: their roles, plus `employee` when linked (every linked user has the employee
 * grants for themself); scope all for admin, hr, leadership and monitor, else the manager's subtree, else self; an
 * analyst alone sees nobody's individual data (their grants never ask for it).
 */
export async function callerForUser(warehouse: Warehouse, user: UserRecord, address: string | null): Promise<Caller> {
  const employeeId = user.employee_id ?? null;
  if (employeeId && (await hasLeft(warehouse, employeeId))) {
    throw new UnauthenticatedError('this account belongs to an employee who has left');
  }
  const roles: Role[] = [...user.roles];
  if (employeeId && !roles.includes('employee')) roles.push('employee');
  let scope: Caller['scope'];
  if (roles.some((role) => ALL_SCOPE_ROLES.includes(role))) scope = { kind: 'all' };
  else if (roles.includes('manager') && employeeId) scope = { kind: 'employees', employeeIds: await managerSubtree(warehouse, employeeId) };
  else if (employeeId) scope = { kind: 'employee', employeeId };
  else scope = { kind: 'employees', employeeIds: [] };
  return { id: user.user_id, username: user.username, roles, employeeId, address, scope };
}
