import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../lib/config/defaults.js';
import { SUBJECTIVE_INDICATORS } from '../lib/config/indicators.js';
import {
  CHANNEL_WEIGHTS, CHANNELS, COMMENTS, expectedOrderAmount, MEAN_DISCOUNT, MEAN_MARGIN, PARTNER_QUANTITIES, PRODUCT_WEIGHTS,
  PRODUCTS, RETAIL_QUANTITIES
} from './catalog.js';
import {
  DAY, daysInMonth, formatDay, formatInstant, formatMonth, HOUR, MINUTE, monthOfDay, monthStartDay, type MonthIndex
} from './calendar.js';
import { buildPeople, employedShare, isEmployed, type Person } from './company.js';
import { CsvSink } from './csv-sink.js';
import { MIN_EMPLOYEES } from './org.js';
import { writeRatings } from './ratings.js';
import { Random } from './random.js';
import { salesFactor, SALES_HOURS, TICKET_HOURS, ticketFactor } from './seasonality.js';
import { HOLIDAY_INCIDENT_SLOWDOWN, holidayIncidentDay } from './holidays.js';
import { SUPERVISION_DATASETS, writeDemoSupervision } from './supervision.js';
import { degradingSlowdown, demoStories, INCIDENT_SLOWDOWN, planStories, type DemoStories, type StoryPlan } from './stories.js';

/** The seven contract datasets, in the order they are written and loaded (employees first: the others name them). */
const CORE_DATASETS = ['employees', 'targets', 'sales', 'order_events', 'tickets', 'csat', 'ratings'] as const;
type CoreDataset = (typeof CORE_DATASETS)[number];
/** Every dataset the demo writes: the core seven, then process supervision (SPEC 9, ./supervision.ts). */
export const DEMO_DATASETS = [...CORE_DATASETS, ...SUPERVISION_DATASETS] as const;
export type DemoDataset = (typeof DEMO_DATASETS)[number];

const COLUMNS: Record<CoreDataset, string[]> = {
  employees: ['employee_id', 'name', 'team', 'role', 'manager_id', 'customer_facing', 'hired_on', 'left_on'],
  targets: ['employee_id', 'month', 'sales_target', 'profit_target', 'new_customers_target'],
  sales: ['order_id', 'sold_at', 'employee_id', 'customer_id', 'amount', 'profit', 'channel', 'region', 'product'],
  order_events: ['order_id', 'status', 'at'],
  tickets: ['ticket_id', 'channel', 'kind', 'employee_id', 'created_at', 'first_response_at', 'resolved_at', 'escalated'],
  csat: ['response_id', 'responded_at', 'employee_id', 'customer_id', 'score', 'ticket_id', 'order_id', 'comment'],
  ratings: ['period', 'employee_id', 'rater_id', 'rater_type', 'indicator', 'grade', 'score']
};

export interface DemoOptions {
  seed: number;
  employees: number;
  months: number;
  /** Last month generated, `YYYY-MM`. */
  end: string;
  /** Scale sales, order events, tickets and CSAT to about this many events in all (default: the natural volume). */
  events?: number;
  outDir: string;
  onProgress?: (message: string) => void;
}

export interface DemoResult {
  files: Record<DemoDataset, string>;
  rows: Record<DemoDataset, number>;
  /** Sales + order events + tickets + CSAT responses written. */
  events: number;
  stories: DemoStories;
}

export const MAX_EVENTS = 10_000_000;

/** Work rates at volume scale 1. */
const TICKETS_PER_AGENT_DAY = 6;
/** Share of sales to a customer never seen before. */
const NEW_CUSTOMER_SHARE = 0.4;
/** Targets are set a little above what an average seller reaches. */
const TARGET_STRETCH = 1.25;
const CANCEL_SHARE = 0.03;
const ORDER_CSAT_SHARE = 0.22;
const TICKET_CSAT_SHARE = 0.2;
const UNANSWERED_SHARE = 0.003;
const CUSTOMER_POOL_LIMIT = 5000;

