import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from '../../src/lib/shared/csv.js';
import { fixtureApi } from '../api/fixture.js';
import { buildModels } from '../../src/lib/server/models/build.js';

describe('exports neutralise formula cells', () => {
  it('prefixes = + - @ tab and carriage return with an apostrophe, leaving numbers alone', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'plain', '张三'].map(neutraliseFormula)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", 'plain', '张三']);
    expect(toCsv([{ name: '=HYPERLINK("http://evil","x")', delta: -5 }])).toBe('name,delta\n"\'=HYPERLINK(""http://evil"",""x"")",-5\n');
  });

  describe('through the API', () => {
    let fixture: Awaited<ReturnType<typeof fixtureApi>>;
    beforeAll(async () => {
      fixture = await fixtureApi();
      await fixture.warehouse.run(`INSERT INTO employees (employee_id, name, team, role, manager_id, customer_facing, hired_on, left_on) VALUES ('E9', '=HYPERLINK("http://evil","click")', 'North', 'sales', NULL, true, DATE '2024-01-01', NULL)`);
      await buildModels(fixture.warehouse);
    });
    afterAll(() => fixture.cleanup());

    it('exports an employee named =HYPERLINK(...) as text', async () => {
      const csv = await (await fixture.app.request('/api/employees?format=csv')).text();
      expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""click"")"`);
    });

    it('sends nosniff, a same-origin referrer policy and no framing on every answer', async () => {
      const response = await fixture.app.request('/api/teams');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('same-origin');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    });
  });
});
