import type { AccountabilityRecordRecord, InboxItem } from '@yibao/shared';
import { testAppWith } from '../../../../test/harness';

/**
 * 追责问责 over HTTP (issue 15): measures checked against the subject type on proposal and decision, the effect
 * period (政务处分法 art. 8) and the one-month execution of organisational measures derived from the decision, the
 * province deciding a county's record two levels down (the `ancestor` level), personnel data closed to counties and
 * inspectors, out of scope 404, every detail read audited, appeals beside the workflow.
 */
describe('accountability records (追责问责)', () => {
  const { t, s } = testAppWith(['gx_province', 'lz_city', 'gl_city', 'lz_chengzhong', 'lz_inspector', 'auditor']);
  const URL = '/api/accountability-records';
  /** the record proposals arise from: 城中区's first-quarter statistics, a reporting task in 柳州's scope */
  let sourceTask = 0;
  beforeAll(async () => {
    const tasks = await t.as(s.lz_city).get('/api/reporting-tasks?duty=quarterly_statistics&regionCode=450202&period=2026-Q1').expect(200);
    sourceTask = tasks.body[0].id;
  });
  const fields = (res: { body: { details?: Array<{ field: string }> } }) => (res.body.details ?? []).map((d) => d.field);
  const proposal = (over: Record<string, unknown> = {}) => ({
    regionCode: '450202',
    subjectType: 'official',
    subjectName: '张某',
    unit: '柳州市城中区医疗保障局',
    post: '待遇保障股股长',
    conduct: 'slow_action',
    facts: '2026 年第三季度未按期完成参保比对',
    sourceType: 'reporting_task',
    sourceId: sourceTask,
    measures: ['warning'],
    basis: '《公职人员政务处分法》第七条',
    ...over,
  });
  const propose = async (over: Record<string, unknown> = {}, who = 'lz_city'): Promise<AccountabilityRecordRecord> =>
    (await t.as(s[who]).post(URL).send(proposal(over)).expect(201)).body;
  const decide = (id: number, version: number, over: Record<string, unknown> = {}, who = 'gx_province') =>
    t
      .as(s[who])
      .post(`${URL}/${id}/actions/record_decision`)
      .send({ decisionNo: '桂医保〔2026〕12号', decidedBy: '广西壮族自治区医疗保障局', decidedOn: '2026-03-15', measures: ['warning'], version, ...over });

  it('measures must fit the subject type — on the proposal and on the decision — each a 400 naming measures, nothing written', async () => {
    for (const [subjectType, measures] of [
      ['organisation', ['warning']],
      ['official', ['reorganisation']],
      ['leading_cadre', ['demerit', 'admonishment']],
      ['official', ['warning', 'warning']],
      ['official', []],
      ['official', ['no_such_measure']],
    ] as const) {
      const res = await t.as(s.lz_city).post(URL).send(proposal({ subjectType, measures })).expect(400);
      expect(fields(res)).toEqual(['measures']);
    }
    const before = Number((await t.as(s.gx_province).get(`${URL}?_end=1`).expect(200)).headers['x-total-count']);
    expect(before).toBe(0);

    const r = await propose({ subjectType: 'organisation', subjectName: '城中区医保局', post: undefined, measures: ['circulated_criticism'] });
    expect(r).toMatchObject({ state: 'proposed', measures: ['circulated_criticism'], proposedBy: '柳州市', decidedOn: null, appeal: null });
    // the decision's measures are checked against the record's subject the same way
    const misfit = await decide(r.id, r.version, { measures: ['circulated_criticism', 'demerit'] }).expect(400);
    expect(fields(misfit)).toEqual(['measures']);
    expect(misfit.body.message.join(' ')).toContain('demerit');
    // a payload of the wrong form: 400 before the record is read
    expect(fields(await decide(r.id, r.version, { measures: 'warning' }).expect(400))).toEqual(['measures']);
    const unchanged = await t.as(s.gx_province).get(`${URL}/${r.id}`).expect(200);
    expect(unchanged.body).toMatchObject({ state: 'proposed', version: 1, measures: ['circulated_criticism'] });
  });

  it('the other proposal checks: a city or county unit in scope, a source record in scope unless other', async () => {
    const refusals: Array<[string, Record<string, unknown>, string]> = [
      ['lz_city', { regionCode: '450302' }, 'regionCode'],
      ['gx_province', { regionCode: '450000' }, 'regionCode'],
      ['lz_city', { sourceId: undefined }, 'sourceId'],
      ['lz_city', { sourceType: 'other' }, 'sourceId'],
      // the source must exist in the proposer's scope: another city's unit cannot cite 城中区's task, nor anyone a made-up one
      ['gl_city', { regionCode: '450302' }, 'sourceId'],
      ['lz_city', { sourceId: 2_000_000_000 }, 'sourceId'],
      ['lz_city', { sourceType: 'rectification_item' }, 'sourceId'],
      ['lz_city', { conduct: 'laziness' }, 'conduct'],
      ['lz_city', { facts: 'x'.repeat(4001) }, 'facts'],
    ];
    for (const [who, over, field] of refusals) expect(fields(await t.as(s[who]).post(URL).send(proposal(over)).expect(400))).toEqual([field]);
    await propose({ sourceType: 'other', sourceId: undefined, regionCode: '450200' });
  });

  it('personnel data: county officers and inspectors get 403 on every route; a city reads its subtree only (another city 404)', async () => {
    const r = await propose();
    for (const who of ['lz_chengzhong', 'lz_inspector']) {
      await t.as(s[who]).get(URL).expect(403);
      await t.as(s[who]).get(`${URL}/${r.id}`).expect(403);
      await t.as(s[who]).get(`${URL}/${r.id}/history`).expect(403);
      await t.as(s[who]).post(URL).send(proposal()).expect(403);
      await t.as(s[who]).post(`${URL}/${r.id}/actions/withdraw`).send({ comment: 'x', version: 1 }).expect(403);
    }
    await t.as(s.gl_city).get(`${URL}/${r.id}`).expect(404);
    await t.as(s.gl_city).get(`${URL}/${r.id}/history`).expect(404);
    await t.as(s.gl_city).post(`${URL}/${r.id}/actions/withdraw`).send({ comment: '撤回', version: 1 }).expect(404);
    const listed = await t.as(s.gl_city).get(`${URL}?_end=200`).expect(200);
    expect((listed.body as AccountabilityRecordRecord[]).map((x) => x.id)).not.toContain(r.id);
    // the city edits nothing after the decision (no edit permission)
    await t.as(s.lz_city).patch(`${URL}/${r.id}`).send({ published: true, version: 1 }).expect(403);
  });

  it('every read of a record’s detail is an audit row naming the reader', async () => {
    const r = await propose();
    await t.as(s.lz_city).get(`${URL}/${r.id}`).expect(200);
    await t.as(s.gx_province).get(`${URL}/${r.id}`).expect(200);
    const audit = await t.as(s.auditor).get(`/api/audit-logs?resource=accountability-records&resourceId=${r.id}&action=read&_end=50`).expect(200);
    expect((audit.body as Array<{ username: string }>).map((a) => a.username).sort()).toEqual(['gx_province', 'lz_city']);
    // a refused read (another city) leaves none
    await t.as(s.gl_city).get(`${URL}/${r.id}`).expect(404);
    const again = await t.as(s.auditor).get(`/api/audit-logs?resource=accountability-records&resourceId=${r.id}&action=read&_end=50`).expect(200);
    expect(again.body).toHaveLength(2);
  });

  it('proposed → decided by the province two levels above (payload kept in the history) → executed; the inbox follows the levels', async () => {
    const r = await propose({ measures: ['warning', 'referral_to_discipline'] });
    // the city is above the county but does not decide; the province's inbox holds the proposal
    expect((await decide(r.id, 1, {}, 'lz_city').expect(403)).body.details).toMatchObject({ code: 'workflow_forbidden' });
    const inbox = await t.as(s.gx_province).get('/api/inbox?resource=accountability-records&_end=200').expect(200);
    expect((inbox.body as InboxItem[]).find((i) => i.id === r.id)?.actions).toEqual(['record_decision', 'withdraw']);
    // required payload fields, each named; a future decision date
    expect(fields(await t.as(s.gx_province).post(`${URL}/${r.id}/actions/record_decision`).send({ version: 1 }).expect(400)).sort()).toEqual(
      ['decidedBy', 'decidedOn', 'decisionNo', 'measures'].sort(),
    );
    expect(fields(await decide(r.id, 1, { decidedOn: '2999-01-01' }).expect(400))).toEqual(['decidedOn']);

    const decided = await decide(r.id, 1, { measures: ['warning', 'major_demerit'] }).expect(200);
    expect(decided.body).toMatchObject({
      state: 'decided',
      decisionNo: '桂医保〔2026〕12号',
      decidedBy: '广西壮族自治区医疗保障局',
      decidedOn: '2026-03-15',
      measures: ['warning', 'major_demerit'],
      // the heaviest sanction: 记大过, 18 months
      effectMonths: 18,
      effectEndsOn: '2027-09-15',
      executionOverdue: false,
      appeal: { dueOn: '2026-03-30', filedOn: null, outcome: null, decidedOn: null },
    });
    const history = await t.as(s.lz_city).get(`${URL}/${r.id}/history`).expect(200);
    expect(history.body[0]).toMatchObject({
      action: 'record_decision',
      actorUsername: 'gx_province',
      payload: { decisionNo: '桂医保〔2026〕12号', decidedBy: '广西壮族自治区医疗保障局', decidedOn: '2026-03-15', measures: ['warning', 'major_demerit'] },
    });

    // execution: the city above the unit records it; not before the decision
    const cityInbox = await t.as(s.lz_city).get('/api/inbox?resource=accountability-records&_end=200').expect(200);
    expect((cityInbox.body as InboxItem[]).find((i) => i.id === r.id)?.actions).toEqual(['record_execution']);
    await t.as(s.lz_city).post(`${URL}/${r.id}/actions/record_execution`).send({ version: 2 }).expect(400);
    expect(fields(await t.as(s.lz_city).post(`${URL}/${r.id}/actions/record_execution`).send({ executedOn: '2026-03-14', version: 2 }).expect(400))).toEqual([
      'executedOn',
    ]);
    const executed = await t.as(s.lz_city).post(`${URL}/${r.id}/actions/record_execution`).send({ executedOn: '2026-03-20', version: 2 }).expect(200);
    expect(executed.body).toMatchObject({ state: 'executed', executedOn: '2026-03-20', version: 3 });
  });

  it('effect periods follow the heaviest sanction; 开除 has no end; organisational measures late after a month are flagged', async () => {
    const expelled = await propose({ measures: ['expulsion'] });
    expect((await decide(expelled.id, 1, { measures: ['demerit', 'expulsion'] }).expect(200)).body).toMatchObject({ effectMonths: null, effectEndsOn: null });
    const demoted = await propose({ measures: ['demotion'] });
    expect((await decide(demoted.id, 1, { measures: ['demotion'], decidedOn: '2026-08-31' }).expect(200)).body).toMatchObject({
      effectMonths: 24,
      effectEndsOn: '2028-08-31',
    });

    // 免职 of a leading cadre decided 2026-01-05: due 2026-02-05 (问责条例 2016 art. 9)
    const cadre = { subjectType: 'leading_cadre', measures: ['dismissal_from_post'], post: '副局长' };
    const late = await propose(cadre);
    const lateDecided = (await decide(late.id, 1, { measures: ['dismissal_from_post'], decidedOn: '2026-01-05' }).expect(200)).body;
    expect(lateDecided).toMatchObject({ effectMonths: null, executionOverdue: true });
    const executedLate = await t.as(s.lz_city).post(`${URL}/${late.id}/actions/record_execution`).send({ executedOn: '2026-02-06', version: 2 }).expect(200);
    expect(executedLate.body.executionOverdue).toBe(true);
    const onTime = await propose(cadre);
    await decide(onTime.id, 1, { measures: ['dismissal_from_post'], decidedOn: '2026-01-05' }).expect(200);
    const executedOnTime = await t
      .as(s.lz_city)
      .post(`${URL}/${onTime.id}/actions/record_execution`)
      .send({ executedOn: '2026-02-05', version: 2 })
      .expect(200);
    expect(executedOnTime.body.executionOverdue).toBe(false);
  });

  it('an appeal is recorded by the province after the decision (within 15 days); execution goes on; withdraw needs a reason', async () => {
    const r = await propose();
    await t.as(s.gx_province).patch(`${URL}/${r.id}`).send({ published: true, version: 1 }).expect(409);
    await decide(r.id, 1).expect(200);
    expect(
      fields(
        await t
          .as(s.gx_province)
          .patch(`${URL}/${r.id}`)
          .send({ appeal: { filedOn: '2026-03-31' }, version: 2 })
          .expect(400),
      ),
    ).toEqual(['appeal.filedOn']);
    expect(
      fields(
        await t
          .as(s.gx_province)
          .patch(`${URL}/${r.id}`)
          .send({ appeal: { filedOn: '2026-03-20', outcome: 'upheld' }, version: 2 })
          .expect(400),
      ),
    ).toEqual(['appeal.decidedOn']);
    const filed = await t
      .as(s.gx_province)
      .patch(`${URL}/${r.id}`)
      .send({ published: true, appeal: { filedOn: '2026-03-20' }, version: 2 })
      .expect(200);
    expect(filed.body).toMatchObject({ published: true, state: 'decided', appeal: { dueOn: '2026-03-30', filedOn: '2026-03-20', outcome: null } });
    // execution continues during the appeal
    await t.as(s.lz_city).post(`${URL}/${r.id}/actions/record_execution`).send({ executedOn: '2026-03-25', version: 3 }).expect(200);
    const answered = await t
      .as(s.gx_province)
      .patch(`${URL}/${r.id}`)
      .send({ appeal: { filedOn: '2026-03-20', outcome: 'upheld', decidedOn: '2026-04-10' }, version: 4 })
      .expect(200);
    expect(answered.body).toMatchObject({ state: 'executed', appeal: { outcome: 'upheld', decidedOn: '2026-04-10' } });

    const w = await propose();
    expect(fields(await t.as(s.lz_city).post(`${URL}/${w.id}/actions/withdraw`).send({ version: 1 }).expect(400))).toEqual(['comment']);
    const withdrawn = await t.as(s.lz_city).post(`${URL}/${w.id}/actions/withdraw`).send({ comment: '经核实不属问责情形', version: 1 }).expect(200);
    expect(withdrawn.body).toMatchObject({ state: 'withdrawn', actions: [] });
    await decide(w.id, 2).expect(409);
  });

  it('the register filters by conduct, measure and the decision’s year', async () => {
    const a = await propose({ conduct: 'falsification', measures: ['demerit'] });
    await decide(a.id, 1, { measures: ['demerit'], decidedOn: '2025-06-01' }).expect(200);
    const b = await propose({ conduct: 'falsification', measures: ['warning'] });
    await decide(b.id, 1, { measures: ['warning'], decidedOn: '2026-02-01' }).expect(200);
    const ids = async (query: string) =>
      ((await t.as(s.lz_city).get(`${URL}?${query}&_end=200`).expect(200)).body as AccountabilityRecordRecord[]).map((x) => x.id);
    expect(await ids('conduct=falsification')).toEqual([b.id, a.id]);
    expect(await ids('conduct=falsification&measure=demerit')).toEqual([a.id]);
    expect(await ids('conduct=falsification&year=2026')).toEqual([b.id]);
    await t.as(s.lz_city).get(`${URL}?year=20x6`).expect(400);
    await t
      .as(s.lz_city)
      .get(`${URL}?measure=${encodeURIComponent("x' OR 1=1")}`)
      .expect(400);
  });
});
