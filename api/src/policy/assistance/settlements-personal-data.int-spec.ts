import { idFor, Session, startTestApp, TestApp } from '../../../test/harness';

/** Issue 11, item 8: a county learns nothing about another region's ledger or spending through its own writes. */
describe('personal data in settlements: another pooling region\'s spending stays unseen', () => {
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

  it('a settlement recorded by another pooling region neither shows nor adds to the person\'s year so far there', async () => {
    // 柳州: the person's second settlement of the year is computed with the first one in the year so far
    const first = (await t.as(s.lz_chengzhong).post('/api/settlements').send(settlementFor(person, '450202', 'JS-YTD-1')).expect(201)).body;
    const second = (await t.as(s.lz_chengzhong).post('/api/settlements').send(settlementFor(person, '450202', 'JS-YTD-2')).expect(201)).body;
    expect(second.computed).not.toEqual(first.computed); // the year so far matters to the computation
    // 桂林 records a settlement for the same person: computed as for someone with no settlements in 桂林
    const fresh = (await t.as(s.gl_xiufeng).post('/api/settlements').send(settlementFor(idFor('450302', '19900101', 503), '450302', 'JS-GL-0')).expect(201)).body;
    const there = (await t.as(s.gl_xiufeng).post('/api/settlements').send(settlementFor(person, '450302', 'JS-GL-1')).expect(201)).body;
    expect(there.computed).toEqual(fresh.computed);
    expect(there.trace).toEqual(fresh.trace);
    expect((await t.as(s.gl_xiufeng).get(`/api/settlements/${there.id}`).expect(200)).body.trace).toEqual(fresh.trace);
    // and 柳州's next settlement is computed as if 桂林's had not happened
    const third = (await t.as(s.lz_chengzhong).post('/api/settlements').send(settlementFor(person, '450202', 'JS-YTD-3')).expect(201)).body;
    const detailOfSecond = (await t.as(s.lz_chengzhong).get(`/api/settlements/${second.id}`).expect(200)).body;
    expect(detailOfSecond.trace).toEqual(second.trace);
    expect(third.trace).not.toEqual(there.trace);
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
