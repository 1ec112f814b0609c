import { expectedOrderAmount, MEAN_MARGIN } from './catalog.js';
import { daysInMonth, formatMonth, monthStartDay } from './calendar.js';
import { employedShare, isEmployed } from './company.js';
import type { CsvSink } from './csv-sink.js';
import { salesFactor } from './seasonality.js';
import { NEW_CUSTOMER_SHARE, type World } from './world.js';

/** Targets are set a little above what an average seller reaches. */
const TARGET_STRETCH = 1.25;

/** targets.csv: monthly targets for everyone who sells: what an average seller would reach, stretched, for the days employed (draws nothing). */
export function writeTargets(world: World, sink: CsvSink): void {
  for (const p of world.sellers) {
    const orderAmount = expectedOrderAmount(world.channelMix(p));
    for (let month = world.start; month <= world.end; month++) {
      const first = monthStartDay(month);
      const days = daysInMonth(month);
      if (employedShare(p, first, days) === 0) continue;
      let expectedOrders = 0;
      for (let day = first; day < first + days; day++) if (isEmployed(p, day)) expectedOrders += p.salesPerDay * world.scale * salesFactor(day);
      expectedOrders *= world.ramp(p, month);
      const salesTarget = Math.max(100, Math.round((expectedOrders * orderAmount * TARGET_STRETCH) / 100) * 100);
      const profitTarget = Math.max(100, Math.round((salesTarget * MEAN_MARGIN) / 100) * 100);
      const newCustomersTarget = Math.max(1, Math.round(expectedOrders * NEW_CUSTOMER_SHARE * TARGET_STRETCH));
      sink.push([p.employeeId, formatMonth(month), String(salesTarget), String(profitTarget), String(newCustomersTarget)]);
    }
  }
}
