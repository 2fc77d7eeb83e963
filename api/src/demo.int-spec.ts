import { testAppWith } from '../test/harness';

/**
 * The demo's first login (issue 13 item 19): with a demo ledger, every module has rows in 柳州市 and 桂林市,
 * written through the services (settlements as the calculator computes them, states by the workflow engine),
 * and every county, city and province demo account finds something waiting in its inbox.
 */
describe('the demo seed fills every module and every demo role inbox', () => {
  const accounts = ['lz_chengzhong', 'lz_city', 'gl_city', 'gx_province'];
  const { t, s } = testAppWith(accounts, { DEMO_BENEFICIARIES: '600' });

  const count = async (who: string, url: string) => {
    const res = await t.as(s[who]).get(url).expect(200);
    return Number(res.headers['x-total-count']);
  };

  const MODULES = [
    '/api/beneficiaries',
    '/api/enrollments',
    '/api/verification-tasks',
    '/api/settlements',
    '/api/chronic-recognitions',
    '/api/cost-warnings',
    '/api/responsibility-tables',
    '/api/policy-parameters',
    '/api/subsidy-standards',
  ];

  it.each(MODULES)('%s has rows in 柳州市 and in 桂林市', async (url) => {
    expect(await count('lz_city', url)).toBeGreaterThan(0);
    expect(await count('gl_city', url)).toBeGreaterThan(0);
  });

  it.each(accounts)("%s's inbox has records waiting", async (who) => {
    const summary = (await t.as(s[who]).get('/api/inbox/summary').expect(200)).body as { total: number };
    expect(summary.total).toBeGreaterThan(0);
    expect(await count(who, '/api/inbox')).toBe(summary.total);
  });

  it("settlements carry the calculator's amounts: one paid short is flagged, the others match", async () => {
    const rows = (await t.as(s.gx_province).get('/api/settlements?_start=0&_end=50').expect(200)).body as Array<{ flags: string[] }>;
    expect(rows.filter((r) => r.flags.includes('recorded_mismatch'))).toHaveLength(1);
  });

  it('the warnings are in several stages, with one cleared through the workflow, and one monthly push', async () => {
    const warnings = (await t.as(s.lz_chengzhong).get('/api/cost-warnings?_start=0&_end=50').expect(200)).body as Array<{ id: number; state: string }>;
    expect(new Set(warnings.map((w) => w.state))).toEqual(new Set(['cleared', 'verified', 'detected']));
    const cleared = warnings.find((w) => w.state === 'cleared')!;
    const history = (await t.as(s.lz_chengzhong).get(`/api/cost-warnings/${cleared.id}/history`).expect(200)).body as Array<{ action: string }>;
    expect(history.map((h) => h.action)).toEqual(['verify', 'assist', 'clear']);
    expect(await count('lz_chengzhong', '/api/cost-warning-pushes')).toBe(1);
  });

  it('2026 reporting tasks: some received (on time or late), the rest missing; the province has bulletins published', async () => {
    const received = (await t.as(s.gx_province).get('/api/reporting-tasks?period_like=2026&state=received&_end=100').expect(200)).body as Array<{
      duty: string;
      onTime: boolean;
    }>;
    expect(new Set(received.map((r) => r.duty))).toEqual(new Set(['annual_report', 'quarterly_statistics', 'responsibility_table', 'monthly_bulletin']));
    expect(received.some((r) => !r.onTime)).toBe(true);
    expect(await count('gx_province', '/api/reporting-tasks?period_like=2026&state=overdue')).toBeGreaterThan(0);
  });

  it('responsibility tables and parameter sets are in several workflow states', async () => {
    const tables = (await t.as(s.gx_province).get('/api/responsibility-tables?_start=0&_end=50').expect(200)).body as Array<{ state: string }>;
    expect(new Set(tables.map((x) => x.state))).toEqual(new Set(['approved', 'submitted', 'returned']));
    const parameters = (await t.as(s.gx_province).get('/api/policy-parameters?_start=0&_end=50').expect(200)).body as Array<{ state: string }>;
    expect(parameters.map((p) => p.state)).toContain('submitted');
    const standards = (await t.as(s.gx_province).get('/api/subsidy-standards?_start=0&_end=50').expect(200)).body as Array<{ state: string }>;
    expect(standards.map((p) => p.state)).toContain('returned');
    const recognitions = (await t.as(s.gx_province).get('/api/chronic-recognitions?_start=0&_end=50').expect(200)).body as Array<{ status: string }>;
    expect(new Set(recognitions.map((r) => r.status))).toEqual(new Set(['active', 'revoked']));
  });
});