/** Ticket channels, their share of the queue, first-response medians (minutes) and spread. */
const TICKET_CHANNELS = ['phone', 'chat', 'email', 'wechat'] as const;
const TICKET_CHANNEL_WEIGHTS = [0.37, 0.41, 0.17, 0.05];
const RESPONSE_MEDIAN_MINUTES: Record<string, number> = { phone: 0.4, chat: 0.9, email: 75, wechat: 25 };
const RESPONSE_SIGMA: Record<string, number> = { phone: 0.65, chat: 0.6, email: 0.75, wechat: 0.5 };
/** Hours in which each channel is staffed [open, close): tickets outside wait for the next opening. */
const SERVICE_HOURS: Record<string, [number, number]> = { phone: [8, 24], chat: [8, 24], email: [7, 24], wechat: [8, 24] };
const KINDS = ['inquiry', 'after_sales', 'complaint'] as const;
const KIND_WEIGHTS = [0.6, 0.28, 0.12];
const RESOLUTION_MEDIAN_HOURS: Record<string, number> = { inquiry: 2, after_sales: 20, complaint: 8 };


/** Validate the options and return the numbers the generator works with, or throw a one-line message. */
export function checkDemoOptions(options: DemoOptions): { start: MonthIndex; end: MonthIndex } {
  const { seed, employees, months, events, end } = options;
  if (!Number.isSafeInteger(seed) || seed < 0) throw new RangeError(`--seed must be a non-negative integer, got ${seed}`);
  if (!Number.isInteger(employees) || employees < MIN_EMPLOYEES || employees > 10_000) {
    throw new RangeError(`--employees must be an integer from ${MIN_EMPLOYEES} to 10000, got ${employees}`);
  }
  if (!Number.isInteger(months) || months < 6 || months > 120) throw new RangeError(`--months must be an integer from 6 to 120, got ${months}`);
  if (events !== undefined && (!Number.isInteger(events) || events < 1000 || events > MAX_EVENTS)) {
    throw new RangeError(`--events must be an integer from 1000 to ${MAX_EVENTS}, got ${events}`);
  }
  const match = /^(\d{4})-(\d{2})$/.exec(end);
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12 || Number(match[1]) < 2000) throw new RangeError(`--end must be a month YYYY-MM, got "${end}"`);
  const endIndex = Number(match[1]) * 12 + month - 1;
  return { start: endIndex - months + 1, end: endIndex };
}

/** Generate the demo company's seven contract files; byte-identical for the same options. */
export async function generateDemo(options: DemoOptions): Promise<DemoResult> {
  const { start, end } = checkDemoOptions(options);
  const progress = options.onProgress ?? (() => undefined);
  mkdirSync(options.outDir, { recursive: true });
  const plan = planStories(options.employees, options.months, end);
  const people = buildPeople(options.seed, options.employees, start, plan);
  const world = new World(options.seed, people, plan, start, end);
  if (options.events !== undefined) world.scale = options.events / world.expectedEvents();

  const files = Object.fromEntries(CORE_DATASETS.map((d) => [d, join(options.outDir, `${d}.csv`)])) as Record<CoreDataset, string>;
  const sinks = Object.fromEntries(CORE_DATASETS.map((d) => [d, new CsvSink(files[d], COLUMNS[d])])) as Record<CoreDataset, CsvSink>;
  try {
    world.writeEmployees(sinks.employees);
    world.writeTargets(sinks.targets);
    await world.writeActivity(sinks, progress);
    await world.writeRatings(sinks.ratings);
  } finally {
    for (const sink of Object.values(sinks)) await sink.close();
  }
  const core = Object.fromEntries(CORE_DATASETS.map((d) => [d, sinks[d].rows])) as Record<CoreDataset, number>;
  const supervision = await writeDemoSupervision({ seed: options.seed, people, start, end, outDir: options.outDir, salesFile: files.sales });
  const rows = { ...core, ...supervision.rows };
  return {
    files: { ...files, ...supervision.files },
    rows,
    events: rows.sales + rows.order_events + rows.tickets + rows.csat,
    stories: demoStories({ employees: options.employees, months: options.months, end: options.end })
  };
}

