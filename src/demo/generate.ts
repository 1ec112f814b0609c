import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatDay, type MonthIndex } from './calendar.js';
import { buildPeople } from './company.js';
import { CsvSink } from './csv-sink.js';
import { writeEmployees } from './employees.js';
import { MIN_EMPLOYEES } from './org.js';
import { writeRatings } from './ratings.js';
import { drawSales, writeSale } from './sales.js';
import { SUPERVISION_DATASETS, writeDemoSupervision } from './supervision.js';
import { demoStories, planStories, type DemoStories } from './stories.js';
import { writeTargets } from './targets.js';
import { drawTickets, writeTicket } from './tickets.js';
import { World, type ActivitySinks } from './world.js';

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
    writeEmployees(world, sinks.employees);
    writeTargets(world, sinks.targets);
    await writeActivity(world, sinks, progress);
    // 360° ratings every month (see ratings.ts).
    await writeRatings(sinks.ratings, {
      people: world.people, plan: world.plan, start: world.start, end: world.end, random: world.ratingRandom,
      monthNoise: world.ratingMonthNoise, indicatorLean: world.indicatorLean, customerCount: world.customerCount,
      customerId: (customer) => world.customerId(customer)
    });
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

/** Day by day: sales with their order lifecycles and CSAT, tickets with theirs; written as they are drawn. */
async function writeActivity(world: World, sinks: ActivitySinks, progress: (message: string) => void): Promise<void> {
  // Progress at most every two seconds (wall-clock time only paces messages; it never touches the data).
  let reported = performance.now();
  for (let day = world.firstDay; day < world.endDay; day++) {
    for (const sale of drawSales(world, day)) writeSale(world, sale, sinks);
    for (const ticket of drawTickets(world, day)) writeTicket(world, ticket, sinks);
    for (const sink of Object.values(sinks)) await sink.flushIfFull();
    if (performance.now() - reported > 2000 || day === world.endDay - 1) {
      const events = sinks.sales.rows + sinks.order_events.rows + sinks.tickets.rows + sinks.csat.rows;
      progress(`generated ${formatDay(day)}: ${events} events`);
      reported = performance.now();
    }
  }
}
