import {
  chinaDate,
  FRAUD_TIME_LIMITS,
  nationalFraudParameters,
  type BulkActionResult,
  type FraudClueRecord,
  type FraudSuspicionListItem,
  type FraudSuspicionRecord,
  type SuspicionClaimResult,
} from '@yibao/shared';
import * as listCaches from '../../../common/list/caches';
import { listTuning } from '../../../common/list';
import { RegionScope } from '../../../common/region-scope';
import { HolidaysService } from '../../../platform/holidays/holidays.service';
import { approvedFraudParameters } from '../../../../test/fixtures';
import { Session, testAppWith } from '../../../../test/harness';
import { storedSuspicion } from '../../../../test/screening-fixtures';
import { FraudSuspicion } from './fraud-suspicion.entity';
import { FraudSuspicionsService } from './fraud-suspicions.service';
import { SuspicionHitRatesService } from './suspicion-hit-rates.service';

/**
 * 疑点 over HTTP (issue 17; 两库管理办法 初审 → 复审 → 申诉 → 调查核实 → 违规处理): the stages through the engine, each
 * due after the province's time limit in working days; a confirmed violation opens a fraud clue (source screening);
 * a dismissal needs its reason code; the queue's claims never overlap; bulk decisions answer per item; a county sees
 * its own 疑点 only; the person's ID number masked, revealed only with a reason and audited; hit rates per rule.
 * The 疑点 are written as a run leaves them (test/screening-fixtures.ts): the runs have their own spec.
 */
