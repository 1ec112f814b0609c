import { DAY, formatInstant, HOUR, MINUTE, monthOfDay } from './calendar.js';
import { isEmployed, type Person } from './company.js';
import { writeTicketCsat } from './csat.js';
import { HOLIDAY_INCIDENT_SLOWDOWN } from './holidays.js';
import { TICKET_HOURS, ticketFactor } from './seasonality.js';
import { degradingSlowdown, INCIDENT_SLOWDOWN } from './stories.js';
import { pad, TICKETS_PER_AGENT_DAY, type ActivitySinks, type World } from './world.js';

const UNANSWERED_SHARE = 0.003;
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

export interface Ticket {
  created: number;
  agent: Person;
  channel: string;
  kind: string;
}

/** One day's tickets, spread over the agents employed that day, in time order. */
export function drawTickets(world: World, day: number): Ticket[] {
  const random = world.ticketRandom;
  const staff = world.agents.filter((agent) => isEmployed(agent, day));
  if (staff.length === 0) return [];
  const count = random.poisson(TICKETS_PER_AGENT_DAY * world.scale * ticketFactor(day) * world.activeServiceStaff(day));
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

/** tickets.csv row of one ticket (response and resolution drawn here), then, once resolved, maybe a survey answer. */
export function writeTicket(world: World, ticket: Ticket, sinks: ActivitySinks): void {
  const random = world.ticketRandom;
  const ticketId = `TK${pad(++world.ticketSeq, 8)}`;
  const day = Math.floor(ticket.created / DAY);
  const month = monthOfDay(day);
  let slowdown = Math.exp(-0.4 * ticket.agent.talent);
  if (ticket.agent.employeeId === world.plan.degradingAgent.employeeId) slowdown *= degradingSlowdown(world.plan, month, world.end);
  if (day === world.plan.incidentDay) slowdown *= INCIDENT_SLOWDOWN;
  if (day === world.holidayIncidentDay) slowdown *= HOLIDAY_INCIDENT_SLOWDOWN;
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
  const seen = (at: number | undefined) => (at !== undefined && at < world.cutoff ? at : undefined);
  const firstResponseSeen = seen(firstResponse);
  const resolvedSeen = firstResponseSeen === undefined ? undefined : seen(resolved);
  sinks.tickets.push([
    ticketId, ticket.channel, ticket.kind, ticket.agent.employeeId, formatInstant(ticket.created),
    firstResponseSeen === undefined ? '' : formatInstant(firstResponseSeen), resolvedSeen === undefined ? '' : formatInstant(resolvedSeen), String(escalated)
  ]);
  if (firstResponseSeen === undefined || resolvedSeen === undefined) return;
  writeTicketCsat(world, sinks.csat, { ticketId, created: ticket.created, firstResponse: firstResponseSeen, resolved: resolvedSeen, agent: ticket.agent, channel: ticket.channel, kind: ticket.kind, month });
}
