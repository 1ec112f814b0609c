import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestWithAdapter, type AdapterIngestResult } from '../../src/lib/server/ingest/index.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { rejectsOf, writeFile } from '../ingest/helpers.js';
import { tempWarehouse } from '../helpers/warehouse.js';

// A helpdesk event log written by hand: one row per event, a note spanning two physical lines (so records and lines
// differ), and tickets that break the contract in three ways. The adapter pivots it into one ticket per case.
const EVENTS = [
  'ticket,event,agent,time,note', // 1
  'T1,open,A1,2025-03-03 09:00:00,', // 2
  'T1,reply,A2,2025-03-03 09:30:00,"first line', // 3
  'second line"', // 4
  'T1,resolve,A2,2025-03-03 11:00:00,', // 5
  'T2,open,A1,2025-03-04 10:00:00,', // 6
  'T2,reply,A1,2025-03-04 10:05:00,', // 7
  'T3,open,A2,2025-03-05 08:00:00,', // 8: never answered, still open
  'T4,open,A1,2025-03-05 12:00:00,', // 9: answered before it was opened
  'T4,reply,A2,2025-03-05 11:00:00,', // 10
  'T5,open,A1,2025-02-30 10:00:00,', // 11: a day that does not exist
  'T6,open,Z9,2025-03-06 09:00:00,', // 12: an agent not in the agents file
  'T6,reply,Z9,2025-03-06 09:10:00,', // 13
  'T7,open,A1,2025-03-06 10:00:00,', // 14: the export marks it spam; the adapter refuses it with its own reason
  'T7,spam,A1,2025-03-06 10:01:00,' // 15
].join('\n');

const AGENTS = ['agent,full name,joined', 'A1,Ann,2024-01-01', 'A2,Bob,2024-06-01'].join('\n');

const ADAPTER = `-- A hand-made helpdesk: agents and an event log.
-- input: events = events*.csv
-- input: agents = agents*.csv

-- dataset: tickets
SELECT
  ticket AS ticket_id,
  'chat' AS channel,
  'inquiry' AS kind,
  coalesce(arg_min(agent, _line) FILTER (WHERE event = 'reply'), arg_min(agent, _line) FILTER (WHERE event = 'open')) AS employee_id,
  arg_min(time, _line) FILTER (WHERE event = 'open') AS created_at,
  arg_min(time, _line) FILTER (WHERE event = 'reply') AS first_response_at,
  arg_max(time, _line) FILTER (WHERE event = 'resolve') AS resolved_at,
  false AS escalated,
  CASE WHEN bool_or(event = 'spam') THEN 'ticket marked spam in the export' END AS _reject,
  min(_line) AS _line
FROM events
GROUP BY ticket;

-- dataset: employees   (listed second: it still loads first)
SELECT agent AS employee_id, "full name" AS name, 'support' AS team, 'customer_service' AS role,
       true AS customer_facing, joined AS hired_on, _line
FROM agents;
`;

