import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/lib/server/ingest/index.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import { EMPLOYEES_CSV, writeFile } from './helpers.js';

// Three sales around the turn of January to February in Shanghai (UTC+8): the instant and the local month of each
// were worked out by hand.
const SALES = [
  'order_id,sold_at,employee_id,customer_id,amount,profit',
  'Z1,2025-01-31T15:59:59Z,S1,CU1,1,0', // 23:59:59 local: January
  'Z2,2025-01-31T16:00:00Z,S1,CU1,1,0', // 00:00:00 local on Feb 1: February
  'P1,2025-01-31T23:30:00+08:00,S1,CU1,1,0', // January
  'P2,2025-02-01T00:30:00+0800,S1,CU1,1,0', // February
  'P3,2025-01-31T17:30:00+01:00,S1,CU1,1,0', // 16:30Z = 00:30 local on Feb 1: February
  'N1,2025-01-31T23:59:00,S1,CU1,1,0', // no offset: local time, January
  'N2,2025-02-01 00:00:00,S1,CU1,1,0', // February
  'D1,2025-02-01,S1,CU1,1,0' // a date alone: local midnight, February
].join('\n');

describe('time zones', () => {
  it('converts Z, +08:00, +0800 and other offsets to the business time zone and reads offset-less times as local', async () => {
    const { warehouse, dir, cleanup } = await tempWarehouse();
    try {
      await ingestFiles(warehouse, [writeFile(dir, 'employees.csv', EMPLOYEES_CSV), writeFile(dir, 'sales.csv', SALES)]);
      const rows = await warehouse.query(
        `SELECT order_id, strftime(sold_at AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%SZ') AS utc,
                strftime(timezone('Asia/Shanghai', sold_at), '%Y-%m') AS local_month
           FROM sales ORDER BY order_id`
      );
      expect(rows).toEqual([
        { order_id: 'D1', utc: '2025-01-31T16:00:00Z', local_month: '2025-02' },
        { order_id: 'N1', utc: '2025-01-31T15:59:00Z', local_month: '2025-01' },
        { order_id: 'N2', utc: '2025-01-31T16:00:00Z', local_month: '2025-02' },
        { order_id: 'P1', utc: '2025-01-31T15:30:00Z', local_month: '2025-01' },
        { order_id: 'P2', utc: '2025-01-31T16:30:00Z', local_month: '2025-02' },
        { order_id: 'P3', utc: '2025-01-31T16:30:00Z', local_month: '2025-02' },
        { order_id: 'Z1', utc: '2025-01-31T15:59:59Z', local_month: '2025-01' },
        { order_id: 'Z2', utc: '2025-01-31T16:00:00Z', local_month: '2025-02' }
      ]);
    } finally {
      cleanup();
    }
  });

  it('reads offset-less times in the configured zone, not a fixed one', async () => {
    const { warehouse, dir, cleanup } = await tempWarehouse({ business_timezone: 'America/New_York' });
    try {
      await ingestFiles(warehouse, [writeFile(dir, 'employees.csv', EMPLOYEES_CSV), writeFile(dir, 'sales.csv', SALES)]);
      const rows = await warehouse.query(
        `SELECT order_id, strftime(sold_at AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%SZ') AS utc FROM sales WHERE order_id IN ('N1', 'Z1') ORDER BY order_id`
      );
      // New York is UTC-5 in January: 23:59 local is 04:59Z the next day; an explicit Z stays what it says.
      expect(rows).toEqual([
        { order_id: 'N1', utc: '2025-02-01T04:59:00Z' },
        { order_id: 'Z1', utc: '2025-01-31T15:59:59Z' }
      ]);
    } finally {
      cleanup();
    }
  });
});
