import { SETTLEMENT_NOTE_CODES, settlementNoteText, type SettlementTraceStep } from '@yibao/shared';
import { SETTLEMENT_CASE } from '../../../../test/fixtures';
import { rejectedField, testAppWith } from '../../../../test/harness';

describe('the settlement calculator (一站式结算试算)', () => {
  const { t, s } = testAppWith(['lz_chengzhong', 'admin']);

  it("calculates a settlement for a county case with its city's parameters and explains each tier", async () => {
    const body = SETTLEMENT_CASE;
    const res = await t.as(s.lz_chengzhong).post('/api/settlements/calculate').send(body).expect(200);
    const { basic, criticalIllness, medicalAid, other, outOfPocket } = res.body;
    expect(basic + criticalIllness + medicalAid + other + outOfPocket).toBe(body.totalCost);
    expect(basic).toBeGreaterThan(0);
    expect(res.body.trace.length).toBeGreaterThan(3);
    expect(res.body.trace.some((step: { parameter: { source: string } | null }) => step.parameter?.source)).toBe(true);
    // each step says itself as a note code + figures (the admin renders it in zh or en), beside the zh text
    for (const step of res.body.trace as SettlementTraceStep[]) {
      expect(SETTLEMENT_NOTE_CODES.is(step.code)).toBe(true);
      expect(settlementNoteText(step, 'zh')).toBe(step.note);
    }
    // the same case without the poverty identity gets no medical aid and pays more itself
    const plain = await t
      .as(s.lz_chengzhong)
      .post('/api/settlements/calculate')
      .send({ ...body, identityCategories: [] })
      .expect(200);
    expect(plain.body.medicalAid).toBe(0);
    expect(plain.body.outOfPocket).toBeGreaterThan(outOfPocket);

    const invalid = await t
      .as(s.lz_chengzhong)
      .post('/api/settlements/calculate')
      .send({ ...body, inPolicyCost: 3_000_000 })
      .expect(400);
    expect(invalid.body.details[0].field).toBe('inPolicyCost');
    await t
      .as(s.lz_chengzhong)
      .post('/api/settlements/calculate')
      .send({ ...body, regionCode: '450302' })
      .expect(404);
    await t
      .as(s.lz_chengzhong)
      .post('/api/settlements/calculate')
      .send({ ...body, year: 2030 })
      .expect(404);
    await t
      .as(s.lz_chengzhong)
      .post('/api/settlements/calculate')
      .send({ ...body, identityCategories: ['vip'] })
      .expect(400);
    await t.as(s.admin).post('/api/settlements/calculate').send(body).expect(403);
  });
});

describe('settlements: recorded against computed, with flags', () => {
  const { t, s } = testAppWith(['lz_chengzhong', 'lz_city', 'gl_city', 'gx_province']);

  const base = {
    ...SETTLEMENT_CASE,
    idNumber: '11010519491231002X',
    name: '张三',
    institutionCode: 'H45020200001',
    institutionName: '柳州市工人医院',
    settledOn: '2026-03-08',
  };

  it('stores what the rules give beside what was recorded, flags a mismatch, and carries the year so far into the next one', async () => {
    const { idNumber: _id, name: _n, institutionCode: _c, institutionName: _i, settledOn: _d, ...kase } = base;
    const computed = (await t.as(s.lz_chengzhong).post('/api/settlements/calculate').send(kase).expect(200)).body;
    const tiers = {
      basic: computed.basic,
      criticalIllness: computed.criticalIllness,
      medicalAid: computed.medicalAid,
      other: computed.other,
      outOfPocket: computed.outOfPocket,
    };
    const exact = await t
      .as(s.lz_chengzhong)
      .post('/api/settlements')
      .send({ ...base, recorded: tiers })
      .expect(201);
    expect(exact.body.computed).toEqual(tiers);
    expect(exact.body.flags).not.toContain('recorded_mismatch');
    expect(exact.body.idNumber).toBe('110105********002X');

    // the same stay again: the deductible is met now, so basic pays more than the first time
    const shifted = { ...tiers, basic: tiers.basic - 100, outOfPocket: tiers.outOfPocket + 100 };
    const second = await t
      .as(s.lz_chengzhong)
      .post('/api/settlements')
      .send({ ...base, settledOn: '2026-05-02', recorded: shifted })
      .expect(201);
    expect(second.body.computed.basic).toBeGreaterThan(tiers.basic);
    expect(second.body.flags).toContain('recorded_mismatch');

    const flagged = await t.as(s.lz_city).get('/api/settlements?flag=recorded_mismatch').expect(200);
    expect(flagged.body.map((x: { id: number }) => x.id)).toEqual([second.body.id]);
    const detail = await t.as(s.lz_city).get(`/api/settlements/${second.body.id}`).expect(200);
    expect(detail.body.trace.length).toBeGreaterThan(3);
    await t.as(s.gl_city).get(`/api/settlements/${second.body.id}`).expect(404);
  });

  it('refuses tiers that do not add up, a bad ID number, a region outside scope, and a city officer recording', async () => {
    const tiers = { basic: 1, criticalIllness: 0, medicalAid: 0, other: 0, outOfPocket: 0 };
    const refused = (body: object) => rejectedField(t.as(s.lz_chengzhong).post('/api/settlements').send(body));
    expect(await refused({ ...base, recorded: tiers })).toBe('recorded');
    const ok = { basic: 0, criticalIllness: 0, medicalAid: 0, other: 0, outOfPocket: base.totalCost };
    expect(await refused({ ...base, idNumber: '110105194912310021', recorded: ok })).toBe('idNumber');
    expect(await refused({ ...base, regionCode: '450203', recorded: ok })).toBe('regionCode');
    await t
      .as(s.lz_city)
      .post('/api/settlements')
      .send({ ...base, recorded: ok })
      .expect(403);
  });
});