describe('an adapter over a hand-made event log', () => {
  let warehouse: Warehouse;
  let dir: string;
  let cleanup: () => void;
  let first: AdapterIngestResult;
  let again: AdapterIngestResult;
  let adapterPath: string;
  let files: string[];

  beforeAll(async () => {
    ({ warehouse, dir, cleanup } = await tempWarehouse());
    adapterPath = writeFile(dir, 'desk.sql', ADAPTER);
    files = [writeFile(dir, 'events.csv', EVENTS), writeFile(dir, 'agents.csv', AGENTS), writeFile(dir, 'notes.csv', 'a\n1')];
    first = await ingestWithAdapter(warehouse, adapterPath, files);
    again = await ingestWithAdapter(warehouse, adapterPath, files);
  }, 60_000);
  afterAll(() => cleanup());

  it('loads employees first, then one ticket per case through the tickets contract', () => {
    expect(first.results.map((r) => [r.dataset, r.status, r.rowsRead, r.rowsLoaded, r.rowsRejected])).toEqual([
      ['employees', 'loaded', 2, 2, 0],
      ['tickets', 'loaded', 7, 3, 4]
    ]);
    expect(first.unmatched).toEqual([files[2]]);
  });

  it('pivots the events: first reply answers, the replier is the employee, an unanswered ticket stays with its opener', async () => {
    const tickets = await warehouse.query<{ ticket_id: string; employee_id: string; minutes: number | null; resolved: boolean; line: number }>(
      `SELECT ticket_id, employee_id, (epoch(first_response_at) - epoch(created_at)) / 60 AS minutes,
              resolved_at IS NOT NULL AS resolved, _line AS line FROM tickets ORDER BY ticket_id`
    );
    expect(tickets).toEqual([
      { ticket_id: 'T1', employee_id: 'A2', minutes: 30, resolved: true, line: 2 },
      { ticket_id: 'T2', employee_id: 'A1', minutes: 5, resolved: false, line: 6 },
      { ticket_id: 'T3', employee_id: 'A2', minutes: null, resolved: false, line: 8 }
    ]);
  });

  it('rejects what the contract refuses, at the physical line of the raw file, with the adapter reason first', async () => {
    const rejects = await rejectsOf(warehouse, 'tickets');
    expect(rejects.map((r) => [r.line, r.field, r.reason.replace(/ \(.*$/, '')])).toEqual([
      [9, 'first_response_at', 'first_response_at: timestamp order violated: first_response_at 2025-03-05 11:00:00 is before created_at 2025-03-05 12:00:00'],
      [11, 'created_at', 'created_at: impossible date "2025-02-30 10:00:00"'],
      [12, 'employee_id', 'employee_id: unknown employee "Z9"'],
      [14, null, 'ticket marked spam in the export']
    ]);
    const [file] = await warehouse.query<{ file_name: string }>("SELECT DISTINCT file_name FROM rejects WHERE dataset = 'tickets'");
    expect(file!.file_name).toBe(files[0]);
    expect(JSON.parse(rejects[0]!.raw!)).toMatchObject({ ticket_id: 'T4', employee_id: 'A2' });
  });

  it('logs each dataset once: the same adapter over the same files again adds nothing', async () => {
    expect(again.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
    const log = await warehouse.query<{ dataset: string; file_name: string }>('SELECT dataset, file_name FROM ingest_log ORDER BY ingest_id');
    expect(log).toEqual([
      { dataset: 'employees', file_name: 'adapter desk: agents.csv' },
      { dataset: 'tickets', file_name: 'adapter desk: events.csv' }
    ]);
  });
});

describe('a broken adapter', () => {
  let warehouse: Warehouse;
  let dir: string;
  let cleanup: () => void;
  beforeAll(async () => {
    ({ warehouse, dir, cleanup } = await tempWarehouse());
  });
  afterAll(() => cleanup());

  const run = async (sql: string) => {
    const adapter = writeFile(dir, 'broken.sql', sql);
    const result = await ingestWithAdapter(warehouse, adapter, [writeFile(dir, 'export.csv', 'id,when\n1,2025-01-01')]);
    return result.results[0]!;
  };

  it('with a SQL error fails in one line naming the adapter, the dataset and the column', async () => {
    const result = await run("-- dataset: order_events\nSELECT id AS order_id, 'received' AS status, whenn AS at, _line FROM raw");
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/^adapter broken, dataset order_events: SQL error: Binder Error: Referenced column "whenn" not found/);
    expect(result.error).not.toContain('\n');
  });

  it('without a contract column fails in one line naming it', async () => {
    const result = await run("-- dataset: order_events\nSELECT id AS order_id, \"when\" AS at, _line FROM raw");
    expect(result.error).toBe('adapter broken, dataset order_events: missing column status in the SELECT (it returns: order_id, at, _line)');
  });

  it('without a dataset header is refused before reading anything', async () => {
    await expect(ingestWithAdapter(warehouse, writeFile(dir, 'nohead.sql', 'SELECT 1'), [])).rejects.toThrow(
      'adapter nohead: declares no dataset (start each SELECT with a line "-- dataset: NAME")'
    );
  });
});