describe('fraud-suspicions (智能监控疑点)', () => {
  const { t, s } = testAppWith(['gx_province', 'lz_city', 'gl_city', 'lz_chengzhong', 'lz_inspector', 'lz_inspector2', 'lz_head', 'auditor']);
  const URL = '/api/fraud-suspicions';
  const savedTuning = { ...listTuning };
  const today = () => chinaDate(new Date());
  const addWorking = async (n: number) => (await t.app.get(HolidaysService).addWorkingDays(today(), n)).date;

  const show = async (who: Session, id: number) => (await t.as(who).get(`${URL}/${id}`).expect(200)).body as FraudSuspicionRecord;
  const act = (who: Session, id: number, action: string, body: Record<string, unknown>) => t.as(who).post(`${URL}/${id}/actions/${action}`).send(body);

  it('the stages to a violation: each due after its time limit; confirm_violation opens a screening clue carrying the 疑点 and answers its id', async () => {
    const created = await storedSuspicion(t, { institutionCode: 'H45020200101', amountAtStake: 1_234_500 });
    let r = await show(s.lz_inspector, created.id);
    expect(r).toMatchObject({ state: 'pending', dueOn: await addWorking(FRAUD_TIME_LIMITS.suspicionFirstReviewWorkingDays), overdue: false, clueId: null });
    expect(r.actions).toEqual(expect.arrayContaining(['start_review', 'dismiss']));
    // the settlements side by side, ordered by admission, without the person
    expect(r.settlements.map((x) => [x.admittedOn, x.dischargedOn, x.diagnosisCode])).toEqual([
      ['2026-03-01', '2026-03-08', 'J18.9'],
      ['2026-03-12', '2026-03-20', 'J18.1'],
    ]);
    expect(r.settlements.map((x) => x.id)).toEqual(r.settlementIds);
    expect(JSON.stringify(r.settlements)).not.toContain(created.idNumber!);

    const path: Array<[string, number | null]> = [
      ['start_review', FRAUD_TIME_LIMITS.suspicionFirstReviewWorkingDays],
      ['confirm_first', FRAUD_TIME_LIMITS.suspicionSecondReviewWorkingDays],
      ['confirm_second', FRAUD_TIME_LIMITS.suspicionAppealWorkingDays],
      ['close_appeal', FRAUD_TIME_LIMITS.suspicionInvestigationWorkingDays],
    ];
    for (const [action, days] of path) {
      const moved = (await act(s.lz_inspector, r.id, action, { version: r.version }).expect(200)).body as FraudSuspicionListItem;
      expect(moved.dueOn).toBe(await addWorking(days!));
      r = { ...r, ...moved };
    }
    expect(r.state).toBe('investigation');
    // the violation needs its comment (the engine's check), then opens the clue in the same transaction
    expect((await act(s.lz_inspector, r.id, 'confirm_violation', { version: r.version }).expect(400)).body.details[0].field).toBe('comment');
    const done = (await act(s.lz_inspector, r.id, 'confirm_violation', { version: r.version, comment: '核实为分解住院' }).expect(200))
      .body as FraudSuspicionListItem;
    expect(done).toMatchObject({ state: 'violation', dueOn: null, actions: [] });
    expect(done.clueId).toEqual(expect.any(Number));

    const clue = (await t.as(s.lz_inspector).get(`/api/fraud-clues/${done.clueId}`).expect(200)).body as FraudClueRecord;
    expect(clue).toMatchObject({
      source: 'screening',
      state: 'received',
      regionCode: '450202',
      receivedOn: today(),
      subjectType: 'institution',
      institutionCode: 'H45020200101',
      estimatedAmount: 1_234_500,
      idNumber: `${created.idNumber!.slice(0, 6)}********${created.idNumber!.slice(-4)}`,
    });
    expect(clue.summary).toContain(`疑点 #${r.id}`);
    expect(clue.summary).toContain('分解住院');
    expect(clue.verifyDueOn).toBe(await addWorking(FRAUD_TIME_LIMITS.clueVerifyWorkingDays));
    // finished stays finished
    await act(s.lz_inspector, r.id, 'dismiss', { version: done.version, reason: 'other', comment: 'x' }).expect(409);
  });

  it('dismiss needs a reason code (400 naming reason) and a comment; the reason is kept', async () => {
    const r = await storedSuspicion(t, { institutionCode: 'H45020200102' });
    expect(
      (await act(s.lz_inspector, r.id, 'dismiss', { version: r.version, comment: '数据问题' }).expect(400)).body.details.map((d: { field: string }) => d.field),
    ).toEqual(['reason']);
    expect(
      (await act(s.lz_inspector, r.id, 'dismiss', { version: r.version, comment: '数据问题', reason: 'no_such_reason' }).expect(400)).body.details[0].field,
    ).toBe('reason');
    await act(s.lz_inspector, r.id, 'dismiss', { version: r.version, reason: 'data_error' }).expect(400);
    const dismissed = (await act(s.lz_inspector, r.id, 'dismiss', { version: r.version, reason: 'data_error', comment: '结算数据录入错误' }).expect(200))
      .body as FraudSuspicionListItem;
    expect(dismissed).toMatchObject({ state: 'dismissed', dismissReason: 'data_error', dueOn: null, clueId: null });
    // nothing half-written by the refusals: one history row, the dismissal
    const history = (await t.as(s.lz_inspector).get(`${URL}/${r.id}/history`).expect(200)).body;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['dismiss']);
  });

  it('stage due dates follow the province’s approved 广西 set of the settlement year', async () => {
    const year = 2024;
    const before = await storedSuspicion(t, { year, institutionCode: 'H45020200103' });
    expect(before.dueOn).toBe(await addWorking(FRAUD_TIME_LIMITS.suspicionFirstReviewWorkingDays));
    const doc = nationalFraudParameters('450000', year);
    doc.timeLimits.suspicionFirstReviewWorkingDays = { value: 3, source: '示例取值：广西疑点初审3个工作日（测试）' };
    doc.timeLimits.suspicionSecondReviewWorkingDays = { value: 4, source: '示例取值（测试）' };
    await approvedFraudParameters(t, s.gx_province, year, doc);

    const started = (await act(s.lz_inspector, before.id, 'start_review', { version: before.version }).expect(200)).body as FraudSuspicionListItem;
    expect(started.dueOn).toBe(await addWorking(3));
    const second = (await act(s.lz_inspector, before.id, 'confirm_first', { version: started.version }).expect(200)).body as FraudSuspicionListItem;
    expect(second.dueOn).toBe(await addWorking(4));
    // the appeal window stays the national default the set left unchanged
    const appeal = (await act(s.lz_inspector, before.id, 'confirm_second', { version: second.version }).expect(200)).body as FraudSuspicionListItem;
    expect(appeal.dueOn).toBe(await addWorking(FRAUD_TIME_LIMITS.suspicionAppealWorkingDays));
    // another year's 疑点 keeps the national limits
    const other = await storedSuspicion(t, { year: 2026, institutionCode: 'H45020200103' });
    const otherStarted = (await act(s.lz_inspector, other.id, 'start_review', { version: other.version }).expect(200)).body as FraudSuspicionListItem;
    expect(otherStarted.dueOn).toBe(await addWorking(FRAUD_TIME_LIMITS.suspicionFirstReviewWorkingDays));
  });

  it('claims are exclusive: two reviewers claiming at once never hold the same 疑点; release gives back only one’s own', async () => {
    const rule = 'phantom_stay';
    const ids = [];
    for (let i = 0; i < 6; i++) ids.push((await storedSuspicion(t, { ruleId: rule, institutionCode: 'H45020200104' })).id);
    const claim = (who: Session) => t.as(who).post(`${URL}/claim`).send({ ruleId: rule, institutionCode: 'H45020200104', count: 4 }).expect(200);
    const [a, b] = (await Promise.all([claim(s.lz_inspector), claim(s.lz_inspector2)])).map((r) => r.body as SuspicionClaimResult);
    expect(a.ids.filter((id) => b.ids.includes(id))).toEqual([]);
    expect([...a.ids, ...b.ids].sort((x, y) => x - y)).toEqual(ids);
    expect(a.count + b.count).toBe(6);
    // what the store says: each held by the one whose answer named it
    const rows = await t.ds.getRepository(FraudSuspicion).findBy(ids.map((id) => ({ id })));
    for (const row of rows) expect(row.claimedById).toBe(a.ids.includes(row.id) ? s.lz_inspector.userId : s.lz_inspector2.userId);
    // nothing left to claim
    expect((await claim(s.lz_inspector)).body).toEqual({ count: 0, ids: [] });
    // the race itself, made deterministic: both read the same candidates, the second's conditional take changes nothing
    const raced = [];
    for (let i = 0; i < 3; i++) raced.push((await storedSuspicion(t, { ruleId: rule, institutionCode: 'H45020200114' })).id);
    const queue = t.app.get(FraudSuspicionsService);
    expect(await queue.take(s.lz_inspector.userId, raced)).toEqual(raced);
    expect(await queue.take(s.lz_inspector2.userId, raced)).toEqual([]);
    expect((await t.ds.getRepository(FraudSuspicion).findBy(raced.map((id) => ({ id })))).map((r) => r.claimedById)).toEqual(
      raced.map(() => s.lz_inspector.userId),
    );
    // claimed=mine lists one's own
    const mine = await t.as(s.lz_inspector).get(`${URL}?claimed=mine&institutionCode=H45020200104`).expect(200);
    expect(mine.body.map((r: FraudSuspicionListItem) => r.id).sort((x: number, y: number) => x - y)).toEqual([...a.ids].sort((x, y) => x - y));
    expect(mine.body[0].claimedBy).toBe('柳州市医保基金稽查员');
    // releasing someone else's claim changes nothing; one's own become unclaimed
    expect((await t.as(s.lz_inspector).post(`${URL}/release`).send({ ids: b.ids }).expect(200)).body).toEqual({ count: 0, ids: [] });
    expect((await t.as(s.lz_inspector).post(`${URL}/release`).send({ ids: a.ids }).expect(200)).body.count).toBe(a.count);
    const unclaimed = await t.as(s.lz_inspector2).get(`${URL}?claimed=unclaimed&institutionCode=H45020200104`).expect(200);
    expect(unclaimed.body).toHaveLength(a.count);
    // bounded and checked
    expect((await t.as(s.lz_inspector).post(`${URL}/claim`).send({ count: 101 }).expect(400)).body.details[0].field).toBe('count');
    expect((await t.as(s.lz_inspector).post(`${URL}/claim`).send({ count: 1, regionCode: '450300' }).expect(400)).body.details[0].field).toBe('regionCode');
    expect((await t.as(s.lz_inspector).get(`${URL}?claimed=everyone`).expect(400)).body.details[0].field).toBe('claimed');
  });

  it('bulk decisions answer per item: a stale version fails, the others pass; a dismissal’s reason goes with every item', async () => {
    const rows = [];
    for (let i = 0; i < 3; i++) rows.push(await storedSuspicion(t, { institutionCode: 'H45020200105' }));
    const ids = rows.map((r) => r.id);
    const stale = await act(s.lz_inspector, rows[1].id, 'start_review', { version: 1 }).expect(200);
    expect(stale.body.version).toBe(2);
    const bulk = (
      await t
        .as(s.lz_inspector)
        .post(`${URL}/bulk-actions/dismiss`)
        .send({ ids, versions: [1, 1, 1], comment: '临床合理', reason: 'clinically_justified' })
        .expect(200)
    ).body as BulkActionResult;
    expect(bulk).toMatchObject({ succeeded: 2, failed: 1 });
    expect(bulk.results.map((r) => [r.id, r.ok, r.status])).toEqual([
      [ids[0], true, 200],
      [ids[1], false, 409],
      [ids[2], true, 200],
    ]);
    for (const id of [ids[0], ids[2]]) expect(await show(s.lz_inspector, id)).toMatchObject({ state: 'dismissed', dismissReason: 'clinically_justified' });
    expect(await show(s.lz_inspector, ids[1])).toMatchObject({ state: 'first_review', dismissReason: null });
    // without the reason each item fails naming it; an unknown action is refused before any item
    const noReason = (
      await t
        .as(s.lz_inspector)
        .post(`${URL}/bulk-actions/dismiss`)
        .send({ ids: [ids[1]], comment: 'x' })
        .expect(200)
    ).body as BulkActionResult;
    expect(noReason.results[0]).toMatchObject({ ok: false, status: 400 });
    expect((noReason.results[0].details as Array<{ field: string }>).map((d) => d.field)).toEqual(['reason']);
    await t
      .as(s.lz_inspector)
      .post(`${URL}/bulk-actions/approve`)
      .send({ ids: [ids[1]] })
      .expect(404);
    expect(
      (
        await t
          .as(s.lz_inspector)
          .post(`${URL}/bulk-actions/dismiss`)
          .send({ ids: [ids[1]], versions: [1, 2] })
          .expect(400)
      ).body.details[0].field,
    ).toBe('versions');
    expect(
      (
        await t
          .as(s.lz_inspector)
          .post(`${URL}/bulk-actions/dismiss`)
          .send({ ids: [ids[1]], reason: 'bogus' })
          .expect(400)
      ).body.details[0].field,
    ).toBe('reason');
    // a role without edit may not decide in bulk
    await t
      .as(s.lz_head)
      .post(`${URL}/bulk-actions/dismiss`)
      .send({ ids: [ids[1]], comment: 'x', reason: 'other' })
      .expect(403);
  });

  it('the queue opens with the open 疑点, most urgent due date first, finished ones after; a dismissal moves one to the end', async () => {
    const institutionCode = 'H45020200777';
    const repo = t.ds.getRepository(FraudSuspicion);
    const made = async (state: 'pending' | 'first_review' | 'dismissed' | 'violation', dueOn: string | null) => {
      const r = await storedSuspicion(t, { institutionCode, state });
      await repo.update({ id: r.id }, { dueOn });
      return r.id;
    };
    const dismissed = await made('dismissed', null);
    const late = await made('pending', '2031-05-01');
    const violation = await made('violation', null);
    const soon = await made('first_review', '2031-01-10');
    const sameDay = await made('pending', '2031-01-10');
    const list = async (query = '') =>
      ((await t.as(s.lz_city).get(`${URL}?institutionCode=${institutionCode}${query}`).expect(200)).body as FraudSuspicionListItem[]).map((r) => r.id);
    // open first by due date (ties by id), then the finished ones (no due date) by id
    expect(await list()).toEqual([soon, sameDay, late, dismissed, violation]);
    expect(await list('&finished=false')).toEqual([soon, sameDay, late]);
    expect(await list('&finished=true')).toEqual([dismissed, violation]);
    // the default order is the queue index's: a page of it is a walk of the index, not a sort of the scope (SQLite's
    // plan: no temporary B-tree for the ORDER BY)
    if (t.ds.options.type === 'better-sqlite3') {
      const plan: Array<{ detail: string }> = await t.ds.query(
        `EXPLAIN QUERY PLAN SELECT id FROM fraud_suspicions s WHERE s.regionCode LIKE '4502%' ORDER BY s.finished ASC, s.dueOn ASC, s.id ASC LIMIT 20`,
      );
      expect(plan.map((p) => p.detail).join('; ')).not.toContain('TEMP B-TREE');
    }
    // a dismissal finishes it: it leaves the open part of the queue for the finished one (by id there)
    const [first] = (await t.as(s.lz_city).get(`${URL}?institutionCode=${institutionCode}`).expect(200)).body as FraudSuspicionListItem[];
    await act(s.lz_city, first.id, 'dismiss', { version: first.version, reason: 'other', comment: '重复' }).expect(200);
    expect(await repo.findOneByOrFail({ id: soon })).toMatchObject({ state: 'dismissed', finished: true });
    expect(await list()).toEqual([sameDay, late, dismissed, violation, soon]);
  });

  it('deep pages of the queue seek from the bookmarks pages left — across its boolean and NULL due dates — and are the pages OFFSET gives', async () => {
    const institutionCode = 'H45020200778';
    const repo = t.ds.getRepository(FraudSuspicion);
    const dues = ['2031-02-01', null, '2031-01-15', '2031-02-01', null, '2031-03-01', '2031-01-15', null, '2031-02-01', '2031-04-01', null, '2031-01-15'];
    for (const [i, dueOn] of dues.entries()) {
      const r = await storedSuspicion(t, { institutionCode, state: dueOn ? (i % 2 ? 'pending' : 'first_review') : i % 3 ? 'dismissed' : 'violation' });
      await repo.update({ id: r.id }, { dueOn });
    }
    const page = async (start: number, end: number) =>
      ((await t.as(s.lz_city).get(`${URL}?institutionCode=${institutionCode}&_start=${start}&_end=${end}`).expect(200)).body as FraudSuspicionListItem[]).map(
        (r) => r.id,
      );
    const all = await page(0, 100);
    expect(all).toHaveLength(dues.length);
    const bookmarks = jest.spyOn(listCaches, 'nearestBookmark');
    listTuning.deferredJoinFrom = 1;
    try {
      // forward two at a time (each page seeks from the one before), the same page again, then three from a bookmark
      for (const start of [1, 3, 5, 5, 7, 9]) expect(await page(start, start + 2)).toEqual(all.slice(start, start + 2));
      expect(bookmarks.mock.results.filter((r) => r.value !== undefined).length).toBeGreaterThanOrEqual(5);
    } finally {
      listTuning.deferredJoinFrom = savedTuning.deferredJoinFrom;
      bookmarks.mockRestore();
    }
  });

  it('a county officer sees only its county’s 疑点 (list and 404 on show); the city sees both; another city none', async () => {
    const own = await storedSuspicion(t, { county: '450202', institutionCode: 'H45020200106' });
    const neighbour = await storedSuspicion(t, { county: '450203', institutionCode: 'H45020200106' });
    const listed = async (who: Session) =>
      ((await t.as(who).get(`${URL}?institutionCode=H45020200106`).expect(200)).body as FraudSuspicionListItem[]).map((r) => r.id).sort((a, b) => a - b);
    expect(await listed(s.lz_chengzhong)).toEqual([own.id]);
    expect(await listed(s.lz_city)).toEqual([own.id, neighbour.id]);
    expect(await listed(s.gl_city)).toEqual([]);
    await t.as(s.lz_chengzhong).get(`${URL}/${neighbour.id}`).expect(404);
    await act(s.lz_chengzhong, neighbour.id, 'start_review', { version: 1 }).expect(404);
    await t.as(s.gl_city).get(`${URL}/${own.id}`).expect(404);
    // the county works its own
    await act(s.lz_chengzhong, own.id, 'start_review', { version: 1 }).expect(200);
    // its claims stay in its county
    const claimed = (await t.as(s.lz_chengzhong).post(`${URL}/claim`).send({ institutionCode: 'H45020200106', count: 5 }).expect(200))
      .body as SuspicionClaimResult;
    expect(claimed.ids).toEqual([own.id]);
  });

  it('a stage past its due date is overdue: flagged, listed by overdue=true, and waiting in the reviewer’s inbox', async () => {
    const late = await storedSuspicion(t, { institutionCode: 'H45020200108' });
    const onTime = await storedSuspicion(t, { institutionCode: 'H45020200108' });
    await t.ds.getRepository(FraudSuspicion).update({ id: late.id }, { dueOn: '2026-01-05' });
    const overdue = (await t.as(s.lz_inspector).get(`${URL}?institutionCode=H45020200108&overdue=true`).expect(200)).body as FraudSuspicionListItem[];
    expect(overdue.map((r) => [r.id, r.overdue])).toEqual([[late.id, true]]);
    const onTimeOnly = (await t.as(s.lz_inspector).get(`${URL}?institutionCode=H45020200108&overdue=false`).expect(200)).body as FraudSuspicionListItem[];
    expect(onTimeOnly.map((r) => r.id)).toEqual([onTime.id]);
    // a finished 疑点 is never overdue
    await act(s.lz_inspector, late.id, 'dismiss', { version: late.version, reason: 'already_handled', comment: '已另案处理' }).expect(200);
    expect((await t.as(s.lz_inspector).get(`${URL}?institutionCode=H45020200108&overdue=true`).expect(200)).body).toEqual([]);
    // the engine's inbox lists the open one for its reviewers
    const inbox = (await t.as(s.lz_inspector).get('/api/inbox?resource=fraud-suspicions&_end=200').expect(200)).body as Array<{ id: number }>;
    expect(inbox.map((i) => i.id)).toContain(onTime.id);
    expect(inbox.map((i) => i.id)).not.toContain(late.id);
  });

  it('the ID number is masked in the list and record; reveal needs a reason and is audited; a role without reveal is refused', async () => {
    const r = await storedSuspicion(t, { institutionCode: 'H45020200107' });
    const whole = r.idNumber!;
    const masked = `${whole.slice(0, 6)}********${whole.slice(-4)}`;
    const list = await t.as(s.lz_city).get(`${URL}?institutionCode=H45020200107`).expect(200);
    expect(list.body[0].idNumber).toBe(masked);
    expect(JSON.stringify(list.body)).not.toContain(whole);
    expect(JSON.stringify((await t.as(s.lz_city).get(`${URL}/${r.id}`).expect(200)).body)).not.toContain(whole);
    // q never finds by the person
    expect((await t.as(s.lz_city).get(`${URL}?q=${whole}`).expect(200)).body).toEqual([]);

    expect((await t.as(s.lz_city).post(`${URL}/${r.id}/reveal`).send({ reason: ' ' }).expect(400)).body.details[0].field).toBe('reason');
    await t.as(s.lz_chengzhong).post(`${URL}/${r.id}/reveal`).send({ reason: '核实身份' }).expect(403);
    await t.as(s.gl_city).post(`${URL}/${r.id}/reveal`).send({ reason: '核实身份' }).expect(404);
    const revealed = await t.as(s.lz_city).post(`${URL}/${r.id}/reveal`).send({ reason: '联系参保人核实住院情况' }).expect(200);
    expect(revealed.body).toEqual({ id: r.id, idNumber: whole });
    const audit = await t.as(s.auditor).get(`/api/audit-logs?resource=fraud-suspicions&resourceId=${r.id}&action=reveal&_end=50`).expect(200);
    expect(audit.body).toHaveLength(1);
    expect(audit.body[0]).toMatchObject({ username: 'lz_city' });
    expect(JSON.stringify(audit.body[0])).toContain('联系参保人核实住院情况');
    expect(JSON.stringify(audit.body)).not.toContain(whole);
  });

  it('hit rates per rule on a small fixture: total, open, reviewed, confirmed, dismissed by reason, precision, confirmed amount', async () => {
    const year = 2023;
    await storedSuspicion(t, { year, ruleId: 'sex_mismatch', state: 'pending', amountAtStake: 100 });
    await storedSuspicion(t, { year, ruleId: 'sex_mismatch', state: 'appeal', amountAtStake: 200 });
    await storedSuspicion(t, { year, ruleId: 'sex_mismatch', state: 'violation', amountAtStake: 1_000 });
    await storedSuspicion(t, { year, ruleId: 'sex_mismatch', state: 'dismissed', dismissReason: 'data_error', amountAtStake: 5 });
    await storedSuspicion(t, { year, ruleId: 'sex_mismatch', state: 'dismissed', dismissReason: 'data_error', amountAtStake: 5 });
    await storedSuspicion(t, { year, ruleId: 'sex_mismatch', state: 'dismissed', dismissReason: 'other', amountAtStake: 5 });
    await storedSuspicion(t, { year, ruleId: 'after_death', state: 'violation', amountAtStake: 3_000 });
    await storedSuspicion(t, { year, ruleId: 'after_death', state: 'pending', county: '450203', amountAtStake: 7 });
    // another city's and another year's are not counted
    await storedSuspicion(t, { year, ruleId: 'sex_mismatch', state: 'violation', county: '450302', amountAtStake: 9_999 });
    await storedSuspicion(t, { year: 2022, ruleId: 'sex_mismatch', state: 'violation', amountAtStake: 9_999 });

    const rates = await t.app.get(SuspicionHitRatesService).hitRates(RegionScope.of('450200'), year, t.ds.manager);
    expect(rates).toEqual([
      {
        ruleId: 'after_death',
        regionCode: '450200',
        total: 2,
        open: 1,
        reviewed: 1,
        confirmed: 1,
        dismissed: 0,
        dismissedByReason: { data_error: 0, clinically_justified: 0, already_handled: 0, other: 0 },
        precision: 1,
        confirmedAmount: 3_000,
      },
      {
        ruleId: 'sex_mismatch',
        regionCode: '450200',
        total: 6,
        open: 2,
        reviewed: 4,
        confirmed: 1,
        dismissed: 3,
        dismissedByReason: { data_error: 2, clinically_justified: 0, already_handled: 0, other: 1 },
        precision: 0.25,
        confirmedAmount: 1_000,
      },
    ]);
    // the county's own view: only its 疑点
    const county = await t.app.get(SuspicionHitRatesService).hitRates(RegionScope.of('450203'), year, t.ds.manager);
    expect(county).toEqual([expect.objectContaining({ ruleId: 'after_death', total: 1, open: 1, reviewed: 0, precision: null })]);
  });
});
