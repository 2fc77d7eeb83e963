import { idFor, Session, startTestApp, TestApp } from '../../../test/harness';
import { JobsService } from '../../platform/jobs/jobs.service';

/** Issue 11, item 8: a county learns nothing about another region's ledger or spending through its own writes. */
describe('personal data in cost warnings: kept per pooling region', () => {
  let t: TestApp;
  const s: Record<string, Session> = {};
  const person = idFor('450202', '19880808', 501);
  const stranger = idFor('450202', '19770707', 502);

  beforeAll(async () => {
    t = await startTestApp();
    for (const u of ['lz_chengzhong', 'lz_city', 'gl_city', 'gx_province', 'auditor', 'admin']) s[u] = await t.login(u);
    // a county of another pooling region (桂林 秀峰区)
    s.gl_xiufeng = await t.createAccount({ username: 'gl_xiufeng', displayName: '秀峰区医保局', role: 'county_officer', regionCode: '450302' });
    await t.as(s.lz_chengzhong).post('/api/beneficiaries').send({ idNumber: person, name: '黄八', regionCode: '450202', identityCategories: ['rural_dibao'], sourceDepartment: 'civil_affairs' }).expect(201);
    await t.as(s.lz_chengzhong).post('/api/beneficiaries').send({ idNumber: stranger, name: '陆七', regionCode: '450202', identityCategories: ['rural_dibao'], sourceDepartment: 'civil_affairs' }).expect(201);
  });
  afterAll(() => t.close());

  it('a high-cost warning is kept per pooling region: another region\'s detection neither reads nor overwrites it', async () => {
    const watched = idFor('450202', '19500505', 504);
    const settle = (who: string, regionCode: string, no: string, totalCost: number, basic: number, criticalIllness: number) =>
      t.as(s[who]).post('/api/settlements').send({
        ...settlementFor(watched, regionCode, no),
        identityCategories: ['monitored_sudden'],
        totalCost, inPolicyCost: totalCost, inCatalogueCost: totalCost,
        recorded: { basic, criticalIllness, medicalAid: 0, other: 0, outOfPocket: totalCost - basic - criticalIllness },
      }).expect(201);
    const detect = async (who: string) => {
      const started = await t.as(s[who]).post('/api/cost-warning-detections').send({ year: 2026 }).expect(202);
      await t.app.get(JobsService).settle(started.body.id);
      return (await t.as(s[who]).get(`/api/cost-warning-detections/${started.body.id}`).expect(200)).body.result;
    };
    await settle('lz_chengzhong', '450202', 'JS-W-1', 2_000_000, 1_200_000, 500_000); // burden 300,000 in 柳州
    expect(await detect('lz_chengzhong')).toMatchObject({ created: 1, updated: 0 });
    await settle('gl_xiufeng', '450302', 'JS-W-2', 1_000_000, 600_000, 150_000); // burden 250,000 in 桂林
    // 桂林 makes its own warning from its own figures: it does not find (and update) 柳州's
    expect(await detect('gl_xiufeng')).toMatchObject({ found: 1, created: 1, updated: 0, unchanged: 0 });
    const mine = (await t.as(s.gl_xiufeng).get(`/api/cost-warnings?idNumber=${watched}`).expect(200)).body;
    expect(mine.map((w: { regionCode: string; burdenFen: number }) => [w.regionCode, w.burdenFen])).toEqual([['450302', 250_000]]);
    const theirs = (await t.as(s.lz_chengzhong).get(`/api/cost-warnings?idNumber=${watched}`).expect(200)).body;
    expect(theirs.map((w: { regionCode: string; burdenFen: number }) => [w.regionCode, w.burdenFen])).toEqual([['450202', 300_000]]);
  });
});

function settlementFor(idNumber: string, regionCode: string, settlementNo: string) {
  return {
    regionCode,
    year: 2026,
    visitType: 'inpatient',
    hospitalLevel: 'secondary',
    totalCost: 2000000,
    inPolicyCost: 1800000,
    inCatalogueCost: 1900000,
    identityCategories: ['registered_poor'],
    idNumber,
    name: '黄八',
    institutionCode: 'H45020200001',
    institutionName: '柳州市工人医院',
    settledOn: '2026-03-08',
    settlementNo,
    recorded: { basic: 1000000, criticalIllness: 300000, medicalAid: 400000, other: 0, outOfPocket: 300000 },
  };
}
