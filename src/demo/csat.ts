import { DEFAULT_CONFIG } from '../lib/config/defaults.js';
import { COMMENTS } from './catalog.js';
import { formatInstant, HOUR, MINUTE } from './calendar.js';
import type { Person } from './company.js';
import type { CsvSink } from './csv-sink.js';
import { ORDER_CSAT_SHARE, pad, TICKET_CSAT_SHARE, type World } from './world.js';

/** A delivered order, as the order survey sees it. */
export interface DeliveredOrder {
  orderId: string;
  at: number;
  delivered: number;
  seller: Person;
  customer: number;
}

/** A ticket whose resolution the customer saw, as the ticket survey sees it. */
export interface ResolvedTicket {
  ticketId: string;
  created: number;
  firstResponse: number;
  resolved: number;
  agent: Person;
  channel: string;
  kind: string;
  month: number;
}

/** Customers of sales staff answer a short survey after delivery; slow deliveries please fewer of them. */
export function writeOrderCsat(world: World, sink: CsvSink, order: DeliveredOrder): void {
  const csat = world.csatRandom;
  if (order.delivered >= world.cutoff || !order.seller.customerFacing || !csat.chance(ORDER_CSAT_SHARE)) return;
  const responded = order.delivered + csat.logNormal(18, 0.8) * HOUR;
  if (responded >= world.cutoff) return;
  const late = (order.delivered - order.at) / HOUR > DEFAULT_CONFIG.sla.order_cycle_hours;
  const satisfied = 0.87 + 0.02 * order.seller.talent - (late ? 0.2 : 0);
  writeResponse(world, sink, responded, order.seller, world.customerId(order.customer), satisfied, '', order.orderId);
}

/** A share of resolved tickets gets a survey answer; breached response times and complaints please fewer. */
export function writeTicketCsat(world: World, sink: CsvSink, ticket: ResolvedTicket): void {
  const csat = world.csatRandom;
  if (!csat.chance(TICKET_CSAT_SHARE)) return;
  const responded = ticket.resolved + csat.logNormal(1.5, 1) * HOUR;
  if (responded >= world.cutoff) return;
  const breached = ticket.firstResponse - ticket.created > responseLimitMinutes(ticket.channel, ticket.kind) * MINUTE;
  let satisfied = 0.85 + 0.03 * ticket.agent.talent - (breached ? 0.12 : 0) - (ticket.kind === 'complaint' ? 0.08 : 0);
  if (ticket.agent.team.name === world.plan.csatDip.team && ticket.month === world.plan.csatDip.month) satisfied -= 0.35;
  const customer = world.customerCount > 0 && csat.chance(0.7) ? csat.int(1, world.customerCount) : ++world.customerCount;
  writeResponse(world, sink, responded, ticket.agent, world.customerId(customer), satisfied, ticket.ticketId, '');
}

function responseLimitMinutes(channel: string, kind: string): number {
  const limits = DEFAULT_CONFIG.sla.response_minutes;
  const limit = limits[channel] ?? limits.other!;
  return kind === 'complaint' ? Math.min(limit, DEFAULT_CONFIG.sla.complaint_max_minutes) : limit;
}

function writeResponse(world: World, sink: CsvSink, at: number, employee: Person, customerId: string, satisfiedChance: number, ticketId: string, orderId: string): void {
  const random = world.csatRandom;
  const score = random.chance(satisfiedChance) ? (random.chance(0.6) ? 5 : 4) : [3, 3, 3, 3, 3, 2, 2, 2, 1, 1][random.int(0, 9)]!;
  const comments = score >= 4 ? COMMENTS.happy : score === 3 ? COMMENTS.neutral : COMMENTS.unhappy;
  const comment = random.chance(0.12) ? random.pick(comments) : '';
  sink.push([`CS${pad(++world.responseSeq, 8)}`, formatInstant(at), employee.employeeId, customerId, String(score), ticketId, orderId, comment]);
}
