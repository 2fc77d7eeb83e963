import {
  addDays,
  chinaDate,
  clueFilingDueOn,
  DEFAULT_DISCRETION_TIERS,
  FRAUD_TIME_LIMITS,
  nationalFraudParameters,
  type FraudCaseRecord,
  type FraudClueRecord,
  type FraudParameters,
  type FraudParametersRecord,
} from '@yibao/shared';
import { HolidaysService } from '../../../platform/holidays/holidays.service';
import { testAppWith } from '../../../../test/harness';
import { FraudParameterSet } from './fraud-parameter-set.entity';

/**
 * 欺诈骗保参数 per province and year (issue 16: "all day counts are parameters per province with their source"; the
 * tiers "as provincial parameters"): the province supervisor sets and approves its own; the approved set of the
 * clue's or case's province for the year dates the clue's filing decision and bounds the decision's fine by the tier
 * chosen; another province's set never applies, and without one the national defaults do — each record says which.
 */
describe('fraud-parameters (欺诈骗保参数)', () => {
  const { t, s } = testAppWith(['gx_province', 'lz_city', 'lz_inspector', 'lz_inspector2', 'lz_head']);
  const URL = '/api/fraud-parameters';
  // one date for the clue's receipt and the case's filing: its year is the parameters' year
  const on = addDays(chinaDate(new Date()), -30);
  const year = Number(on.slice(0, 4));

  /** 广西's document: 10 working days to decide on a clue, and its own art. 38 tiers (一般 1.3–1.7×). */
  const guangxi = (y: number): FraudParameters => {
    const doc = nationalFraudParameters('450000', y);
    doc.timeLimits.clueVerifyWorkingDays = { value: 10, source: '示例取值：广西线索核查10个工作日（测试）' };
    doc.discretion[38] = { lenient: [10, 13], ordinary: [13, 17], severe: [17, 20], source: '示例取值：广西裁量基准第三十八条（测试）' };
    return doc;
  };

  /** A clue of 柳州 received on `on`, and its case filed the same day by the head (the clue's `file` action). */
  const fileCase = async (): Promise<{ clue: FraudClueRecord; kase: FraudCaseRecord }> => {
    const clue = (
      await t
        .as(s.lz_inspector)
        .post('/api/fraud-clues')
        .send({ source: 'screening', receivedOn: on, summary: '智能监控提示某医院分解住院', subjectType: 'institution', institutionCode: 'H45020200001' })
        .expect(201)
    ).body as FraudClueRecord;
    const verified = (await t.as(s.lz_inspector).post(`/api/fraud-clues/${clue.id}/actions/verify`).send({ version: clue.version }).expect(200)).body;
    const filed = await t
      .as(s.lz_head)
      .post(`/api/fraud-clues/${clue.id}/actions/file`)
      .send({
        officerIds: [s.lz_inspector.userId, s.lz_inspector2.userId],
        causes: ['split_admission'],
        amountInvolved: 1_000_000,
        conductEndedOn: addDays(on, -100),
        healthHarmed: false,
        filedOn: on,
        version: verified.version,
      })
      .expect(200);
    const kase = (await t.as(s.lz_inspector).get(`/api/fraud-cases/${filed.body.caseId}`).expect(200)).body as FraudCaseRecord;
    return { clue, kase };
  };

  /** Investigated and notified (1.5× proposed), then decided with `fine` in the 一般 tier, statement waived. */
  const decide = async (kase: FraudCaseRecord, fine: number) => {
    const current = async () => (await t.as(s.lz_inspector).get(`/api/fraud-cases/${kase.id}`).expect(200)).body as FraudCaseRecord;
    if ((await current()).state === 'filed') {
      await t.as(s.lz_inspector).post(`/api/fraud-cases/${kase.id}/actions/start_investigation`).send({ version: kase.version }).expect(200);
      await t
        .as(s.lz_inspector)
        .post(`/api/fraud-cases/${kase.id}/actions/notify`)
        .send({
          noticeNo: `柳医保罚告〔${year}〕${kase.id}号`,
          noticedOn: on,
          proposedFine: 1_500_000,
          proposedRecoup: 1_000_000,
          version: (await current()).version,
        })
        .expect(200);
    }
    return t
      .as(s.lz_head)
      .post(`/api/fraud-cases/${kase.id}/actions/decide`)
      .send({
        decisionType: 'penalty',
        decisionNo: `柳医保罚〔${year}〕${kase.id}号`,
        fine,
        recoup: 1_000_000,
        discretionTier: 'ordinary',
        discretionReason: '初次违法，积极配合调查',
        statementWaived: true,
        version: (await current()).version,
      });
  };

  it('the province’s approved set dates the clue and bounds the fine; before it, and elsewhere, the national defaults', async () => {
    const adder = await t.app.get(HolidaysService).workingDaysAdder();
    // 辽宁's approved set of the same year, shorter still: never 广西's
    const liaoning = nationalFraudParameters('210000', year);
    liaoning.timeLimits.clueVerifyWorkingDays = { value: 5, source: '示例取值（测试）' };
    await t.ds.getRepository(FraudParameterSet).save({
      regionCode: '210000',
      year,
      document: JSON.stringify(liaoning),
      approvedDocument: JSON.stringify(liaoning),
      state: 'approved',
      stateChangedAt: new Date(),
      approvedAt: new Date(),
      version: 1,
    });

    // no approved set of 广西 for the year: the national 15 working days and 1.2–1.6× for 一般
    const before = await fileCase();
    expect(before.clue.verifyDueOn).toBe(clueFilingDueOn(on, false, adder.add, FRAUD_TIME_LIMITS));
    expect(before.clue.parameters).toEqual({ basis: 'national', regionCode: null, year, setId: null });
    expect(before.kase.parameters).toMatchObject({ basis: 'national', setId: null, tiers: DEFAULT_DISCRETION_TIERS });
    expect(before.kase.parameters.limitSources.clueVerifyWorkingDays).toMatch(/令第4号第十四条/);

    // 广西 drafts, submits and approves its own set; a draft is not in force
    const created = (
      await t
        .as(s.gx_province)
        .post(URL)
        .send({ regionCode: '450000', year, parameters: guangxi(year) })
        .expect(201)
    ).body as FraudParametersRecord;
    expect(created).toMatchObject({ state: 'draft', approved: null });
    expect((await fileCase()).clue.parameters.basis).toBe('national');
    await t.as(s.gx_province).post(`${URL}/${created.id}/actions/submit`).send({ version: created.version }).expect(200);
    const approved = (
      await t
        .as(s.gx_province)
        .post(`${URL}/${created.id}/actions/approve`)
        .send({ version: created.version + 1 })
        .expect(200)
    ).body as FraudParametersRecord;
    expect(approved).toMatchObject({ state: 'approved', approved: { regionCode: '450000', year } });

    const after = await fileCase();
    expect(after.clue.verifyDueOn).toBe(clueFilingDueOn(on, false, adder.add, { ...FRAUD_TIME_LIMITS, clueVerifyWorkingDays: 10 }));
    expect(after.clue.verifyDueOn < before.clue.verifyDueOn).toBe(true);
    expect(after.clue.parameters).toEqual({ basis: 'provincial', regionCode: '450000', year, setId: created.id });
    expect(after.kase.parameters).toMatchObject({
      basis: 'provincial',
      regionCode: '450000',
      setId: created.id,
      tiers: { 38: { lenient: [10, 13], ordinary: [13, 17], severe: [17, 20] } },
      tierSources: { 38: '示例取值：广西裁量基准第三十八条（测试）' },
    });

    // 1.25× is 一般 nationally but 从轻 in 广西: refused there with the guard's code, allowed at 1.5×
    const refused = await decide(after.kase, 1_250_000);
    expect([refused.status, refused.body.code, refused.body.field]).toEqual([400, 'fine_out_of_range', 'fine']);
    expect(String(refused.body.message)).toContain('13,000–17,000');
    expect((await decide(after.kase, 1_500_000)).status).toBe(200);
    // the case filed before the approval follows its province's set of the year too (the set is read, not copied)
    expect((await decide(before.kase, 1_250_000)).body.code).toBe('fine_out_of_range');
  });

  it('a year without an approved set of the province: the national defaults', async () => {
    const res = await t
      .as(s.gx_province)
      .get(`${URL}?year=${year + 1}`)
      .expect(200);
    expect(res.body).toEqual([]);
    const clue = (
      await t
        .as(s.lz_inspector)
        .post('/api/fraud-clues')
        .send({ source: 'tip_off', receivedOn: addDays(on, -400), summary: '举报某医院挂床住院', subjectType: 'institution', institutionCode: 'H45020200001' })
        .expect(201)
    ).body as FraudClueRecord;
    expect(clue.parameters).toMatchObject({ basis: 'national', setId: null });
  });

  it('only the province supervisor sets its own province’s; every value bounded (400 naming the field, nothing written)', async () => {
    // a city officer has no create right: 403
    await t.as(s.lz_city).post(URL).send({ regionCode: '450000', year: 2041 }).expect(403);
    await t.as(s.lz_city).post(URL).send({ regionCode: '450200', year: 2041 }).expect(403);
    // the province supervisor not for another province
    await t.as(s.gx_province).post(URL).send({ regionCode: '210000', year: 2041 }).expect(403);
    const fields = (res: { body: { details?: Array<{ field: string }> } }) => res.body.details?.map((d) => d.field);
    const bad = guangxi(2041);
    bad.timeLimits.decisionDays.value = 120;
    bad.discretion[40].ordinary = [31, 40];
    expect(fields(await t.as(s.gx_province).post(URL).send({ regionCode: '450000', year: 2041, parameters: bad }).expect(400))).toEqual([
      'parameters.timeLimits.decisionDays.value',
      'parameters.discretion.40.ordinary',
    ]);
    expect((await t.as(s.gx_province).get(`${URL}?year=2041`).expect(200)).body).toEqual([]);
    // without a document and no earlier year: the national defaults to start from
    const seeded = (await t.as(s.gx_province).post(URL).send({ regionCode: '450000', year: 2019 }).expect(201)).body as FraudParametersRecord;
    expect(seeded.parameters).toEqual(nationalFraudParameters('450000', 2019));
    // the city reads its province's set, may not edit it
    await t.as(s.lz_city).get(`${URL}/${seeded.id}`).expect(200);
    await t.as(s.lz_city).patch(`${URL}/${seeded.id}`).send({ parameters: seeded.parameters, version: seeded.version }).expect(403);
  });
});
