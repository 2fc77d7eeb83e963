import { addMonths, chinaDate, type FraudMeasure, type InstitutionRecord } from '@yibao/shared';
import { SETTLEMENT_CASE, settlementImportCsv, settlementImportRow } from '../../../../test/fixtures';
import { idFor, testAppWith } from '../../../../test/harness';
import type { Actor } from '../../../common/actor';
import { inTransaction } from '../../../database/data-source';
import { ImportsService } from '../../../platform/imports/imports.service';
import { JobsService } from '../../../platform/jobs/jobs.service';
import { User } from '../../../platform/users/user.entity';
import { InstitutionMeasuresService, type CaseMeasureEffect } from './institution-measures.service';

/**
 * 定点医药机构 over HTTP (issue 16): kept by the city officer in its own counties (the code's county), unique codes,
 * optimistic locking, the agreement status never editable — it changes only through a served case decision
 * (InstitutionMeasuresService, called here as the cases' `serve` and `terminate` call it), which flags the settlements
 * recorded at the institution from the service date on (`institution_suspended`) and is kept as history.
 */
describe('institutions (定点医药机构)', () => {
  const { t, s } = testAppWith(['lz_city', 'gl_city', 'lz_chengzhong', 'lz_head']);
  const URL = '/api/institutions';
  const fields = (res: { body: { details?: Array<{ field: string }> } }) => (res.body.details ?? []).map((d) => d.field);
  let serial = 100;
  /** a fresh code in 城中区 (450202) per call: each test builds its own institutions */
  const nextCode = (prefix = 'H', county = '450202') => `${prefix}${county}${String(++serial).padStart(5, '0')}`;
  const body = (over: Record<string, unknown> = {}) => ({
    code: nextCode(),
    name: '柳州市测试医院',
    kind: 'hospital',
    level: 'secondary',
    ownership: 'public',
    regionCode: '450202',
    ...over,
  });
  const register = async (over: Record<string, unknown> = {}): Promise<InstitutionRecord> =>
    (await t.as(s.lz_city).post(URL).send(body(over)).expect(201)).body;

  /** the head of 柳州's bureau, as the case's `serve` step passes it */
  const head = async (): Promise<Actor> => {
    const u = await t.ds.getRepository(User).findOneByOrFail({ username: 'lz_head' });
    return {
      userId: u.id,
      username: u.username,
      role: u.role,
      regionCode: u.regionCode,
      scopePrefix: '4502',
      sessionId: 'spec',
      csrfToken: '',
      viaCookie: false,
      ip: null,
    };
  };
  let caseId = 9000;
  const effect = (over: Partial<CaseMeasureEffect>): CaseMeasureEffect => ({
    caseId: ++caseId,
    caseNo: `柳医保罚〔2026〕${caseId}号`,
    regionCode: '450200',
    partyType: 'institution',
    institutionCode: null,
    idNumber: null,
    measures: [],
    suspensionMonths: null,
    effectiveOn: '2026-05-01',
    ...over,
  });
  const measures = () => t.app.get(InstitutionMeasuresService);
  const apply = async (e: CaseMeasureEffect) => {
    const actor = await head();
    await inTransaction(t.ds, (em) => measures().applyDecision(em, e, actor));
  };
  const lift = async (id: number) => {
    const actor = await head();
    await inTransaction(t.ds, (em) => measures().liftCaseMeasures(em, id, actor));
  };
  let person = 600;
  const settle = (institutionCode: string, settledOn: string) =>
    t
      .as(s.lz_chengzhong)
      .post('/api/settlements')
      .send({
        ...SETTLEMENT_CASE,
        idNumber: idFor('450202', '19660606', ++person),
        name: '韦九',
        institutionCode,
        institutionName: '柳州市测试医院',
        settledOn,
        recorded: { basic: 1000000, criticalIllness: 300000, medicalAid: 400000, other: 0, outOfPocket: 300000 },
      })
      .expect(201);

  it('the city officer registers in its own counties, the county reads its own, another city gets 404', async () => {
    const r = await register({ name: '柳州市城中区测试卫生院', kind: 'primary', level: 'primary' });
    expect(r).toMatchObject({
      regionCode: '450202',
      regionName: '城中区',
      agreementStatus: 'active',
      suspendedUntil: null,
      statusHistory: [],
      version: 1,
      settlementCount: 0,
    });
    const listed = await t
      .as(s.lz_chengzhong)
      .get(`${URL}?q=${encodeURIComponent('城中区测试卫生院')}&kind=primary`)
      .expect(200);
    expect(listed.body.map((x: InstitutionRecord) => x.code)).toEqual([r.code]);
    expect((await t.as(s.lz_city).get(`${URL}?regionCode=450202&agreementStatus=active&q=${r.code}`).expect(200)).body).toHaveLength(1);
    // 桂林 neither sees nor reaches it
    expect((await t.as(s.gl_city).get(`${URL}?q=${r.code}`).expect(200)).body).toEqual([]);
    await t.as(s.gl_city).get(`${URL}/${r.id}`).expect(404);
    await t.as(s.gl_city).patch(`${URL}/${r.id}`).send({ name: '改名', version: 1 }).expect(404);
    // a county officer reads, never writes
    await t.as(s.lz_chengzhong).get(`${URL}/${r.id}`).expect(200);
    await t.as(s.lz_chengzhong).post(URL).send(body()).expect(403);
    // an unknown filter is refused
    await t.as(s.lz_city).get(`${URL}?agreement=active`).expect(400);
  });

  it('the code carries its county: a mismatch, another city’s county or a city code is a 400 naming the field; a second registration of a code 409', async () => {
    const refusals: Array<[string, Record<string, unknown>, string]> = [
      ['lz_city', { code: nextCode('H', '450203') }, 'code'],
      ['lz_city', { code: 'H4502020001' }, 'code'],
      ['lz_city', { code: 'X45020200001' }, 'code'],
      ['lz_city', { regionCode: '450302', code: nextCode('H', '450302') }, 'regionCode'],
      ['lz_city', { regionCode: '450200', code: nextCode('H', '450200') }, 'regionCode'],
      ['lz_city', { kind: 'clinic' }, 'kind'],
      ['lz_city', { name: 'x'.repeat(101) }, 'name'],
      ['lz_city', { agreementStatus: 'terminated' }, 'agreementStatus'],
    ];
    for (const [who, over, field] of refusals) {
      const res = await t.as(s[who]).post(URL).send(body(over)).expect(400);
      expect(fields(res)).toContain(field);
    }
    const first = await register({ code: 'P45020200777', kind: 'pharmacy', level: 'unrated', ownership: 'private' });
    const again = await t
      .as(s.lz_city)
      .post(URL)
      .send(body({ code: first.code }))
      .expect(409);
    expect(again.body.details).toMatchObject({ code: 'duplicate_record', field: 'code' });
    expect((await t.as(s.lz_city).get(`${URL}?code=${first.code}`).expect(200)).body).toHaveLength(1);
  });

  it('PATCH changes name, kind, level and ownership with the version; the agreement status is not editable', async () => {
    const r = await register();
    const changed = await t.as(s.lz_city).patch(`${URL}/${r.id}`).send({ name: '柳州市测试医院（新址）', level: 'tertiary', version: 1 }).expect(200);
    expect(changed.body).toMatchObject({ name: '柳州市测试医院（新址）', level: 'tertiary', kind: 'hospital', version: 2 });
    // a stale version: 409, nothing written
    await t.as(s.lz_city).patch(`${URL}/${r.id}`).send({ name: '旧页面', version: 1 }).expect(409);
    for (const over of [{ agreementStatus: 'terminated' }, { suspendedUntil: '2027-01-01' }, { code: nextCode() }, { regionCode: '450203' }]) {
      const res = await t
        .as(s.lz_city)
        .patch(`${URL}/${r.id}`)
        .send({ ...over, version: 2 })
        .expect(400);
      expect(fields(res)).toEqual(Object.keys(over));
    }
    const after = (await t.as(s.lz_city).get(`${URL}/${r.id}`).expect(200)).body;
    expect(after).toMatchObject({ name: '柳州市测试医院（新址）', agreementStatus: 'active', version: 2, code: r.code });
  });

  it('a served termination flags the settlements recorded there from the service date on, kept as history; lifting restores the status', async () => {
    const r = await register();
    const before = await settle(r.code, '2026-04-30');
    expect(before.body.flags).not.toContain('institution_suspended');
    const e = effect({ institutionCode: r.code, measures: ['agreement_termination'] as FraudMeasure[], decisionNo: '柳医保罚〔2026〕1号' });
    await apply(e);

    const onDay = await settle(r.code, '2026-05-01');
    expect(onDay.body.flags).toContain('institution_suspended');
    const later = await settle(r.code, '2026-06-15');
    expect(later.body.flags).toContain('institution_suspended');
    // one dated before the service date, recorded now, is not
    expect((await settle(r.code, '2026-04-01')).body.flags).not.toContain('institution_suspended');

    const shown = (await t.as(s.lz_city).get(`${URL}/${r.id}`).expect(200)).body as InstitutionRecord;
    expect(shown).toMatchObject({ agreementStatus: 'terminated', suspendedUntil: null, version: 2, settlementCount: 4, blockedSettlementCount: 2 });
    expect(shown.statusHistory).toEqual([
      expect.objectContaining({
        previousStatus: 'active',
        agreementStatus: 'terminated',
        from: '2026-05-01',
        until: null,
        caseId: e.caseId,
        caseNo: e.caseNo,
        decisionNo: '柳医保罚〔2026〕1号',
        by: 'lz_head',
        liftedAt: null,
      }),
    ]);
    // the settlements list links by institutionCode and the flag
    const flagged = await t.as(s.lz_city).get(`/api/settlements?institutionCode=${r.code}&flag=institution_suspended`).expect(200);
    expect(flagged.body.map((x: { id: number }) => x.id).sort()).toEqual([onDay.body.id, later.body.id].sort());

    await lift(e.caseId);
    const lifted = (await t.as(s.lz_city).get(`${URL}/${r.id}`).expect(200)).body as InstitutionRecord;
    expect(lifted.agreementStatus).toBe('active');
    expect(lifted.statusHistory.map((h) => [h.previousStatus, h.agreementStatus])).toEqual([
      ['terminated', 'active'],
      ['active', 'terminated'],
    ]);
    expect(lifted.statusHistory[1].liftedAt).not.toBeNull();
    expect((await settle(r.code, '2026-07-01')).body.flags).not.toContain('institution_suspended');
  });

  it('a department suspension runs 6–12 months from service: flagged through its last day, not after; months out of range refuse the step', async () => {
    const r = await register();
    await expect(apply(effect({ institutionCode: r.code, measures: ['department_suspension'], suspensionMonths: 5 }))).rejects.toMatchObject({ status: 400 });
    // a 柳州 case cannot suspend a 桂林 institution, nor one not registered: the step is refused, not lost
    const gl = (
      await t
        .as(s.gl_city)
        .post(URL)
        .send(body({ code: nextCode('H', '450302'), regionCode: '450302' }))
        .expect(201)
    ).body;
    await expect(apply(effect({ institutionCode: gl.code, measures: ['agreement_termination'] }))).rejects.toMatchObject({ status: 400 });
    await expect(apply(effect({ institutionCode: 'H45020299999', measures: ['agreement_termination'] }))).rejects.toMatchObject({ status: 400 });
    expect((await t.as(s.gl_city).get(`${URL}/${gl.id}`).expect(200)).body).toMatchObject({ agreementStatus: 'active', statusHistory: [] });

    await apply(effect({ institutionCode: r.code, measures: ['department_suspension', 'interview'], suspensionMonths: 6, effectiveOn: '2026-03-02' }));
    const shown = (await t.as(s.lz_city).get(`${URL}/${r.id}`).expect(200)).body as InstitutionRecord;
    // the suspension ended on 2026-09-01, before today: it reads as active again (derived on read), kept as history
    expect(shown).toMatchObject({ agreementStatus: 'active', suspendedUntil: '2026-09-01' });
    expect(shown.statusHistory[0]).toMatchObject({ agreementStatus: 'suspended', until: '2026-09-01' });
    expect((await settle(r.code, '2026-09-01')).body.flags).toContain('institution_suspended');
    expect((await settle(r.code, '2026-09-02')).body.flags).not.toContain('institution_suspended');
    expect((await settle(r.code, '2026-03-01')).body.flags).not.toContain('institution_suspended');
    // the list filters by the status as of today: a lapsed suspension is listed as active
    const suspended = await t.as(s.lz_city).get(`${URL}?agreementStatus=suspended&q=${r.code}`).expect(200);
    expect(suspended.body).toEqual([]);
    const active = await t.as(s.lz_city).get(`${URL}?agreementStatus=active&q=${r.code}`).expect(200);
    expect(active.body.map((x: InstitutionRecord) => x.id)).toEqual([r.id]);
  });

  it('an imported settlement is flagged the same way as a recorded one', async () => {
    const r = await register();
    await apply(effect({ institutionCode: r.code, measures: ['agreement_termination'], effectiveOn: '2026-05-01' }));
    const row = (no: string, settledOn: string) =>
      settlementImportRow(no, idFor('450202', '19550505', ++person), { 结算日期: settledOn, 定点医疗机构编码: r.code, 定点医疗机构名称: '柳州市测试医院' });
    const content = settlementImportCsv([row('IMP1', '2026-04-30'), row('IMP2', '2026-05-02')]);
    const started = await t.as(s.lz_chengzhong).post('/api/settlement-imports').attach('file', Buffer.from(content), 'settlements.csv').expect(202);
    await t.app.get(ImportsService).settle(started.body.id);
    expect((await t.as(s.lz_chengzhong).get(`/api/settlement-imports/${started.body.id}`).expect(200)).body).toMatchObject({
      status: 'succeeded',
      errorCount: 0,
    });
    const rows = (await t.as(s.lz_city).get(`/api/settlements?institutionCode=${r.code}&_sort=settledOn`).expect(200)).body as Array<{
      settledOn: string;
      flags: string[];
    }>;
    expect(rows.map((x) => [x.settledOn, x.flags.includes('institution_suspended')])).toEqual([
      ['2026-04-30', false],
      ['2026-05-02', true],
    ]);
  });

  it('a recompute keeps the flag in step with the blocks: added to a settlement recorded before the decision was served, removed once lifted', async () => {
    const recompute = async () => {
      const started = await t.as(s.lz_city).post('/api/settlement-recomputes').send({ year: 2026 }).expect(202);
      await t.app.get(JobsService).settle(started.body.id);
      expect((await t.as(s.lz_city).get(`/api/settlement-recomputes/${started.body.id}`).expect(200)).body).toMatchObject({ status: 'succeeded' });
    };
    const flagsOf = async (id: number) => (await t.as(s.lz_city).get(`/api/settlements/${id}`).expect(200)).body.flags as string[];
    const r = await register();
    const early = (await settle(r.code, '2026-06-01')).body;
    expect(early.flags).not.toContain('institution_suspended');
    const e = effect({ institutionCode: r.code, measures: ['agreement_termination'] });
    await apply(e);
    await recompute();
    expect(await flagsOf(early.id)).toContain('institution_suspended');
    await lift(e.caseId);
    await recompute();
    expect(await flagsOf(early.id)).not.toContain('institution_suspended');
  });

  it("a person's direct-settlement suspension (3–12 months) is recorded on the beneficiary, and lifted with the case", async () => {
    const idNumber = idFor('450202', '19700101', 701);
    const b = (
      await t
        .as(s.lz_chengzhong)
        .post('/api/beneficiaries')
        .send({ idNumber, name: '蓝十', regionCode: '450202', identityCategories: ['rural_dibao'], sourceDepartment: 'civil_affairs' })
        .expect(201)
    ).body;
    expect(b.directSettlementSuspension).toBeNull();
    const e = effect({ partyType: 'insured_person', idNumber, measures: ['settlement_suspension'], suspensionMonths: 3, effectiveOn: '2026-02-10' });
    await apply(e);
    const shown = (await t.as(s.lz_chengzhong).get(`/api/beneficiaries/${b.id}`).expect(200)).body;
    expect(shown.directSettlementSuspension).toEqual({ from: '2026-02-10', until: '2026-05-09', caseNo: e.caseNo });
    expect(shown.version).toBe(b.version + 1);
    // a person not in the ledger: nothing to record, the step goes on
    await apply(effect({ partyType: 'insured_person', idNumber: idFor('450202', '19700101', 702), measures: ['settlement_suspension'], suspensionMonths: 3 }));
    await lift(e.caseId);
    expect((await t.as(s.lz_chengzhong).get(`/api/beneficiaries/${b.id}`).expect(200)).body.directSettlementSuspension).toBeNull();
  });

  it('a suspension past its last day reads as active, on the record and in the list filter (derived from the dates on read)', async () => {
    const today = chinaDate(new Date());
    const lapsed = await register();
    const current = await register();
    // served 8 months ago for 6 months: over; served a month ago for 6 months: still running
    await apply(effect({ institutionCode: lapsed.code, measures: ['department_suspension'], suspensionMonths: 6, effectiveOn: addMonths(today, -8) }));
    await apply(effect({ institutionCode: current.code, measures: ['department_suspension'], suspensionMonths: 6, effectiveOn: addMonths(today, -1) }));
    const shownLapsed = (await t.as(s.lz_city).get(`${URL}/${lapsed.id}`).expect(200)).body as InstitutionRecord;
    expect(shownLapsed.agreementStatus).toBe('active');
    expect(shownLapsed.suspendedUntil! < today).toBe(true);
    // the history keeps the suspension as it was decided
    expect(shownLapsed.statusHistory[0]).toMatchObject({ agreementStatus: 'suspended' });
    expect(((await t.as(s.lz_city).get(`${URL}/${current.id}`).expect(200)).body as InstitutionRecord).agreementStatus).toBe('suspended');
    const codes = async (status: string) =>
      ((await t.as(s.lz_city).get(`${URL}?agreementStatus=${status}&_end=1000`).expect(200)).body as InstitutionRecord[]).map((r) => r.code);
    const active = await codes('active');
    const suspended = await codes('suspended');
    expect([active.includes(lapsed.code), suspended.includes(lapsed.code)]).toEqual([true, false]);
    expect([active.includes(current.code), suspended.includes(current.code)]).toEqual([false, true]);
    const listed = ((await t.as(s.lz_city).get(`${URL}?q=${lapsed.code}`).expect(200)).body as InstitutionRecord[])[0];
    expect(listed.agreementStatus).toBe('active');
  });
});
