import { describe, expect, it } from 'vitest';
import { buildModels } from '../../src/lib/server/models/build.js';
import { runDataTests } from '../../src/lib/server/models/data-tests.js';
import { checkLayers, listModels, orderModels, rawTables, type ModelFile } from '../../src/lib/server/models/graph.js';
import { tempWarehouse } from '../helpers/warehouse.js';

const model = (layer: ModelFile['layer'], name: string, sql: string, reads: string[] = []): ModelFile =>
  ({ layer, file: `${layer}/${name}.sql`, name, sql, reads, tests: [] });

describe('the model graph', () => {
  const models = listModels();
  const position = new Map(models.map((m, i) => [m.name, i]));

  it('builds every model after everything it reads, whatever its file is called', () => {
    for (const m of models) {
      for (const read of m.reads) if (position.has(read)) expect(position.get(read)!, `${m.name} reads ${read}`).toBeLessThan(position.get(m.name)!);
    }
    expect(models.find((m) => m.name === 'appraisal_scorecards')!.reads).toEqual(
      expect.arrayContaining(['appraisal_indicator_scores', 'appraisal_monthly_grades', 'appraisal_roster', 'cfg_grade'])
    );
    // two models whose file names sort against their dependency still come out in dependency order
    const ordered = orderModels([model('metrics', 'b_reader', 'x', ['z_source']), model('metrics', 'z_source', 'y')]);
    expect(ordered.map((m) => m.name)).toEqual(['z_source', 'b_reader']);
  });

  it('stages each raw table as one view of that table alone', () => {
    const raw = rawTables();
    const staging = models.filter((m) => m.layer === 'staging');
    expect(staging.map((m) => m.name).sort()).toEqual(['stg_csat', 'stg_employees', 'stg_findings', 'stg_leads', 'stg_order_events', 'stg_ratings', 'stg_sales', 'stg_targets', 'stg_tickets']);
    for (const m of staging) {
      expect(m.reads.filter((r) => raw.has(r)), m.name).toHaveLength(1);
      expect(m.sql, m.name).toMatch(/CREATE OR REPLACE VIEW/);
    }
    expect(models.map((m) => m.name)).not.toContain('target_values');
  });

  it('refuses a model that reads a layer above its own, in one line', () => {
    const fact = model('metrics', 'fct_sales', 'CREATE TABLE fct_sales AS SELECT 1');
    const reader = model('staging', 'stg_peek', 'CREATE VIEW stg_peek AS SELECT * FROM fct_sales', ['fct_sales']);
    expect(() => checkLayers([fact, reader])).toThrow(/^sql\/staging\/stg_peek\.sql: staging model stg_peek reads fct_sales, a model of the metrics layer above it$/);
  });

  it('refuses a staging model that joins or aggregates', () => {
    const joined = model('staging', 'stg_joined', 'CREATE VIEW stg_joined AS SELECT * FROM sales s JOIN order_events o USING (order_id)', ['order_events', 'sales']);
    expect(() => checkLayers([joined])).toThrow(/stg_joined.*move .* logic to intermediate/);
    const grouped = model('staging', 'stg_grouped', 'CREATE VIEW stg_grouped AS SELECT order_id, count(*) FROM order_events GROUP BY order_id', ['order_events']);
    expect(() => checkLayers([grouped])).toThrow(/a staging model is a view of one raw table/);
  });

  it('refuses models that read each other in a cycle', () => {
    expect(() => orderModels([model('metrics', 'a', '', ['b']), model('metrics', 'b', '', ['a'])])).toThrow('models read each other in a cycle: a, b');
  });
});

describe('data tests', () => {
  it('name the model and the test that failed', async () => {
    const { warehouse, cleanup } = await tempWarehouse();
    try {
      await warehouse.run('CREATE TABLE pairs AS SELECT * FROM (VALUES (1, \'x\'), (1, \'y\'), (2, NULL)) t(id, kind)');
      const pairs: ModelFile = { ...model('metrics', 'pairs', ''), tests: [{ unique: ['id'] }] };
      await warehouse.transaction(async (connection) => {
        await expect(runDataTests(connection, pairs)).rejects.toThrow('model pairs (sql/metrics/pairs.sql): data test unique(id) failed on 1 row');
        await expect(runDataTests(connection, { ...pairs, tests: [{ not_null: ['id', 'kind'] }] })).rejects.toThrow('data test not_null(id, kind) failed on 1 row');
        await expect(runDataTests(connection, { ...pairs, tests: [{ accepted_values: { column: 'kind', values: ['x'] } }] })).rejects.toThrow(
          'data test accepted_values(kind: x) failed on 1 row'
        );
        expect(await runDataTests(connection, { ...pairs, tests: [{ accepted_values: { column: 'kind', values: ['x', 'y'] } }, { expression: 'id > 0' }] })).toBe(2);
      });
    } finally {
      cleanup();
    }
  });

  it('stop `opscore build` when a raw table holds a duplicate key the loader would have replaced', async () => {
    const { warehouse, cleanup } = await tempWarehouse();
    try {
      // written past the loader, which keeps one row per ticket_id
      await warehouse.run(`INSERT INTO tickets (ticket_id, channel, kind, employee_id, created_at) VALUES
        ('T1', 'phone', 'inquiry', 'E1', TIMESTAMPTZ '2025-06-05 09:00:00+08:00'),
        ('T1', 'phone', 'inquiry', 'E1', TIMESTAMPTZ '2025-06-05 10:00:00+08:00')`);
      await expect(buildModels(warehouse)).rejects.toThrow('model stg_tickets (sql/staging/stg_tickets.sql): data test unique(ticket_id) failed on 1 row');
      await warehouse.run("DELETE FROM tickets WHERE created_at = TIMESTAMPTZ '2025-06-05 10:00:00+08:00'");
      const steps = await buildModels(warehouse);
      expect(steps.map((s) => s.model)).toContain('staging/stg_tickets.sql');
    } finally {
      cleanup();
    }
  });
});
