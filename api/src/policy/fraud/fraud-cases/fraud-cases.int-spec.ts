import type { FraudCaseListItem, FraudCaseRecord, FraudCause, FraudStats } from '@yibao/shared';
import { addDays, chinaDate, FRAUD_CASE_STATES, regionScopePrefix, type Role } from '@yibao/shared';
import { HttpException } from '@nestjs/common';
import type { Actor } from '../../../common/actor';
import { toErrorBody } from '../../../common/errors';
import { inTransaction } from '../../../database/data-source';
import { AuditLog } from '../../../platform/audit-log/audit-log.entity';
import { User } from '../../../platform/users/user.entity';
import { demoContext } from '../../../platform/seed/seed';
import { testAppWith, type Session } from '../../../../test/harness';
import { CaseFilingService, type ClueForFiling, type FilingPayload } from './case-filing.service';
import { seedFraudCaseActivity } from './demo';

/**
 * 欺诈骗保案件 over HTTP (issue 16): filed through CaseFilingService (the clue's `file` action is another part's —
 * the specs file with a clue-like object, clueId null), then every statutory guard in isolation through the
 * engine's actions and the routes beside it (the guard's `code` and `article` at the top level of the body), the
 * whole path to closure, the deadline across a pause, the capped late fee, 404 across cities, and the stats.
 */
