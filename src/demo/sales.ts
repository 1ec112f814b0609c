import { CHANNELS, MEAN_DISCOUNT, PARTNER_QUANTITIES, PRODUCT_WEIGHTS, PRODUCTS, RETAIL_QUANTITIES } from './catalog.js';
import { DAY, formatInstant, HOUR, monthOfDay } from './calendar.js';
import { isEmployed, type Person } from './company.js';
import { writeOrderCsat } from './csat.js';
import { writeOrderEvents } from './orders.js';
import type { Random } from './random.js';
import { SALES_HOURS, salesFactor } from './seasonality.js';
import { money, NEW_CUSTOMER_SHARE, pad, type ActivitySinks, type World } from './world.js';

const CUSTOMER_POOL_LIMIT = 5000;

export interface Sale {
  at: number;
  seller: Person;
  customer: number;
  amount: number;
  profit: number;
  channel: string;
  region: string;
  product: string;
}

/** One day's sales of every seller employed that day, in time order. */
export function drawSales(world: World, day: number): Sale[] {
  const random = world.salesRandom;
  const month = monthOfDay(day);
  const factor = salesFactor(day) * world.scale;
  const sales: Sale[] = [];
  for (const seller of world.sellers) {
    if (!isEmployed(seller, day)) continue;
    const count = random.poisson(seller.salesPerDay * factor * world.salesPerformance(seller, month));
    for (let i = 0; i < count; i++) {
      const at = day * DAY + random.weighted(SALES_HOURS) * HOUR + Math.floor(random.next() * 3600) * 1000;
      const channel = CHANNELS[random.weighted(world.channelMix(seller))]!;
      const product = PRODUCTS[random.weighted(PRODUCT_WEIGHTS)]!;
      const quantities = channel === 'partner' ? PARTNER_QUANTITIES : RETAIL_QUANTITIES;
      const quantity = quantities.values[random.weighted(quantities.weights)]!;
      const amount = Math.round(product.price * (1 - random.uniform(0, 2 * MEAN_DISCOUNT)) * quantity * 100) / 100;
      const margin = Math.max(0.03, product.margin + 0.03 * random.normal());
      const regions = seller.team.regions.length > 0 ? seller.team.regions : ['上海'];
      sales.push({ at, seller, customer: customerFor(world, seller, random), amount, profit: amount * margin, channel, region: random.pick(regions), product: product.name });
    }
  }
  return sales.sort((a, b) => a.at - b.at || a.seller.index - b.seller.index);
}

/** A returning customer of this seller, or a new one. */
function customerFor(world: World, seller: Person, random: Random): number {
  const pool = seller.customers;
  if (pool.length > 0 && !random.chance(NEW_CUSTOMER_SHARE)) return random.pick(pool);
  const customer = ++world.customerCount;
  if (pool.length < CUSTOMER_POOL_LIMIT) pool.push(customer);
  else pool[random.int(0, pool.length - 1)] = customer;
  return customer;
}

/** sales.csv row of one sale, then its order events and, once delivered, maybe a survey answer. */
export function writeSale(world: World, sale: Sale, sinks: ActivitySinks): void {
  const orderId = `SO${pad(++world.orderSeq, 8)}`;
  sinks.sales.push([orderId, formatInstant(sale.at), sale.seller.employeeId, world.customerId(sale.customer), money(sale.amount), money(sale.profit), sale.channel, sale.region, sale.product]);
  const delivered = writeOrderEvents(world, sinks.order_events, sale, orderId);
  if (delivered === undefined) return;
  writeOrderCsat(world, sinks.csat, { orderId, at: sale.at, delivered, seller: sale.seller, customer: sale.customer });
}
