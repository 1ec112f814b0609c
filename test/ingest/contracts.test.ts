import { describe, expect, it } from 'vitest';
import { datasetFromFileName } from '../../src/lib/server/ingest/contracts.js';

describe('dataset from the file name', () => {
  it.each([
    ['sales.csv', 'sales'],
    ['data/2025/Sales_2025-01.CSV', 'sales'],
    ['order_events-jan.jsonl', 'order_events'],
    ['tickets.parquet', 'tickets'],
    ['EMPLOYEES.json', 'employees'],
    ['csat 2025.ndjson', 'csat'],
    ['ratings2025-03.csv', 'ratings']
  ])('reads %s as %s', (name, dataset) => {
    expect(datasetFromFileName(name)).toBe(dataset);
  });

  it.each(['orders.csv', 'salesforce.csv', 'order.csv', 'events.csv', 'my_sales.csv'])('finds no dataset in %s', (name) => {
    expect(datasetFromFileName(name)).toBeNull();
  });
});
