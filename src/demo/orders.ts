import { DAY, formatInstant, HOUR, monthOfDay } from './calendar.js';
import type { CsvSink } from './csv-sink.js';
import type { Sale } from './sales.js';
import type { World } from './world.js';

const CANCEL_SHARE = 0.03;

/** order_events.csv: one sale's lifecycle (received, reviewed, shipped, delivered or cancelled); returns when it was delivered. */
export function writeOrderEvents(world: World, sink: CsvSink, sale: Sale, orderId: string): number | undefined {
  const random = world.orderRandom;
  const events: [string, number][] = [['received', sale.at]];
  let delivered: number | undefined;
  if (random.chance(CANCEL_SHARE)) {
    const reviewed = sale.at + random.logNormal(1.5, 0.6) * HOUR;
    const cancelled = sale.at + random.logNormal(5, 0.7) * HOUR;
    if (reviewed < cancelled) events.push(['reviewed', reviewed]);
    events.push(['cancelled', cancelled]);
  } else {
    const slow = sale.seller.team.name === world.plan.slowOrders.team && monthOfDay(Math.floor(sale.at / DAY)) >= world.plan.slowOrders.fromMonth;
    const reviewed = sale.at + random.logNormal(1.5, 0.6) * HOUR;
    const shipped = reviewed + (slow ? random.logNormal(34, 0.35) : random.logNormal(13, 0.45)) * HOUR;
    delivered = shipped + (slow ? random.logNormal(44, 0.3) : random.logNormal(22, 0.35)) * HOUR;
    events.push(['reviewed', reviewed], ['shipped', shipped], ['delivered', delivered]);
  }
  for (const [status, at] of events) if (at < world.cutoff) sink.push([orderId, status, formatInstant(at)]);
  return delivered;
}
