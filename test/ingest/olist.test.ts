import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ingestFiles, type FileIngestResult } from '../../src/lib/server/ingest/index.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { describeWithShared, externalDataDir } from '../helpers/environment.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import { rejectsOf, rowCount } from './helpers.js';

// Olist orders placed in July 2017 (354 orders), mapped to the contracts by a small DuckDB select: sellers become
// employees, each order's lifecycle becomes order_events, its reviews become csat. The loader meets data nobody here
// wrote: Portuguese comments with commas and newlines, reviews of orders without items (no seller), a review id used twice.
const olist = (file: string) => join(externalDataDir, 'olist', file).replaceAll("'", "''");

describeWithShared()('a slice of the public Olist data set', () => {
  let warehouse: Warehouse;
  let dir: string;
  let cleanup: () => void;
  let results: FileIngestResult[];

  beforeAll(async () => {
    ({ warehouse, dir, cleanup } = await tempWarehouse());
    const instance = await DuckDBInstance.create(':memory:');
    const c = await instance.connect();
    const out = (name: string) => join(dir, name).replaceAll("'", "''");
    await c.run(`
      CREATE TABLE o AS SELECT * FROM read_csv('${olist('olist_orders_dataset.csv')}', all_varchar = true) WHERE order_purchase_timestamp LIKE '2017-07%';
      CREATE TABLE seller AS SELECT order_id, arg_min(seller_id, order_item_id::INTEGER) AS seller_id
        FROM read_csv('${olist('olist_order_items_dataset.csv')}', all_varchar = true) GROUP BY order_id;
      CREATE TABLE r AS SELECT r.*, s.seller_id, o.customer_id, o.order_purchase_timestamp
        FROM read_csv('${olist('olist_order_reviews_dataset.csv')}', all_varchar = true) r
        JOIN o USING (order_id) LEFT JOIN seller s USING (order_id);
      COPY (SELECT DISTINCT seller_id AS employee_id, 'seller ' || left(seller_id, 6) AS name, 'marketplace' AS team, 'sales' AS role,
                   'yes' AS customer_facing, '2016-01-01' AS hired_on
              FROM o JOIN seller USING (order_id) ORDER BY 1) TO '${out('employees.csv')}' (HEADER);
      COPY (SELECT order_id, status, "at" FROM (
              SELECT order_id, 'received' AS status, order_purchase_timestamp AS "at", 1 AS step FROM o
              UNION ALL SELECT order_id, 'reviewed', order_approved_at, 2 FROM o WHERE order_approved_at IS NOT NULL
              UNION ALL SELECT order_id, 'shipped', order_delivered_carrier_date, 3 FROM o WHERE order_delivered_carrier_date IS NOT NULL
              UNION ALL SELECT order_id, 'delivered', order_delivered_customer_date, 4 FROM o WHERE order_delivered_customer_date IS NOT NULL
              UNION ALL SELECT order_id, 'cancelled', coalesce(order_approved_at, order_purchase_timestamp), 5 FROM o WHERE order_status = 'canceled'
            ) ORDER BY order_id, step) TO '${out('order_events_2017-07.csv')}' (HEADER);
      COPY (SELECT review_id AS response_id, review_answer_timestamp AS responded_at, seller_id AS employee_id, customer_id,
                   review_score AS score, order_id, review_comment_message AS comment
              FROM r ORDER BY order_purchase_timestamp, review_id) TO '${out('csat_2017-07.csv')}' (HEADER);
    `);
    c.closeSync();
    instance.closeSync();
    results = await ingestFiles(warehouse, [join(dir, 'order_events_2017-07.csv'), join(dir, 'csat_2017-07.csv'), join(dir, 'employees.csv')]);
  }, 120_000);
  afterAll(() => cleanup());

  it('loads the sellers, then every lifecycle event of the 354 orders', () => {
    expect(results.map((r) => [r.dataset, r.status])).toEqual([['employees', 'loaded'], ['order_events', 'loaded'], ['csat', 'loaded']]);
    // 170 sellers (of the first item of an order) sold in July 2017; events: 354 received + 349 reviewed + 256 shipped + 200 delivered + 28 cancelled.
    expect(results[0]!.rowsLoaded).toBe(170);
    const events = results[1]!;
    expect([events.rowsRead, events.rowsLoaded, events.rowsRejected]).toEqual([1187, 1187, 0]);
  });

  it('loads the reviews: 57 of orders without a seller are rejected, a review id used twice keeps its last row', async () => {
    // 363 reviews: 57 belong to orders with no items (no employee), 306 remain with 305 distinct review ids.
    const csat = results[2]!;
    expect([csat.rowsRead, csat.rowsLoaded, csat.rowsReplaced, csat.rowsUnchanged, csat.rowsRejected]).toEqual([363, 305, 1, 0, 57]);
    expect(await rowCount(warehouse, 'csat')).toBe(305);
    const rejects = await rejectsOf(warehouse, 'csat');
    expect(new Set(rejects.map((r) => r.reason))).toEqual(new Set(['employee_id: missing value']));
    // Comments span lines: each reject's line must be where its record starts in the file, found here independently.
    const text = readFileSync(join(dir, 'csat_2017-07.csv'), 'utf8').split('\n');
    for (const reject of rejects) {
      const responseId = reject.raw!.split(',')[0]!;
      expect(text[reject.line - 1]!.startsWith(`${responseId},`)).toBe(true);
    }
    const multiLine = await warehouse.query<{ n: number }>(`SELECT count(*) AS n FROM csat WHERE comment LIKE '%' || chr(10) || '%'`);
    expect(multiLine[0]!.n).toBeGreaterThan(0);
    const [replaced] = await warehouse.query<{ key: string }>("SELECT key FROM replacements WHERE dataset = 'csat'");
    expect(replaced!.key).toBe('8dcd88913fda5d43918241b61f467262');
  });
});
