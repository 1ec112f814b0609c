import type { DuckDBConnection } from '@duckdb/node-api';
import type { Config } from '../../config/schema.js';

/** The built-in clocks besides the always-open `clock` (SPEC 8.2): every working day, all day. */
const BUILT_IN_INTERVAL_CLOCKS: Record<string, { days: 'working' | 'all'; hours: string[] }> = {
  working_days: { days: 'working', hours: ['00:00-24:00'] }
};

const minuteOfDay = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * Write the clocks into `cfg_clock(clock, days, start_minute, end_minute)` (one row per opening interval; `clock`
 * itself has none: it is always open and computed as b − a), the clock of each channel's response SLA into
 * `cfg_sla_clock(channel, clock)` (with an `other` row) and the order cycle's into `cfg_order_clock(clock)`.
 */
export async function writeClockSettings(connection: DuckDBConnection, config: Config): Promise<void> {
  await connection.run('CREATE OR REPLACE TABLE cfg_clock (clock VARCHAR, days VARCHAR, start_minute INTEGER, end_minute INTEGER)');
  for (const [clock, { days, hours }] of Object.entries({ ...BUILT_IN_INTERVAL_CLOCKS, ...config.calendar.clocks })) {
    for (const interval of hours) {
      const [start, end] = interval.split('-') as [string, string];
      await connection.run('INSERT INTO cfg_clock VALUES ($1, $2, $3, $4)', [clock, days, minuteOfDay(start), minuteOfDay(end)]);
    }
  }
  await connection.run('CREATE OR REPLACE TABLE cfg_sla_clock (channel VARCHAR, clock VARCHAR)');
  for (const [channel, clock] of Object.entries({ other: 'clock', ...config.sla.response_clock })) {
    await connection.run('INSERT INTO cfg_sla_clock VALUES ($1, $2)', [channel, clock]);
  }
  await connection.run('CREATE OR REPLACE TABLE cfg_order_clock AS SELECT $1::VARCHAR AS clock', [config.sla.order_cycle_clock]);
}