const money = (value: number) => (Math.round(value * 100) / 100).toFixed(2);
const pad = (n: number, width: number) => String(n).padStart(width, '0');

interface Sale {
  at: number;
  seller: Person;
  customer: number;
  amount: number;
  profit: number;
  channel: string;
  region: string;
  product: string;
}

interface Ticket {
  created: number;
  agent: Person;
  channel: string;
  kind: string;
}

/** The company over its window: the people, the stories and the random streams that draw their records. */
class World {
  scale = 1;
  private readonly firstDay: number;
  /** The planted incident inside a holiday week (holidays.ts). */
  private readonly holidayIncidentDay: number | null;
  private readonly endDay: number;
  /** Nothing happens at or after this instant (local ms): the end of the last month. */
  private readonly cutoff: number;
  private readonly sellers: Person[];
  private readonly agents: Person[];
  /** Per person and month: how well the month goes (log scale noise around their talent). */
  private readonly monthNoise: number[][];
  private readonly ratingMonthNoise: number[][];
  private readonly indicatorLean: number[][];
  private customerCount = 0;
  private orderSeq = 0;
  private ticketSeq = 0;
  private responseSeq = 0;
  private readonly salesRandom: Random;
  private readonly orderRandom: Random;
  private readonly ticketRandom: Random;
  private readonly csatRandom: Random;
  private readonly ratingRandom: Random;

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

  private channelMix(person: Person): readonly number[] {
    if (person.role === 'sales') return CHANNEL_WEIGHTS.sales;
    if (person.role === 'operations_specialist') return CHANNEL_WEIGHTS.operations;
    return CHANNEL_WEIGHTS.manager;
  }

  /** Ramp-up of a new hire: a fraction of a full workload in their first months. */
  private ramp(person: Person, month: MonthIndex): number {
    if (person.employeeId !== this.plan.newHire.employeeId) return 1;
    return [0.5, 0.75, 0.9][month - monthOfDay(person.hiredOn)] ?? 1;
  }

