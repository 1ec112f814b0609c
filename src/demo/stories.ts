import { formatDay, formatMonth, monthStartDay, weekday, type MonthIndex } from './calendar.js';
import { layoutSeats, NEW_HIRE_TEAM, type Seat } from './org.js';

/**
 * The stories planted in the demo company, so every page has something to show and tests know where to look.
 * They depend on the head count and the months covered, never on the seed: with `--end` fixed, ids and dates are fixed.
 */
export interface DemoStories {
  /** Far above target month after month: graded excellent, a promotion candidate. */
  starSeller: { employeeId: string; team: string; fromMonth: string; toMonth: string };
  /** Joined mid-month in the last months. */
  newHire: { employeeId: string; team: string; hiredOn: string };
  /** Left mid-month about six months before the end; the new hire takes the seat. */
  leaver: { employeeId: string; team: string; leftOn: string };
  /** A customer-service agent whose first responses slow down month after month: unqualified months in a row. */
  degradingAgent: { employeeId: string; team: string; fromMonth: string; toMonth: string; slowdownByMonth: number[] };
  /** One team's customers unhappy for one month. */
  csatDip: { team: string; month: string };
  /** One day when first responses were ten times slower company-wide. */
  incidentDay: { day: string; slowdownFactor: number };
  /** A team whose orders take longer than the 72 h order-cycle SLA, month after month. */
  slowOrderTeam: { team: string; fromMonth: string; toMonth: string };
}

export const TEAM_OF_STAR = '华东销售一组';
export const TEAM_OF_DEGRADING_AGENT = '客服一组';
export const TEAM_OF_CSAT_DIP = '客服二组';
export const TEAM_OF_SLOW_ORDERS = '华南销售组';
export const INCIDENT_SLOWDOWN = 10;
/** How many times slower the degrading agent answers, from the first month of the slide to the last. */
export const DEGRADING_SLOWDOWN = [2, 4, 7, 10, 14];

/** Everything the generator needs to plant the stories, in its own units (day numbers, month indexes). */
export interface StoryPlan {
  starSeller: Seat & { fromMonth: MonthIndex };
  newHire: Seat & { hiredOn: number };
  leaver: Seat & { leftOn: number };
  degradingAgent: Seat & { fromMonth: MonthIndex };
  csatDip: { team: string; month: MonthIndex };
  incidentDay: number;
  slowOrders: { team: string; fromMonth: MonthIndex };
}

/** The stories of a company of `employees` people over the `months` months ending with `end`. */
export function planStories(employees: number, months: number, end: MonthIndex): StoryPlan {
  const seats = layoutSeats(employees);
  const start = end - months + 1;
  const clamp = (month: MonthIndex) => Math.max(start + 1, Math.min(end, month));
  const member = (team: string, index: 'first' | 'last') => {
    const members = seats.filter((seat) => seat.team.name === team && seat.memberIndex >= 0 && seat !== seats.at(-1));
    return index === 'first' ? members[0]! : members.at(-1)!;
  };
  const leaveMonth = clamp(end - 6);
  const hireMonth = clamp(end - 2);
  // Six weeks before the end, moved back to a working day.
  let incidentDay = monthStartDay(end + 1) - 42;
  while (weekday(incidentDay) >= 5) incidentDay--;
  return {
    starSeller: { ...member(TEAM_OF_STAR, 'first'), fromMonth: clamp(end - 8) },
    newHire: { ...seats.at(-1)!, hiredOn: monthStartDay(hireMonth) + 11 },
    leaver: { ...member(NEW_HIRE_TEAM, 'last'), leftOn: monthStartDay(leaveMonth) + 14 },
    degradingAgent: { ...member(TEAM_OF_DEGRADING_AGENT, 'first'), fromMonth: clamp(end - DEGRADING_SLOWDOWN.length + 1) },
    csatDip: { team: TEAM_OF_CSAT_DIP, month: clamp(end - 8) },
    incidentDay,
    slowOrders: { team: TEAM_OF_SLOW_ORDERS, fromMonth: clamp(end - 5) }
  };
}

/** The demo's defaults (as `opscore demo` has them), for callers that want the default company's stories. */
export const DEMO_DEFAULTS = { seed: 42, employees: 60, months: 24 } as const;

/** The stories in contract terms (ids, `YYYY-MM-DD` days, `YYYY-MM` months): what docs/demo.md and tests refer to. */
export function demoStories(options: { employees?: number; months?: number; end: string }): DemoStories {
  const end = Number(options.end.slice(0, 4)) * 12 + Number(options.end.slice(5, 7)) - 1;
  const plan = planStories(options.employees ?? DEMO_DEFAULTS.employees, options.months ?? DEMO_DEFAULTS.months, end);
  const agentMonths = end - plan.degradingAgent.fromMonth + 1;
  return {
    starSeller: { employeeId: plan.starSeller.employeeId, team: plan.starSeller.team.name, fromMonth: formatMonth(plan.starSeller.fromMonth), toMonth: formatMonth(end) },
    newHire: { employeeId: plan.newHire.employeeId, team: plan.newHire.team.name, hiredOn: formatDay(plan.newHire.hiredOn) },
    leaver: { employeeId: plan.leaver.employeeId, team: plan.leaver.team.name, leftOn: formatDay(plan.leaver.leftOn) },
    degradingAgent: {
      employeeId: plan.degradingAgent.employeeId,
      team: plan.degradingAgent.team.name,
      fromMonth: formatMonth(plan.degradingAgent.fromMonth),
      toMonth: formatMonth(end),
      slowdownByMonth: DEGRADING_SLOWDOWN.slice(DEGRADING_SLOWDOWN.length - agentMonths)
    },
    csatDip: { team: plan.csatDip.team, month: formatMonth(plan.csatDip.month) },
    incidentDay: { day: formatDay(plan.incidentDay), slowdownFactor: INCIDENT_SLOWDOWN },
    slowOrderTeam: { team: plan.slowOrders.team, fromMonth: formatMonth(plan.slowOrders.fromMonth), toMonth: formatMonth(end) }
  };
}

/** The slowdown of the degrading agent in `month` (1 outside the slide). */
export function degradingSlowdown(plan: StoryPlan, month: MonthIndex, end: MonthIndex): number {
  if (month < plan.degradingAgent.fromMonth) return 1;
  return DEGRADING_SLOWDOWN[DEGRADING_SLOWDOWN.length - 1 - (end - month)] ?? 1;
}
