import { clearWarning, recordWarningCases } from '../../../../test/assistance-cases';
import { testAppWith } from '../../../../test/harness';

describe('the assistance stats (三重制度统计)', () => {
  const { t, s } = testAppWith(['lz_chengzhong', 'lz_city', 'gl_city', 'gx_province']);
  beforeAll(async () => {
    // five settlements, two warnings: one cleared, one detected and overdue (its stage clock moved back 11 days)
    await recordWarningCases(t, s.lz_chengzhong, s.lz_city);
    const [rural] = (await t.as(s.lz_chengzhong).get('/api/cost-warnings?department=rural_revitalization').expect(200)).body;
    await clearWarning(t, s.lz_chengzhong, rural.id);
    const [civil] = (await t.as(s.lz_chengzhong).get('/api/cost-warnings?department=civil_affairs').expect(200)).body;
    await t.ds.getRepository('CostWarning').update({ id: civil.id }, { stateChangedAt: new Date(Date.now() - 11 * 86_400_000) });
  });

  it('stats sum the recorded settlements per child region and count warnings by stage', async () => {
    const province = (await t.as(s.gx_province).get('/api/assistance-stats?year=2026').expect(200)).body;
    const liuzhou = province.items.find((i: { regionCode: string }) => i.regionCode === '450200');
    const all = (await t.as(s.lz_city).get('/api/settlements?_end=100').expect(200)).body as Array<{ totalCost: number; recorded: Record<string, number> }>;
    const sum = (f: (x: (typeof all)[number]) => number) => all.reduce((n, x) => n + f(x), 0);
    expect(liuzhou).toMatchObject({
      settlements: all.length,
      totalCost: sum((x) => x.totalCost),
      outOfPocket: sum((x) => x.recorded.outOfPocket),
      criticalIllness: sum((x) => x.recorded.criticalIllness),
    });
    expect(liuzhou.oopShareBp).toBe(Math.floor((sum((x) => x.recorded.outOfPocket) * 10000) / sum((x) => x.totalCost)));
    expect(liuzhou.warnings).toMatchObject({ detected: 1, cleared: 1, overdue: 1 });
    const county = (await t.as(s.lz_chengzhong).get('/api/assistance-stats?year=2026').expect(200)).body;
    expect(county.total.settlements).toBe(all.length);
    expect((await t.as(s.lz_city).get('/api/assistance-stats?year=2026&from=2026-03-01&to=2026-03-03').expect(200)).body.total.settlements).toBe(3);
    await t.as(s.lz_city).get('/api/assistance-stats?year=2026&regionCode=450300').expect(400);
    await t.as(s.lz_city).get('/api/assistance-stats?year=26').expect(400);
  });
});