describe('fraud-cases (欺诈骗保案件)', () => {
  const { t, s } = testAppWith(['lz_inspector', 'lz_inspector2', 'lz_head', 'lz_city', 'gx_province', 'admin', 'gl_inspector']);
  const URL = '/api/fraud-cases';
  const today = chinaDate(new Date());
  const ago = (days: number) => addDays(today, -days);
  let gl: Session;
  let uncertified: Session;

  beforeAll(async () => {
    gl = s.gl_inspector;
    uncertified = await t.createAccount({ username: 'lz_inspector3', displayName: '柳州市稽查员（无证）', role: 'inspector', regionCode: '450200' });
  });

  const actor = (username: string, role: Role, regionCode: string, userId: number): Actor => ({
    userId,
    username,
    role,
    regionCode,
    scopePrefix: regionScopePrefix(regionCode),
    sessionId: 'spec',
    csrfToken: '',
    viaCookie: false,
    ip: null,
  });
  const clue = (over: Partial<ClueForFiling> = {}): ClueForFiling => ({
    id: null,
    regionCode: '450200',
    subjectType: 'institution',
    institutionCode: 'H45020200001',
    idNumber: null,
    summary: '住院病历与结算清单不符',
    partyName: '柳州市某医院',
    ...over,
  });
  const payload = (over: Partial<FilingPayload> = {}): FilingPayload => ({
    officerIds: [s.lz_inspector.userId, s.lz_inspector2.userId],
    causes: ['split_admission'] as FraudCause[],
    amountInvolved: 1_000_000,
    conductEndedOn: ago(200),
    healthHarmed: false,
    filedOn: ago(30),
    ...over,
  });
  /** 立案 as the clue's `file` action does it: in a transaction, as the head of the unit. */
  const fileCase = (c: Partial<ClueForFiling> = {}, p: Partial<FilingPayload> = {}) =>
    inTransaction(t.ds, (em) =>
      t.app.get(CaseFilingService).fileFromClue(em, clue(c), payload(p), actor('lz_head', 'bureau_head', '450200', s.lz_head.userId)),
    );
  /** The error body of a refused filing, as the filter would answer it. */
  const filingRefusal = async (c: Partial<ClueForFiling> = {}, p: Partial<FilingPayload> = {}) => {
    try {
      await fileCase(c, p);
    } catch (e) {
      if (e instanceof HttpException) return toErrorBody(e);
      throw e;
    }
    throw new Error('the filing was not refused');
  };

  const current = async (id: number, who: Session = s.lz_inspector): Promise<FraudCaseRecord> => (await t.as(who).get(`${URL}/${id}`).expect(200)).body;
  const act = async (id: number, action: string, body: Record<string, unknown> = {}, who: Session = s.lz_inspector) =>
    t
      .as(who)
      .post(`${URL}/${id}/actions/${action}`)
      .send({ version: (await current(id)).version, ...body });
  const step = async (id: number, action: string, body: Record<string, unknown> = {}, who: Session = s.lz_inspector): Promise<FraudCaseRecord> => {
    const res = await act(id, action, body, who);
    if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const beside = async (id: number, path: string, body: Record<string, unknown>, who: Session = s.lz_inspector) =>
    t
      .as(who)
      .post(`${URL}/${id}/${path}`)
      .send({ version: (await current(id)).version, ...body });
  const besideOk = async (status: number, id: number, path: string, body: Record<string, unknown>, who: Session = s.lz_inspector) => {
    const res = await beside(id, path, body, who);
    if (res.status !== status) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  };
  /** The guard's code and article at the top level. */
  const refused = (res: { status: number; body: { code?: string; article?: string } }, status: number, code: string) => {
    expect([res.status, res.body.code]).toEqual([status, code]);
    expect(res.body.article).toEqual(expect.stringMatching(/第.+条/));
  };

  const notice = (over: Record<string, unknown> = {}) => ({ noticeNo: '柳医保罚告〔2026〕1号', proposedFine: 1_500_000, proposedRecoup: 1_000_000, ...over });
  const decision = (over: Record<string, unknown> = {}) => ({
    decisionType: 'penalty',
    decisionNo: '柳医保罚〔2026〕1号',
    fine: 1_500_000,
    recoup: 1_000_000,
    discretionTier: 'ordinary',
    discretionReason: '初次违法，积极配合调查',
    statementWaived: true,
    ...over,
  });
  /** A case filed `daysAgo`, investigated and notified `noticedAgo` days ago. */
  const notified = async (filedAgo = 30, noticedAgo = 20, n: Record<string, unknown> = {}, p: Partial<FilingPayload> = {}) => {
    const { id } = await fileCase({}, { filedOn: ago(filedAgo), ...p });
    await step(id, 'start_investigation');
    await step(id, 'notify', notice({ noticedOn: ago(noticedAgo), ...n }));
    return id;
  };

  describe('filing (立案)', () => {
    it('files a numbered case whose title says 涉嫌, due 90 days after filing', async () => {
      const { id, caseNo } = await fileCase({}, { filedOn: ago(10) });
      expect(caseNo).toMatch(/^柳医保稽〔\d{4}〕\d+号$/);
      const r = await current(id);
      expect(r).toMatchObject({ state: 'filed', caseNo, title: '柳州市某医院涉嫌分解住院案', clueId: null, filedOn: ago(10) });
      expect(r.decisionDueOn >= addDays(ago(10), 90)).toBe(true);
      expect(r.officers.map((o) => o.enforcementCertNo)).toEqual(['45020021000102', '45020021000103']);
      // the next filing of the unit and year takes the next number
      const next = await fileCase({}, { filedOn: ago(10) });
      expect(Number(/〕(\d+)号/.exec(next.caseNo)![1])).toBe(Number(/〕(\d+)号/.exec(caseNo)![1]) + 1);
    });

    it('limitation_expired: conduct that ended more than 2 years before filing (5 where health was harmed)', async () => {
      const body = await filingRefusal({}, { conductEndedOn: addDays(ago(30), -800) });
      expect(body).toMatchObject({ statusCode: 400, code: 'limitation_expired', field: 'conductEndedOn' });
      expect(body.article).toContain('行政处罚法第三十六条');
      // the same conduct is within the 5 years where health was harmed
      await fileCase({}, { conductEndedOn: addDays(ago(30), -800), healthHarmed: true });
    });

    it('officers_insufficient: fewer than two officers of the unit holding certificates', async () => {
      const body = await filingRefusal({}, { officerIds: [s.lz_inspector.userId, uncertified.userId] });
      expect(body).toMatchObject({ statusCode: 400, code: 'officers_insufficient', field: 'officerIds' });
      expect(body.article).toBe('令第4号第十六条');
      // an officer of another city is no officer of the case
      const other = await filingRefusal({}, { officerIds: [s.lz_inspector.userId, gl.userId] });
      expect(other).toMatchObject({ statusCode: 400, details: [expect.objectContaining({ field: 'officerIds' })] });
    });

    it('officers_insufficient at start_investigation: a certificate withdrawn since the filing', async () => {
      const { id } = await fileCase();
      const withdrawn = await t.createAccount({ username: 'lz_inspector4', displayName: '柳州市稽查员（四）', role: 'inspector', regionCode: '450200' });
      const u = await t.ds.getRepository(User).findOneByOrFail({ id: withdrawn.userId });
      // the system admin records the certificate number; the user record answers it
      const set = await t.as(s.admin).patch(`/api/users/${u.id}`).send({ enforcementCertNo: '45020021000199', version: u.version }).expect(200);
      expect(set.body.enforcementCertNo).toBe('45020021000199');
      const { id: second } = await fileCase({}, { officerIds: [s.lz_inspector.userId, withdrawn.userId] });
      await t.as(s.admin).patch(`/api/users/${u.id}`).send({ enforcementCertNo: null, version: set.body.version }).expect(200);
      refused(await act(second, 'start_investigation'), 409, 'officers_insufficient');
      expect((await current(second)).state).toBe('filed');
      await step(id, 'start_investigation');
    });

    it('enforcementCertNo is bounded: a malformed certificate number is a 400 naming it', async () => {
      const u = await t.ds.getRepository(User).findOneByOrFail({ id: uncertified.userId });
      const res = await t
        .as(s.admin)
        .patch(`/api/users/${u.id}`)
        .send({ enforcementCertNo: 'x'.repeat(40), version: u.version })
        .expect(400);
      expect(res.body.details[0].field).toBe('enforcementCertNo');
    });
  });

  describe('guards of the investigation and the notice', () => {
    it('reviewer_is_investigator: the legal reviewer is one of the case’s officers', async () => {
      const { id } = await fileCase();
      await step(id, 'start_investigation');
      const res = await act(id, 'request_review', { reviewerId: s.lz_inspector2.userId });
      refused(res, 400, 'reviewer_is_investigator');
      expect(res.body.field).toBe('reviewerId');
      const r = await step(id, 'request_review', { reviewerId: s.lz_city.userId });
      expect(r.legalReview).toMatchObject({ reviewerId: s.lz_city.userId, passed: false });
      // only the named reviewer decides the review
      expect((await act(id, 'pass_review', {}, s.lz_inspector)).status).toBe(403);
      expect((await step(id, 'pass_review', {}, s.lz_city)).legalReview).toMatchObject({ passed: true, reviewedOn: today });
    });

    it('hearing_rights_missing: a fine from 100,000 yuan for an organisation, or a suspension, without a hearing offered', async () => {
      const { id } = await fileCase({}, { amountInvolved: 10_000_000 });
      await step(id, 'start_investigation');
      refused(await act(id, 'notify', notice({ proposedFine: 10_000_000 })), 400, 'hearing_rights_missing');
      refused(await act(id, 'notify', notice({ proposedFine: 0, measures: ['department_suspension'] })), 400, 'hearing_rights_missing');
      expect((await step(id, 'notify', notice({ proposedFine: 10_000_000, hearingOffered: true }))).notice).toMatchObject({ hearingOffered: true });
    });

    it('a step’s date is never in the future nor before the previous step (400 naming the field)', async () => {
      const { id } = await fileCase({}, { filedOn: ago(20) });
      await step(id, 'start_investigation');
      expect((await act(id, 'notify', notice({ noticedOn: addDays(today, 1) }))).body.details[0].field).toBe('noticedOn');
      expect((await act(id, 'notify', notice({ noticedOn: ago(21) }))).body.details[0].field).toBe('noticedOn');
      // left out, it is today
      expect((await step(id, 'notify', notice())).notice!.noticedOn).toBe(today);
    });
  });

  describe('guards of the decision (作出处理决定)', () => {
    it('statement_window_open: deciding while the party may still state its case, unless it waived', async () => {
      const id = await notified(30, 2);
      const res = await act(id, 'decide', decision({ statementWaived: false }), s.lz_head);
      refused(res, 400, 'statement_window_open');
      expect(res.body.field).toBe('decidedOn');
      expect((await step(id, 'decide', decision(), s.lz_head)).state).toBe('decided');
    });

    it('legal_review_required: a suspension decided without a passed legal review', async () => {
      const id = await notified(30, 20, { measures: ['department_suspension'], hearingOffered: true });
      refused(await act(id, 'decide', decision({ measures: ['department_suspension'], suspensionMonths: 6 }), s.lz_head), 409, 'legal_review_required');
    });

    it('exceeds_notice: a fine or recovery above the one notified', async () => {
      const id = await notified(30, 20, { proposedFine: 1_200_000 });
      const res = await act(id, 'decide', decision({ fine: 1_500_000 }), s.lz_head);
      refused(res, 400, 'exceeds_notice');
      expect(res.body.field).toBe('fine');
      expect((await act(id, 'decide', decision({ fine: 1_200_000, recoup: 1_000_001 }), s.lz_head)).body).toMatchObject({
        code: 'exceeds_notice',
        field: 'recoup',
      });
      expect((await step(id, 'decide', decision({ fine: 1_200_000 }), s.lz_head)).state).toBe('decided');
    });

    it('exceeds_notice after a re-notice: the lowest amounts bind, until a later notice raises them with a reason', async () => {
      const id = await notified(30, 20, { proposedFine: 1_500_000 });
      // a second notice with a lower fine: the decision may not go back above it
      await step(id, 'notify', notice({ noticeNo: '柳医保罚告〔2026〕2号', noticedOn: ago(15), proposedFine: 1_200_000 }));
      refused(await act(id, 'decide', decision({ fine: 1_500_000 }), s.lz_head), 400, 'exceeds_notice');
      // a third notice raises it again, stating why (new facts): the raised amount may be decided
      await step(
        id,
        'notify',
        notice({ noticeNo: '柳医保罚告〔2026〕3号', noticedOn: ago(10), proposedFine: 1_500_000, changeReason: '补充调查查明新的违法事实' }),
      );
      expect((await step(id, 'decide', decision({ fine: 1_500_000 }), s.lz_head)).state).toBe('decided');
      expect((await current(id)).notices).toHaveLength(3);
    });

    it('fine_out_of_range: art. 38 fines 1–2× the loss and states a tier and a reason', async () => {
      const id = await notified(30, 20, { proposedFine: 3_000_000 });
      const over = await act(id, 'decide', decision({ fine: 2_500_000 }), s.lz_head);
      refused(over, 400, 'fine_out_of_range');
      expect([over.body.field, over.body.article]).toEqual(['fine', '条例第三十八条']);
      const reasonless = await act(id, 'decide', decision({ discretionReason: undefined }), s.lz_head);
      refused(reasonless, 400, 'fine_out_of_range');
      expect(reasonless.body.field).toBe('discretionReason');
    });

    it('collective_discussion_required: a fine from 100,000 yuan for an organisation without the heads’ discussion', async () => {
      const { id } = await fileCase({}, { amountInvolved: 10_000_000, filedOn: ago(30) });
      await step(id, 'start_investigation');
      await step(id, 'request_review', { reviewerId: s.lz_city.userId });
      await step(id, 'pass_review', { reviewedOn: ago(25) }, s.lz_city);
      await step(id, 'notify', notice({ noticedOn: ago(20), proposedFine: 10_000_000, proposedRecoup: 10_000_000, hearingOffered: true }));
      // 1× the loss: the 从轻 tier of art. 38 (the 裁量基准 bounds the fine by the tier stated)
      const big = decision({ fine: 10_000_000, recoup: 10_000_000, discretionTier: 'lenient' });
      refused(await act(id, 'decide', big, s.lz_head), 409, 'collective_discussion_required');
      // an officer cannot record the heads' discussion
      expect((await beside(id, 'collective-discussion', { heldOn: ago(5), participants: ['局长', '副局长'], conclusion: '同意' })).status).toBe(403);
      await besideOk(200, id, 'collective-discussion', { heldOn: ago(5), participants: ['局长 张三', '副局长 李四'], conclusion: '同意处罚' }, s.lz_head);
      const r = await step(id, 'decide', big, s.lz_head);
      expect(r).toMatchObject({ state: 'decided', title: '柳州市某医院分解住院案', collectiveDiscussion: { conclusion: '同意处罚' } });
    });

    it('decision_overdue: deciding after the deadline without an extension; the head extends once by 30, more only collectively', async () => {
      const id = await notified(100, 20);
      refused(await act(id, 'decide', decision(), s.lz_head), 409, 'decision_overdue');
      // extensions are the head's, at the case's own unit
      expect((await beside(id, 'extensions', { days: 30, reason: '案情复杂' })).status).toBe(403);
      expect((await beside(id, 'extensions', { days: 30, reason: '案情复杂' }, s.gx_province)).status).toBe(403);
      const extended = (await besideOk(201, id, 'extensions', { days: 30, reason: '案情复杂' }, s.lz_head)).body as FraudCaseRecord;
      expect(extended.extensions).toHaveLength(1);
      refused(await beside(id, 'extensions', { days: 10, reason: '仍需调查' }, s.lz_head), 409, 'collective_discussion_required');
      refused(await beside(id, 'extensions', { days: 10, reason: '仍需调查', collective: true }, s.lz_head), 409, 'collective_discussion_required');
      await besideOk(200, id, 'collective-discussion', { heldOn: ago(1), participants: ['局长', '副局长'], conclusion: '同意再延期' }, s.lz_head);
      await besideOk(201, id, 'extensions', { days: 10, reason: '仍需调查', collective: true }, s.lz_head);
      expect((await step(id, 'decide', decision(), s.lz_head)).state).toBe('decided');
    });
  });

  describe('beside the state machine', () => {
    it('deadline across a pause: the paused days are added; an overlapping pause is pause_overlap', async () => {
      const { id } = await fileCase({}, { filedOn: ago(20) });
      const before = (await current(id)).decisionDueOn;
      const paused = (await besideOk(201, id, 'pauses', { kind: 'appraisal', from: ago(10), to: ago(1) })).body as FraudCaseRecord;
      expect(paused.pauses).toEqual([expect.objectContaining({ kind: 'appraisal', from: ago(10), to: ago(1), days: 10 })]);
      expect(paused.decisionDueOn > before).toBe(true);
      // 90 days + 10 paused, moved off a day off at most a week
      const due = addDays(ago(20), 100);
      expect(paused.decisionDueOn >= due && paused.decisionDueOn <= addDays(due, 9)).toBe(true);
      const res = await beside(id, 'pauses', { kind: 'testing', from: ago(5), to: today });
      refused(res, 400, 'pause_overlap');
      expect(res.body.field).toBe('from');
      // stale version → 409, nothing written
      await t
        .as(s.lz_inspector)
        .post(`${URL}/${id}/pauses`)
        .send({ kind: 'testing', from: ago(19), to: ago(15), version: 1 })
        .expect(409);
      expect((await current(id)).pauses).toHaveLength(1);
    });

    it('an open pause (中止) stops the clock until it is ended on a date; never overdue while open; the end is bounded and audited', async () => {
      // filed 100 days ago: due about 10 days ago, unless a pause that began before then holds it up
      const { id } = await fileCase({}, { filedOn: ago(100) });
      const listed = async (overdue: boolean) =>
        ((await t.as(s.lz_inspector).get(`${URL}?overdue=${overdue}&_end=1000`).expect(200)).body as FraudCaseListItem[]).map((c) => c.id);
      expect(await listed(true)).toContain(id);
      const opened = (await besideOk(201, id, 'pauses', { kind: 'expert_review', from: ago(50) })).body as FraudCaseRecord;
      const pause = opened.pauses[0];
      expect(pause).toMatchObject({ kind: 'expert_review', from: ago(50), to: null, days: 51 });
      expect(opened.countdown).toMatchObject({ paused: true, pausedKind: 'expert_review', overdue: false });
      // the clock is stopped: not overdue in the list, no due date in the inbox
      expect(await listed(true)).not.toContain(id);
      expect(await listed(false)).toContain(id);
      const inbox = (await t.as(s.lz_inspector).get('/api/inbox?resource=fraud-cases&_end=200').expect(200)).body as Array<{
        id: number;
        dueAt: string | null;
      }>;
      expect(inbox.find((i) => i.id === id)).toMatchObject({ dueAt: null });
      // an open pause runs on: a later pause overlaps it
      refused(await beside(id, 'pauses', { kind: 'testing', from: ago(3), to: ago(1) }), 400, 'pause_overlap');
      // the end: not before its start, not in the future, a date
      const end = (body: Record<string, unknown>, pauseId = pause.id) => beside(id, `pauses/${pauseId}/end`, body);
      for (const to of [ago(51), addDays(today, 1), '2026-02-30']) {
        const res = await end({ to });
        expect([res.status, res.body.details?.[0]?.field]).toEqual([400, 'to']);
      }
      expect((await end({ to: ago(45) }, 999_999)).status).toBe(404);
      const audits = () => t.ds.getRepository(AuditLog).countBy({ action: 'end_pause', resource: 'fraud-cases', resourceId: String(id) });
      const before = await audits();
      // ended 45 days ago: 6 days paused, the deadline about 4 days ago — overdue again
      const ended = (await besideOk(200, id, `pauses/${pause.id}/end`, { to: ago(45) })).body as FraudCaseRecord;
      expect(ended.pauses[0]).toMatchObject({ to: ago(45), days: 6 });
      expect(ended.countdown).toMatchObject({ paused: false, overdue: true });
      const due = addDays(ago(100), 96);
      expect(ended.decisionDueOn >= due && ended.decisionDueOn <= addDays(due, 9)).toBe(true);
      expect(await listed(true)).toContain(id);
      expect(await audits()).toBe(before + 1);
      // once ended, it stays ended
      expect((await end({ to: ago(40) })).status).toBe(409);
      // another city's officer: 404
      await t
        .as(gl)
        .post(`${URL}/${id}/pauses/${pause.id}/end`)
        .send({ to: ago(45), version: ended.version })
        .expect(404);
    });

    it('a hearing does not count toward the deadline (令第4号 art. 45): request_hearing opens a hearing pause, conclude_hearing ends it', async () => {
      const id = await notified(40, 30, { hearingOffered: true });
      const heard = await step(id, 'request_hearing', { hearingOn: ago(20) });
      expect(heard.pauses).toEqual([expect.objectContaining({ kind: 'hearing', from: ago(20), to: null })]);
      expect(heard.countdown).toMatchObject({ paused: true, pausedKind: 'hearing' });
      // the hearing's pause ends with the hearing, not beside it
      expect((await beside(id, `pauses/${heard.pauses[0].id}/end`, { to: ago(15) })).status).toBe(409);
      // the conclusion's date: not before the hearing, not in the future
      for (const hearingConcludedOn of [ago(21), addDays(today, 1)])
        expect((await act(id, 'conclude_hearing', { hearingConcludedOn })).body.details?.[0]?.field).toBe('hearingConcludedOn');
      const concluded = await step(id, 'conclude_hearing', { hearingConcludedOn: ago(15) });
      expect(concluded.pauses[0]).toMatchObject({ kind: 'hearing', to: ago(15), days: 6 });
      expect(concluded.hearing).toMatchObject({ hearingOn: ago(20), concludedOn: ago(15) });
      const due = addDays(ago(40), 96);
      expect(concluded.decisionDueOn >= due && concluded.decisionDueOn <= addDays(due, 9)).toBe(true);
      // a hearing inside a recorded pause would count its days twice: pause_overlap naming hearingOn
      const other = await notified(40, 30, { hearingOffered: true });
      await besideOk(201, other, 'pauses', { kind: 'appraisal', from: ago(25), to: ago(18) });
      const res = await act(other, 'request_hearing', { hearingOn: ago(20) });
      refused(res, 400, 'pause_overlap');
      expect(res.body.field).toBe('hearingOn');
      expect((await current(other)).state).toBe('notified');
    });

    it('a decision waits for an open pause to end (409 pause_open); terminating ends it', async () => {
      const id = await notified(30, 20);
      await besideOk(201, id, 'pauses', { kind: 'testing', from: ago(5) });
      const res = await act(id, 'decide', decision({ decidedOn: today }), s.lz_head);
      expect([res.status, res.body.details?.reason]).toEqual([409, 'pause_open']);
      const ended = await step(id, 'terminate', { comment: '当事人死亡' }, s.lz_head);
      expect(ended.pauses[0]).toMatchObject({ from: ago(5), to: today });
      expect(ended.decisionDueOn).not.toBe('9999-12-31');
    });

    it('province 督办: the province supervisor puts a city’s case under supervision; a city officer cannot', async () => {
      const { id } = await fileCase();
      expect((await beside(id, 'supervision', { letterNo: '桂医保督〔2026〕3号', dueOn: addDays(today, 30) }, s.lz_city)).status).toBe(403);
      const r = (await besideOk(200, id, 'supervision', { letterNo: '桂医保督〔2026〕3号', dueOn: addDays(today, 30) }, s.gx_province)).body;
      expect(r).toMatchObject({ supervised: true, supervision: { letterNo: '桂医保督〔2026〕3号', by: 'gx_province' } });
      const listed = (await t.as(s.gx_province).get(`${URL}?supervised=true&_end=1000`).expect(200)).body as FraudCaseListItem[];
      expect(listed.map((c) => c.id)).toContain(id);
    });

    it('an inspector of 桂林 gets 404 on a 柳州 case (show, actions, pauses, list)', async () => {
      const { id } = await fileCase();
      await t.as(gl).get(`${URL}/${id}`).expect(404);
      await t.as(gl).post(`${URL}/${id}/actions/start_investigation`).send({ version: 1 }).expect(404);
      await t
        .as(gl)
        .post(`${URL}/${id}/pauses`)
        .send({ kind: 'appraisal', from: ago(3), to: ago(1), version: 1 })
        .expect(404);
      expect(((await t.as(gl).get(`${URL}?_end=1000`).expect(200)).body as FraudCaseListItem[]).map((c) => c.id)).not.toContain(id);
      // the province reads the province's cases
      expect((await current(id, s.gx_province)).id).toBe(id);
    });

    it('a person’s ID number is masked; reveal answers it whole and is audited', async () => {
      const idNumber = '450202199001011234';
      const { id } = await fileCase({ subjectType: 'insured_person', institutionCode: null, idNumber, partyName: '张某' }, { causes: ['impersonation'] });
      const r = await current(id);
      expect(r.idNumber).not.toBe(idNumber);
      expect(JSON.stringify(r)).not.toContain(idNumber);
      const before = await t.ds.getRepository(AuditLog).countBy({ action: 'reveal', resource: 'fraud-cases' });
      const revealed = await t.as(s.lz_inspector).post(`${URL}/${id}/reveal`).send({ reason: '核对身份' }).expect(200);
      expect(revealed.body.idNumber).toBe(idNumber);
      expect(await t.ds.getRepository(AuditLog).countBy({ action: 'reveal', resource: 'fraud-cases' })).toBe(before + 1);
      // a city officer has no reveal
      await t.as(s.lz_city).post(`${URL}/${id}/reveal`).send({ reason: '核对身份' }).expect(403);
    });

    it('documents: generated as DOCX, numbered per unit, kind and year, kept as the case’s attachments; evidence carries its type', async () => {
      const { id } = await fileCase();
      const first = (await t.as(s.lz_inspector).post(`${URL}/${id}/documents`).send({ kind: 'filing_approval' }).expect(201)).body;
      const second = (await t.as(s.lz_inspector).post(`${URL}/${id}/documents`).send({ kind: 'filing_approval' }).expect(201)).body;
      expect(first.documentNo).toMatch(/^柳医保立〔\d{4}〕\d+号$/);
      const serial = (no: string) => Number(/〕(\d+)号/.exec(no)![1]);
      expect(serial(second.documentNo)).toBe(serial(first.documentNo) + 1);
      expect(first.attachment).toMatchObject({
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        note: first.documentNo,
      });
      const files = (await t.as(s.lz_inspector).get(`${URL}/${id}/attachments`).expect(200)).body as { id: number; fileName: string }[];
      expect(files.map((f) => f.id)).toEqual(expect.arrayContaining([first.attachment.id, second.attachment.id]));
      // not before its step, not an unknown kind
      await t.as(s.lz_inspector).post(`${URL}/${id}/documents`).send({ kind: 'penalty_decision' }).expect(409);
      await t.as(s.lz_inspector).post(`${URL}/${id}/documents`).send({ kind: 'memo' }).expect(400);
      // evidence uploaded to a case carries one of the eight types (令第4号 art. 19); a made-up type is a 400 naming it
      const pdf = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');
      const up = await t
        .as(s.lz_inspector)
        .post(`${URL}/${id}/attachments`)
        .attach('file', pdf, '询问笔录.pdf')
        .field('evidenceType', 'party_statement')
        .expect(201);
      expect(up.body.evidenceType).toBe('party_statement');
      const bad = await t.as(s.lz_inspector).post(`${URL}/${id}/attachments`).attach('file', pdf, '询问笔录.pdf').field('evidenceType', 'rumour').expect(400);
      expect(JSON.stringify(bad.body)).toContain('evidenceType');
      // the type is corrected after the upload: one of the eight, by the case's officers, audited
      const patch = (body: Record<string, unknown>, who: Session = s.lz_inspector) => t.as(who).patch(`/api/attachments/${up.body.id}`).send(body);
      for (const body of [{ evidenceType: 'rumour' }, {}, { evidenceType: 'x'.repeat(100) }, { evidenceType: 42 }]) {
        const res = await patch(body);
        expect([res.status, res.body.details?.[0]?.field]).toEqual([400, 'evidenceType']);
      }
      expect((await patch({ evidenceType: 'documentary' }, s.lz_head)).status).toBe(403);
      expect((await patch({ evidenceType: 'documentary' }, gl)).status).toBe(404);
      const changed = await patch({ evidenceType: 'documentary' }).expect(200);
      expect(changed.body.evidenceType).toBe('documentary');
      const listedFiles = (await t.as(s.lz_inspector).get(`${URL}/${id}/attachments`).expect(200)).body as { id: number; evidenceType: string }[];
      expect(listedFiles.find((f) => f.id === up.body.id)!.evidenceType).toBe('documentary');
      const audit = await t.ds.getRepository(AuditLog).findOneByOrFail({ action: 'evidence_type', resource: 'attachments', resourceId: String(up.body.id) });
      expect([JSON.parse(audit.before!).evidenceType, JSON.parse(audit.after!).evidenceType]).toEqual(['party_statement', 'documentary']);
    });
  });

  it('the whole path: filed → investigating → legal review → notified → hearing → decided → served → executing → closed', async () => {
    const { id } = await fileCase({}, { filedOn: ago(40), amountInvolved: 1_000_000 });
    await step(id, 'start_investigation');
    await step(id, 'request_review', { reviewerId: s.lz_city.userId });
    await step(id, 'pass_review', { reviewedOn: ago(35) }, s.lz_city);
    await step(id, 'notify', notice({ noticedOn: ago(30), hearingOffered: true }));
    await step(id, 'request_hearing', { hearingOn: ago(25) });
    await step(id, 'conclude_hearing');
    const decided = await step(id, 'decide', decision({ decidedOn: today, statementWaived: false }), s.lz_head);
    expect(decided).toMatchObject({ state: 'decided', title: '柳州市某医院分解住院案', decision: { fine: 1_500_000, decidedOn: today } });
    const served = await step(id, 'serve', { servedOn: today });
    expect(served.decision!.finePayableBy! > today).toBe(true);
    expect(served.owed).toEqual({ fine: 1_500_000, recoup: 1_000_000, confiscate: 0, late_fee: 0 });
    refused(await act(id, 'close', {}, s.lz_head), 409, 'execution_incomplete');
    // the first payment starts the execution through the engine
    const paying = (await besideOk(201, id, 'executions', { kind: 'fine', amount: 1_500_000, receiptNo: '桂非税00000001' })).body as FraudCaseRecord;
    expect(paying.state).toBe('executing');
    // more than is owed is refused, naming the amount
    expect((await beside(id, 'executions', { kind: 'recoup', amount: 1_000_001, receiptNo: '桂非税00000002' })).body.details[0].field).toBe('amount');
    refused(await act(id, 'close', {}, s.lz_head), 409, 'execution_incomplete');
    await besideOk(201, id, 'executions', { kind: 'recoup', amount: 1_000_000, receiptNo: '桂非税00000002' });
    const closed = await step(id, 'close', {}, s.lz_head);
    expect(closed).toMatchObject({ state: 'closed', owed: { fine: 0, recoup: 0, confiscate: 0, late_fee: 0 } });
    const history = (await t.as(s.lz_inspector).get(`${URL}/${id}/history`).expect(200)).body as Array<{ action: string }>;
    expect(history.map((h) => h.action)).toEqual([
      'start_investigation',
      'request_review',
      'pass_review',
      'notify',
      'request_hearing',
      'conclude_hearing',
      'decide',
      'serve',
      'start_execution',
      'close',
    ]);
  });

  it('court enforcement accepted (法院受理强制执行): dated, numbered, bounded and audited; the case then closes with amounts owed', async () => {
    const id = await notified(60, 50);
    await step(id, 'decide', decision({ decidedOn: ago(40) }), s.lz_head);
    const court = (body: Record<string, unknown>, who: Session = s.lz_inspector) => beside(id, 'court-enforcement', body, who);
    const documentNo = '（2026）桂0202行审12号';
    // not before the decision is served
    expect((await court({ documentNo })).body.details).toMatchObject({ reason: 'wrong_state' });
    await step(id, 'serve', { servedOn: ago(39) });
    // bad input: each a 400 naming its field, nothing written
    const field = async (body: Record<string, unknown>) => {
      const res = await court(body);
      expect(res.status).toBe(400);
      return res.body.details[0].field;
    };
    expect(await field({ acceptedOn: ago(45), documentNo })).toBe('acceptedOn');
    expect(await field({ acceptedOn: addDays(today, 1), documentNo })).toBe('acceptedOn');
    expect(await field({ acceptedOn: ago(5) })).toBe('documentNo');
    expect(await field({ acceptedOn: ago(5), documentNo: 'x'.repeat(65) })).toBe('documentNo');
    expect((await current(id)).courtEnforcementAccepted).toBe(false);
    // the head does not record it (the officers' step); another city's inspector gets 404
    expect((await court({ documentNo }, s.lz_head)).status).toBe(403);
    expect((await court({ documentNo }, gl)).status).toBe(404);
    const audits = () => t.ds.getRepository(AuditLog).countBy({ action: 'court_enforcement', resource: 'fraud-cases', resourceId: String(id) });
    const before = await audits();
    const accepted = (await besideOk(200, id, 'court-enforcement', { acceptedOn: ago(5), documentNo })).body as FraudCaseRecord;
    expect(accepted).toMatchObject({ state: 'executing', courtEnforcementAccepted: true, courtEnforcement: { acceptedOn: ago(5), documentNo } });
    expect(accepted.owed.fine).toBe(1_500_000);
    expect(await audits()).toBe(before + 1);
    // once only
    expect((await court({ documentNo })).body.details).toMatchObject({ reason: 'court_enforcement_recorded' });
    // nothing paid, the court accepted: the head closes it (令第4号 art. 56)
    expect((await step(id, 'close', {}, s.lz_head)).state).toBe('closed');
  });

  it('the inbox: a filed case awaits its officers, due by its decision deadline; an overdue one is overdue', async () => {
    const { id } = await fileCase({}, { filedOn: ago(10) });
    const late = (await fileCase({}, { filedOn: ago(100) })).id;
    const items = (await t.as(s.lz_inspector).get('/api/inbox?resource=fraud-cases&_end=200').expect(200)).body as Array<{
      id: number;
      dueAt: string | null;
      overdue: boolean;
    }>;
    const due = (await current(id)).decisionDueOn;
    expect(items.find((i) => i.id === id)).toMatchObject({ dueAt: new Date(`${due}T23:59:59.999+08:00`).toISOString(), overdue: false });
    expect(items.find((i) => i.id === late)).toMatchObject({ overdue: true });
    // the head takes no investigating step: a filed case is not in its inbox
    const heads = (await t.as(s.lz_head).get('/api/inbox?resource=fraud-cases&_end=200').expect(200)).body as Array<{ id: number }>;
    expect(heads.map((i) => i.id)).not.toContain(id);
  });

  it('terminate before the decision records the reason; not after it', async () => {
    const { id } = await fileCase();
    await step(id, 'start_investigation');
    expect((await act(id, 'terminate', { comment: '违法事实不成立' })).status).toBe(403);
    expect(await step(id, 'terminate', { comment: '当事人死亡' }, s.lz_head)).toMatchObject({
      state: 'terminated',
      terminationReason: '当事人死亡',
      countdown: null,
    });
  });

  it('late fee: 3 % a day after the fine was due, capped at the fine', async () => {
    // filed 115 days ago, extended by 30: decided and served over 100 days ago
    const id = await notified(115, 114, { proposedFine: 1_000_000 });
    await besideOk(201, id, 'extensions', { days: 30, reason: '案情复杂' }, s.lz_head);
    await step(id, 'decide', decision({ fine: 1_000_000, discretionTier: 'lenient', decidedOn: ago(105) }), s.lz_head);
    const served = await step(id, 'serve', { servedOn: ago(104) });
    expect(served.lateFee).toBe(1_000_000);
    expect(served.owed).toMatchObject({ fine: 1_000_000, late_fee: 1_000_000 });
    // paid in full with its late fee, it closes
    await besideOk(201, id, 'executions', { kind: 'fine', amount: 1_000_000, paidOn: ago(2), receiptNo: 'R1' });
    await besideOk(201, id, 'executions', { kind: 'recoup', amount: 1_000_000, paidOn: ago(2), receiptNo: 'R2' });
    await besideOk(201, id, 'executions', { kind: 'late_fee', amount: 1_000_000, paidOn: ago(1), receiptNo: 'R3' });
    expect((await step(id, 'close', {}, s.lz_head)).state).toBe('closed');
  });

  it('the list: countdown rows, filters and q; unknown filters are 400', async () => {
    const { id, caseNo } = await fileCase(
      { partyName: '柳州市列表测试药店', institutionCode: 'P45020200007' },
      { causes: ['duplicate_charge'], filedOn: ago(5) },
    );
    const rows = (
      await t
        .as(s.lz_inspector)
        .get(`${URL}?q=${encodeURIComponent('列表测试')}&_end=50`)
        .expect(200)
    ).body as FraudCaseListItem[];
    expect(rows.map((r) => r.id)).toEqual([id]);
    expect(rows[0]).toMatchObject({ caseNo, state: 'filed', countdown: { overdue: false, paused: false } });
    for (const filter of [
      'cause=duplicate_charge',
      'institutionCode=P45020200007',
      'state=filed',
      `filedOn_gte=${ago(5)}`,
      'regionCode=450200',
      'overdue=false',
    ])
      expect(((await t.as(s.lz_inspector).get(`${URL}?${filter}&_end=1000`).expect(200)).body as FraudCaseListItem[]).map((r) => r.id)).toContain(id);
    expect(((await t.as(s.lz_inspector).get(`${URL}?cause=split_admission&_end=1000`).expect(200)).body as FraudCaseListItem[]).map((r) => r.id)).not.toContain(
      id,
    );
    await t.as(s.lz_inspector).get(`${URL}?cause=nonsense`).expect(400);
    await t.as(s.lz_inspector).get(`${URL}?secret=1`).expect(400);
    // an overdue open case is listed as overdue
    const late = await notified(100, 20);
    expect(((await t.as(s.lz_inspector).get(`${URL}?overdue=true&_end=1000`).expect(200)).body as FraudCaseListItem[]).map((r) => r.id)).toContain(late);
  });

  it('stats: counts, amounts and the median on a small fixture (the change a fixture makes)', async () => {
    const year = Number(ago(40).slice(0, 4));
    const stats = async (who: Session = s.gx_province, q = `year=${year}`): Promise<FraudStats> =>
      (await t.as(who).get(`/api/fraud-stats?${q}`).expect(200)).body;
    const before = await stats();
    const a = await notified(40, 35, { proposedFine: 1_200_000 }, { amountInvolved: 1_000_000 });
    await step(a, 'decide', decision({ fine: 1_200_000, recoup: 1_000_000, decidedOn: ago(30) }), s.lz_head);
    await step(a, 'serve', { servedOn: ago(29) });
    await besideOk(201, a, 'executions', { kind: 'recoup', amount: 400_000, paidOn: ago(20), receiptNo: 'S1' });
    await fileCase({}, { amountInvolved: 500_000, filedOn: ago(40), causes: ['phantom_bed'] });
    const after = await stats();
    expect(after.cases - before.cases).toBe(2);
    expect(after.amounts.involved - before.amounts.involved).toBe(1_500_000);
    expect(after.amounts.decided - before.amounts.decided).toBe(2_200_000);
    expect(after.amounts.collected - before.amounts.collected).toBe(400_000);
    expect((after.byState.executing ?? 0) - (before.byState.executing ?? 0)).toBe(1);
    expect((after.byCause.phantom_bed ?? 0) - (before.byCause.phantom_bed ?? 0)).toBe(1);
    expect((after.byPartyType.institution ?? 0) - (before.byPartyType.institution ?? 0)).toBe(2);
    expect(after.medianDaysToDecision).not.toBeNull();
    const lz = after.byRegion.find((r) => r.regionCode === '450200')!;
    expect(lz).toMatchObject({ regionName: '柳州市' });
    expect(lz.cases).toBeGreaterThanOrEqual(2);
    // a city officer of 桂林 sees none of 柳州's, and cannot ask for 柳州
    expect((await stats(gl)).byRegion.find((r) => r.regionCode === '450200')).toBeUndefined();
    await t.as(gl).get(`/api/fraud-stats?year=${year}&regionCode=450200`).expect(400);
    await t.as(gl).get(`/api/fraud-stats?year=abc`).expect(400);
  });

  it('the demo files its cases through the services, in every state (paused, extended, overdue, supervised)', async () => {
    const before = ((await t.as(s.gx_province).get(`${URL}?_end=1000`).expect(200)).body as FraudCaseListItem[]).map((c) => c.id);
    await seedFraudCaseActivity(await demoContext(t.app));
    const rows = ((await t.as(s.gx_province).get(`${URL}?_end=1000`).expect(200)).body as FraudCaseListItem[]).filter((c) => !before.includes(c.id));
    expect(rows).toHaveLength(17);
    // 桂林's three, worked by its own accounts: its inspector reads them, not 柳州's
    const gls = rows.filter((r) => r.regionCode === '450300');
    expect(gls.map((r) => r.state).sort()).toEqual(['decided', 'investigating', 'notified']);
    const glListed = ((await t.as(gl).get(`${URL}?_end=1000`).expect(200)).body as FraudCaseListItem[]).map((c) => c.id);
    expect(glListed).toEqual(expect.arrayContaining(gls.map((r) => r.id)));
    expect(glListed).not.toContain(rows.find((r) => r.regionCode === '450200')!.id);
    expect(new Set(rows.map((r) => r.state))).toEqual(new Set(FRAUD_CASE_STATES));
    expect(rows.some((r) => r.countdown?.paused)).toBe(true);
    expect(rows.some((r) => r.countdown?.overdue)).toBe(true);
    expect(rows.some((r) => r.supervised)).toBe(true);
  });
});