  /** How much a seller sells in `month` relative to an average seller. */
  private salesPerformance(person: Person, month: MonthIndex): number {
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

  private activeServiceStaff(day: number): number {
    let count = 0;
    for (const agent of this.agents) if (agent.role === 'customer_service' && isEmployed(agent, day)) count++;
    return count;
  }

  writeEmployees(sink: CsvSink): void {
    for (const p of this.people) {
      sink.push([p.employeeId, p.name, p.team.name, p.role, p.managerId ?? '', String(p.customerFacing), formatDay(p.hiredOn), p.leftOn === null ? '' : formatDay(p.leftOn)]);
    }
  }

  /** Monthly targets for everyone who sells: what an average seller would reach, stretched, for the days employed. */
  writeTargets(sink: CsvSink): void {
    for (const p of this.sellers) {
      const orderAmount = expectedOrderAmount(this.channelMix(p));
      for (let month = this.start; month <= this.end; month++) {
        const first = monthStartDay(month);
        const days = daysInMonth(month);
        if (employedShare(p, first, days) === 0) continue;
        let expectedOrders = 0;
        for (let day = first; day < first + days; day++) if (isEmployed(p, day)) expectedOrders += p.salesPerDay * this.scale * salesFactor(day);
        expectedOrders *= this.ramp(p, month);
        const salesTarget = Math.max(100, Math.round((expectedOrders * orderAmount * TARGET_STRETCH) / 100) * 100);
        const profitTarget = Math.max(100, Math.round((salesTarget * MEAN_MARGIN) / 100) * 100);
        const newCustomersTarget = Math.max(1, Math.round(expectedOrders * NEW_CUSTOMER_SHARE * TARGET_STRETCH));
        sink.push([p.employeeId, formatMonth(month), String(salesTarget), String(profitTarget), String(newCustomersTarget)]);
      }
    }
  }

  /** Day by day: sales with their order lifecycles and CSAT, tickets with theirs; written as they are drawn. */
  async writeActivity(sinks: Record<CoreDataset, CsvSink>, progress: (message: string) => void): Promise<void> {
    // Progress at most every two seconds (wall-clock time only paces messages; it never touches the data).
    let reported = performance.now();
    for (let day = this.firstDay; day < this.endDay; day++) {
      for (const sale of this.drawSales(day)) this.writeSale(sale, sinks);
      for (const ticket of this.drawTickets(day)) this.writeTicket(ticket, sinks);
      for (const sink of Object.values(sinks)) await sink.flushIfFull();
      if (performance.now() - reported > 2000 || day === this.endDay - 1) {
        const events = sinks.sales.rows + sinks.order_events.rows + sinks.tickets.rows + sinks.csat.rows;
        progress(`generated ${formatDay(day)}: ${events} events`);
        reported = performance.now();
      }
    }
  }

  private drawSales(day: number): Sale[] {
    const random = this.salesRandom;
    const month = monthOfDay(day);
    const factor = salesFactor(day) * this.scale;
    const sales: Sale[] = [];
    for (const seller of this.sellers) {
      if (!isEmployed(seller, day)) continue;
      const count = random.poisson(seller.salesPerDay * factor * this.salesPerformance(seller, month));
      for (let i = 0; i < count; i++) {
        const at = day * DAY + random.weighted(SALES_HOURS) * HOUR + Math.floor(random.next() * 3600) * 1000;
        const channel = CHANNELS[random.weighted(this.channelMix(seller))]!;
        const product = PRODUCTS[random.weighted(PRODUCT_WEIGHTS)]!;
        const quantities = channel === 'partner' ? PARTNER_QUANTITIES : RETAIL_QUANTITIES;
        const quantity = quantities.values[random.weighted(quantities.weights)]!;
        const amount = Math.round(product.price * (1 - random.uniform(0, 2 * MEAN_DISCOUNT)) * quantity * 100) / 100;
        const margin = Math.max(0.03, product.margin + 0.03 * random.normal());
        const regions = seller.team.regions.length > 0 ? seller.team.regions : ['上海'];
        sales.push({ at, seller, customer: this.customerFor(seller, random), amount, profit: amount * margin, channel, region: random.pick(regions), product: product.name });
      }
    }
    return sales.sort((a, b) => a.at - b.at || a.seller.index - b.seller.index);
  }

  /** A returning customer of this seller, or a new one. */
  private customerFor(seller: Person, random: Random): number {
    const pool = seller.customers;
    if (pool.length > 0 && !random.chance(NEW_CUSTOMER_SHARE)) return random.pick(pool);
    const customer = ++this.customerCount;
    if (pool.length < CUSTOMER_POOL_LIMIT) pool.push(customer);
    else pool[random.int(0, pool.length - 1)] = customer;
    return customer;
  }

  private customerId(customer: number): string {
    return `C${pad(customer, 7)}`;
  }

  private writeSale(sale: Sale, sinks: Record<CoreDataset, CsvSink>): void {
    const orderId = `SO${pad(++this.orderSeq, 8)}`;
    sinks.sales.push([orderId, formatInstant(sale.at), sale.seller.employeeId, this.customerId(sale.customer), money(sale.amount), money(sale.profit), sale.channel, sale.region, sale.product]);
    const random = this.orderRandom;
    const events: [string, number][] = [['received', sale.at]];
    let delivered: number | undefined;
    if (random.chance(CANCEL_SHARE)) {
      const reviewed = sale.at + random.logNormal(1.5, 0.6) * HOUR;
      const cancelled = sale.at + random.logNormal(5, 0.7) * HOUR;
      if (reviewed < cancelled) events.push(['reviewed', reviewed]);
      events.push(['cancelled', cancelled]);
    } else {
      const slow = sale.seller.team.name === this.plan.slowOrders.team && monthOfDay(Math.floor(sale.at / DAY)) >= this.plan.slowOrders.fromMonth;
      const reviewed = sale.at + random.logNormal(1.5, 0.6) * HOUR;
      const shipped = reviewed + (slow ? random.logNormal(34, 0.35) : random.logNormal(13, 0.45)) * HOUR;
      delivered = shipped + (slow ? random.logNormal(44, 0.3) : random.logNormal(22, 0.35)) * HOUR;
      events.push(['reviewed', reviewed], ['shipped', shipped], ['delivered', delivered]);
    }
    for (const [status, at] of events) if (at < this.cutoff) sinks.order_events.push([orderId, status, formatInstant(at)]);
    // Customers of sales staff answer a short survey after delivery; slow deliveries please fewer of them.
    const csat = this.csatRandom;
    if (delivered === undefined || delivered >= this.cutoff || !sale.seller.customerFacing || !csat.chance(ORDER_CSAT_SHARE)) return;
    const responded = delivered + csat.logNormal(18, 0.8) * HOUR;
    if (responded >= this.cutoff) return;
    const late = (delivered - sale.at) / HOUR > DEFAULT_CONFIG.sla.order_cycle_hours;
    const satisfied = 0.87 + 0.02 * sale.seller.talent - (late ? 0.2 : 0);
    this.writeCsat(sinks.csat, responded, sale.seller, this.customerId(sale.customer), satisfied, '', orderId);
  }

  private drawTickets(day: number): Ticket[] {
    const random = this.ticketRandom;
    const staff = this.agents.filter((agent) => isEmployed(agent, day));
    if (staff.length === 0) return [];
    const count = random.poisson(TICKETS_PER_AGENT_DAY * this.scale * ticketFactor(day) * this.activeServiceStaff(day));
    const everyday = staff.map((agent) => agent.ticketWeight);
    // Complaints go to managers more often.
    const complaints = staff.map((agent) => (agent.role === 'operations_manager' ? 0.5 : agent.ticketWeight));
    const tickets: Ticket[] = [];
    for (let i = 0; i < count; i++) {
      const channel = TICKET_CHANNELS[random.weighted(TICKET_CHANNEL_WEIGHTS)]!;
      const kind = KINDS[random.weighted(KIND_WEIGHTS)]!;
      const created = day * DAY + random.weighted(TICKET_HOURS[channel]!) * HOUR + Math.floor(random.next() * 3600) * 1000;
      const agent = staff[random.weighted(kind === 'complaint' ? complaints : everyday)]!;
      tickets.push({ created, agent, channel, kind });
    }
    return tickets.sort((a, b) => a.created - b.created || a.agent.index - b.agent.index);
  }

  private responseLimitMinutes(channel: string, kind: string): number {
    const limits = DEFAULT_CONFIG.sla.response_minutes;
    const limit = limits[channel] ?? limits.other!;
    return kind === 'complaint' ? Math.min(limit, DEFAULT_CONFIG.sla.complaint_max_minutes) : limit;
  }

  private writeTicket(ticket: Ticket, sinks: Record<CoreDataset, CsvSink>): void {
    const random = this.ticketRandom;
    const ticketId = `TK${pad(++this.ticketSeq, 8)}`;
    const day = Math.floor(ticket.created / DAY);
    const month = monthOfDay(day);
    let slowdown = Math.exp(-0.4 * ticket.agent.talent);
    if (ticket.agent.employeeId === this.plan.degradingAgent.employeeId) slowdown *= degradingSlowdown(this.plan, month, this.end);
    if (day === this.plan.incidentDay) slowdown *= INCIDENT_SLOWDOWN;
    if (day === this.holidayIncidentDay) slowdown *= HOLIDAY_INCIDENT_SLOWDOWN;
    let minutes = random.logNormal(RESPONSE_MEDIAN_MINUTES[ticket.channel]! * slowdown, RESPONSE_SIGMA[ticket.channel]!);
    // Complaints jump the queue.
    if (ticket.kind === 'complaint') minutes = Math.min(minutes, random.logNormal(18 * slowdown, 0.6));
    const [open, close] = SERVICE_HOURS[ticket.channel]!;
    const hour = (ticket.created - day * DAY) / HOUR;
    const opensAt = hour < open ? day * DAY + open * HOUR : hour >= close ? (day + 1) * DAY + open * HOUR : ticket.created;
    const answered = !random.chance(UNANSWERED_SHARE);
    const firstResponse = answered ? opensAt + minutes * MINUTE : undefined;
    const escalated = random.chance(ticket.kind === 'complaint' ? 0.1 : 0.02);
    const resolved =
      firstResponse === undefined ? undefined
      : firstResponse + random.logNormal(RESOLUTION_MEDIAN_HOURS[ticket.kind]!, 0.8) * (escalated ? 2.5 : 1) * HOUR;
    const seen = (at: number | undefined) => (at !== undefined && at < this.cutoff ? at : undefined);
    const firstResponseSeen = seen(firstResponse);
    const resolvedSeen = firstResponseSeen === undefined ? undefined : seen(resolved);
    sinks.tickets.push([
      ticketId, ticket.channel, ticket.kind, ticket.agent.employeeId, formatInstant(ticket.created),
      firstResponseSeen === undefined ? '' : formatInstant(firstResponseSeen), resolvedSeen === undefined ? '' : formatInstant(resolvedSeen), String(escalated)
    ]);
    const csat = this.csatRandom;
    if (resolvedSeen === undefined || !csat.chance(TICKET_CSAT_SHARE)) return;
    const responded = resolvedSeen + csat.logNormal(1.5, 1) * HOUR;
    if (responded >= this.cutoff) return;
    const breached = firstResponseSeen! - ticket.created > this.responseLimitMinutes(ticket.channel, ticket.kind) * MINUTE;
    let satisfied = 0.85 + 0.03 * ticket.agent.talent - (breached ? 0.12 : 0) - (ticket.kind === 'complaint' ? 0.08 : 0);
    if (ticket.agent.team.name === this.plan.csatDip.team && month === this.plan.csatDip.month) satisfied -= 0.35;
    const customer = this.customerCount > 0 && csat.chance(0.7) ? csat.int(1, this.customerCount) : ++this.customerCount;
    this.writeCsat(sinks.csat, responded, ticket.agent, this.customerId(customer), satisfied, ticketId, '');
  }

  private writeCsat(sink: CsvSink, at: number, employee: Person, customerId: string, satisfiedChance: number, ticketId: string, orderId: string): void {
    const random = this.csatRandom;
    const score = random.chance(satisfiedChance) ? (random.chance(0.6) ? 5 : 4) : [3, 3, 3, 3, 3, 2, 2, 2, 1, 1][random.int(0, 9)]!;
    const comments = score >= 4 ? COMMENTS.happy : score === 3 ? COMMENTS.neutral : COMMENTS.unhappy;
    const comment = random.chance(0.12) ? random.pick(comments) : '';
    sink.push([`CS${pad(++this.responseSeq, 8)}`, formatInstant(at), employee.employeeId, customerId, String(score), ticketId, orderId, comment]);
  }

  /** 360° ratings every month (see ratings.ts). */
  async writeRatings(sink: CsvSink): Promise<void> {
    await writeRatings(sink, {
      people: this.people, plan: this.plan, start: this.start, end: this.end, random: this.ratingRandom,
      monthNoise: this.ratingMonthNoise, indicatorLean: this.indicatorLean, customerCount: this.customerCount,
      customerId: (customer) => this.customerId(customer)
    });
  }
}
