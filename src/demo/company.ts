import { GIVEN_CHARACTERS, layoutSeats, SURNAMES, type Seat } from './org.js';
import { monthStartDay, type MonthIndex } from './calendar.js';
import { Random } from './random.js';
import type { StoryPlan } from './stories.js';

/** One employee of the demo company with the hidden traits that shape their records. */
export interface Person extends Seat {
  index: number;
  name: string;
  customerFacing: boolean;
  hiredOn: number;
  /** Last day of employment, or null while employed. */
  leftOn: number | null;
  /** Talent around 0 (from -0.9 to about 1): higher sells more, answers faster, is rated better. */
  talent: number;
  /** Sales per ordinary day at volume scale 1 (0: does not sell). */
  salesPerDay: number;
  /** Share of the ticket queue this person answers (0: does not answer tickets). */
  ticketWeight: number;
  /** The person's own customers (customer numbers), for repeat purchases; bounded. */
  customers: number[];
}

/** Sales per ordinary day by role and team kind, at volume scale 1. */
const SALES_PER_DAY = { sales: 1.6, operations_specialist: 1.3, salesManager: 1.0, operationsManager: 0.8 } as const;

/** Draw the company's people: names, hire dates and talents from the seed, seats and story roles from the plan. */
export function buildPeople(seed: number, employees: number, start: MonthIndex, stories: StoryPlan): Person[] {
  const random = new Random(seed, 'people');
  const usedNames = new Set<string>();
  const startDay = monthStartDay(start);
  return layoutSeats(employees).map((seat, index) => {
    let name: string;
    do {
      const given = random.pick(GIVEN_CHARACTERS) + (random.chance(0.7) ? random.pick(GIVEN_CHARACTERS) : '');
      name = random.pick(SURNAMES) + given;
    } while (usedNames.has(name));
    usedNames.add(name);
    // Everyone but the new hire joined before the window: between two months and eight years earlier.
    let hiredOn = startDay - random.int(60, 8 * 365);
    let leftOn: number | null = null;
    // Both tails are compressed (the weak one more): runs of unqualified or excellent months stay stories, not habits.
    const draw = Math.max(-1.5, Math.min(1.2, random.normal()));
    let talent = draw < 0 ? 0.6 * draw : 0.8 * draw;
    const id = seat.employeeId;
    if (id === stories.newHire.employeeId) hiredOn = stories.newHire.hiredOn;
    if (id === stories.leaver.employeeId) leftOn = stories.leaver.leftOn;
    // Story people get typical talents, so their story, not chance, is what stands out.
    if (id === stories.starSeller.employeeId) talent = 0.5;
    if (id === stories.degradingAgent.employeeId || id === stories.newHire.employeeId) talent = 0;
    if (id === stories.leaver.employeeId) talent = -0.3;
    const kind = seat.team.kind;
    const salesPerDay =
      seat.role === 'sales' ? SALES_PER_DAY.sales
      : seat.role === 'operations_specialist' ? SALES_PER_DAY.operations_specialist
      : seat.role === 'operations_manager' && kind === 'sales' ? SALES_PER_DAY.salesManager
      : seat.role === 'operations_manager' && kind === 'operations' ? SALES_PER_DAY.operationsManager
      : 0;
    const ticketWeight = seat.role === 'customer_service' ? 1 : seat.role === 'operations_manager' && kind === 'service' ? 0.1 : 0;
    return {
      ...seat,
      index,
      name,
      customerFacing: seat.role === 'sales' || seat.role === 'customer_service',
      hiredOn,
      leftOn,
      talent,
      salesPerDay,
      ticketWeight,
      customers: []
    };
  });
}

export function isEmployed(person: Person, day: number): boolean {
  return person.hiredOn <= day && (person.leftOn === null || day <= person.leftOn);
}

/** Share of the days of `month` (first day `monthStart`, `days` long) the person was employed. */
export function employedShare(person: Person, monthStart: number, days: number): number {
  const first = Math.max(monthStart, person.hiredOn);
  const last = Math.min(monthStart + days - 1, person.leftOn ?? Number.POSITIVE_INFINITY);
  return Math.max(0, last - first + 1) / days;
}
