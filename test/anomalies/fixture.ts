import { listModels, runModels } from '../../src/lib/server/models/build.js';
import { writeSettings } from '../../src/lib/server/models/settings.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';

export interface DayValue {
  metric: string;
  slice_type: string;
  slice: string;
  day: string;
  value: number | null;
  n: number;
}

/** `count` consecutive days from `start` (YYYY-MM-DD), as ISO strings. */
export function days(start: string, count: number): string[] {
  const first = Date.parse(`${start}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(first + i * 86_400_000).toISOString().slice(0, 10));
}

/** 0 = Monday … 6 = Sunday. */
export const weekdayOf = (day: string) => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;

/**
 * Run the anomaly layer (the anomalies layer, as `opscore build` runs it) over hand-made daily metric values:
 * the metrics layer's metric_values is replaced by these rows, and each fact table only tells the source's last day.
 */
export async function runAnomalyLayer(warehouse: Warehouse, rows: DayValue[], lastDay: string, calendar: Record<string, 'holiday' | 'makeup_workday'> = {}): Promise<void> {
  await warehouse.transaction(async (connection) => {
    await writeSettings(connection, warehouse.config);
    await connection.run(`CREATE OR REPLACE TABLE metric_values (metric VARCHAR, grain VARCHAR, period DATE, slice_type VARCHAR, slice VARCHAR, value DOUBLE, n BIGINT)`);
    const appender = await connection.createAppender('metric_values');
    for (const row of rows) {
      // the metrics layer names ticket volume `tickets`
      appender.appendVarchar(row.metric === 'ticket_volume' ? 'tickets' : row.metric);
      appender.appendVarchar('day');
      appender.appendVarchar(row.day);
      appender.appendVarchar(row.slice_type);
      appender.appendVarchar(row.slice);
      if (row.value === null) appender.appendNull();
      else appender.appendDouble(row.value);
      appender.appendBigInt(BigInt(row.n));
      appender.endRow();
    }
    appender.closeSync();
    // no calendar model here: no special days unless a test plants them (calendar), so the detector runs as on NAB
    await connection.run(`CREATE OR REPLACE TABLE dim_calendar (day DATE, kind VARCHAR, statutory_holiday BOOLEAN, special BOOLEAN, name_en VARCHAR, name_zh VARCHAR)`);
    for (const [day, kind] of Object.entries(calendar)) {
      await connection.run('INSERT INTO dim_calendar VALUES ($1::DATE, $2, $3, true, NULL, NULL)', [day, kind, kind === 'holiday']);
    }
    for (const fact of ['fct_sales', 'fct_tickets', 'fct_orders', 'fct_csat']) {
      await connection.run(`CREATE OR REPLACE TABLE ${fact} AS SELECT $1::DATE AS local_day`, [lastDay]);
    }
    await runModels(connection, listModels().filter((m) => m.layer === 'anomalies'));
  });
}
