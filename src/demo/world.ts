import { SUBJECTIVE_INDICATORS } from '../lib/config/indicators.js';
import { CHANNEL_WEIGHTS } from './catalog.js';
import { DAY, monthOfDay, monthStartDay, type MonthIndex } from './calendar.js';
import { isEmployed, type Person } from './company.js';
import type { CsvSink } from './csv-sink.js';
import { holidayIncidentDay } from './holidays.js';
import { Random } from './random.js';
import { salesFactor, ticketFactor } from './seasonality.js';
import type { StoryPlan } from './stories.js';

/** Work rates at volume scale 1. */
export const TICKETS_PER_AGENT_DAY = 6;
/** Share of sales to a customer never seen before. */
export const NEW_CUSTOMER_SHARE = 0.4;
export const ORDER_CSAT_SHARE = 0.22;
export const TICKET_CSAT_SHARE = 0.2;

export const money = (value: number) => (Math.round(value * 100) / 100).toFixed(2);
export const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The sinks the day-by-day activity writes to. */
export interface ActivitySinks {
  sales: CsvSink;
  order_events: CsvSink;
  tickets: CsvSink;
  csat: CsvSink;
}

/**
 * The company over its window: the people, the stories, the random streams that draw their records and the counters
 * the datasets share (customers, ids). Each dataset's module (employees, targets, sales, orders, tickets, csat,
 * ratings) draws from its own stream here; generate.ts calls them in a fixed order, so the demo is byte-identical per seed.
 */
export class World {
  scale = 1;
  readonly firstDay: number;
  /** The planted incident inside a holiday week (holidays.ts). */
  readonly holidayIncidentDay: number | null;
  readonly endDay: number;
  /** Nothing happens at or after this instant (local ms): the end of the last month. */
  readonly cutoff: number;
  readonly sellers: Person[];
  readonly agents: Person[];
  /** Per person and month: how well the month goes (log scale noise around their talent). */
  readonly monthNoise: number[][];
  readonly ratingMonthNoise: number[][];
  readonly indicatorLean: number[][];
  customerCount = 0;
  orderSeq = 0;
  ticketSeq = 0;
  responseSeq = 0;
  readonly salesRandom: Random;
  readonly orderRandom: Random;
  readonly ticketRandom: Random;
  readonly csatRandom: Random;
  readonly ratingRandom: Random;

  constructor(
    seed: number,
    readonly people: Person[],
    readonly plan: StoryPlan,
    readonly start: MonthIndex,
    readonly end: MonthIndex
  ) {
    this.firstDay = monthStartDay(start);
    this.holidayIncidentDay = holidayIncidentDay(start, end);
    this.endDay = monthStartDay(end + 1);
    this.cutoff = this.endDay * DAY;
    this.sellers = people.filter((p) => p.salesPerDay > 0);
    this.agents = people.filter((p) => p.ticketWeight > 0);
    const traits = new Random(seed, 'traits');
    const months = end - start + 1;
    this.monthNoise = people.map(() => Array.from({ length: months }, () => 0.06 * traits.normal()));
    this.ratingMonthNoise = people.map(() => Array.from({ length: months }, () => 3 * traits.normal()));
    // Story people lean no way in particular, so their indicators move with their story alone.
    const storyIds = new Set([plan.starSeller, plan.newHire, plan.leaver, plan.degradingAgent].map((seat) => seat.employeeId));
    this.indicatorLean = people.map((p) => SUBJECTIVE_INDICATORS.map(() => (storyIds.has(p.employeeId) ? 0 : 2.5) * traits.normal()));
    this.salesRandom = new Random(seed, 'sales');
    this.orderRandom = new Random(seed, 'orders');
    this.ticketRandom = new Random(seed, 'tickets');
    this.csatRandom = new Random(seed, 'csat');
    this.ratingRandom = new Random(seed, 'ratings');
  }

  channelMix(person: Person): readonly number[] {
    if (person.role === 'sales') return CHANNEL_WEIGHTS.sales;
    if (person.role === 'operations_specialist') return CHANNEL_WEIGHTS.operations;
    return CHANNEL_WEIGHTS.manager;
  }

  /** Ramp-up of a new hire: a fraction of a full workload in their first months. */
  ramp(person: Person, month: MonthIndex): number {
    if (person.employeeId !== this.plan.newHire.employeeId) return 1;
    return [0.5, 0.75, 0.9][month - monthOfDay(person.hiredOn)] ?? 1;
  }

  /** How much a seller sells in `month` relative to an average seller. */
  salesPerformance(person: Person, month: MonthIndex): number {
    let performance = Math.exp(0.18 * person.talent + this.monthNoise[person.index]![month - this.start]!);
    if (person.employeeId === this.plan.starSeller.employeeId && month >= this.plan.starSeller.fromMonth) performance *= 1.8;
    // The leaver's last two months: already half out of the door.
    if (person.employeeId === this.plan.leaver.employeeId && month >= monthOfDay(this.plan.leaver.leftOn) - 1) performance *= 0.85;
    return performance * this.ramp(person, month);
  }

  /** Expected events at scale 1 (for --events): sales with their order events and CSAT, tickets with theirs. */
  expectedEvents(): number {
    let sales = 0;
    let tickets = 0;
    for (let day = this.firstDay; day < this.endDay; day++) {
      const factor = salesFactor(day);
      const month = monthOfDay(day);
      for (const seller of this.sellers) {
        if (!isEmployed(seller, day)) continue;
        const perDay = seller.salesPerDay * factor * this.salesPerformance(seller, month);
        sales += perDay * (1 + 3.9 + (seller.customerFacing ? ORDER_CSAT_SHARE * 0.96 : 0));
      }
      tickets += TICKETS_PER_AGENT_DAY * ticketFactor(day) * this.activeServiceStaff(day) * (1 + TICKET_CSAT_SHARE * 0.99);
    }
    return sales + tickets;
  }

  activeServiceStaff(day: number): number {
    let count = 0;
    for (const agent of this.agents) if (agent.role === 'customer_service' && isEmployed(agent, day)) count++;
    return count;
  }

  customerId(customer: number): string {
    return `C${pad(customer, 7)}`;
  }
}
