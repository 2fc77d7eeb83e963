import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { addDays, chinaDate, RESPONSIBILITY_ROLES, type RectificationItemRecord } from '@yibao/shared';
import { rectificationCampaign } from '../../../../test/fixtures';
import { Session, testAppWith } from '../../../../test/harness';
import type { Actor } from '../../../common/actor';
import { inTransaction } from '../../../database/data-source';
import { User } from '../../../platform/users/user.entity';
import { RectificationItemsService, ScreeningFinding } from './rectification-items.service';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/**
 * 过度保障治理 over HTTP (issue 14): category and deadline rules, 销号 by the level above on evidence, extensions
 * through the engine's payload, 挂牌督办, the list's filters and scope.
 */
describe('rectification items (整改事项)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-rectification-'));
  const { t, s } = testAppWith(['gx_province', 'lz_city', 'gl_city', 'lz_chengzhong', 'lz_inspector', 'auditor'], { ATTACHMENT_DIR: dir });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const today = chinaDate(new Date());

  const campaign = (extra: Record<string, unknown> = {}) => rectificationCampaign(t, s.gx_province, extra);

  const file = (who: Session, body: Record<string, unknown>) => t.as(who).post('/api/rectification-items').send(body);
  const item = async (who: Session, body: Record<string, unknown>): Promise<RectificationItemRecord> => (await file(who, body).expect(201)).body;
  const act = (who: Session, id: number, action: string, body: Record<string, unknown>) =>
    t.as(who).post(`/api/rectification-items/${id}/actions/${action}`).send(body);
  const show = async (who: Session, id: number): Promise<RectificationItemRecord> => (await t.as(who).get(`/api/rectification-items/${id}`).expect(200)).body;
  const attach = (who: Session, id: number) => t.as(who).post(`/api/rectification-items/${id}/attachments`).attach('file', PDF, '整改佐证.pdf');
  const fields = (res: { body: { details?: Array<{ field: string }> } }) => (res.body.details ?? []).map((d) => d.field);

  it('campaigns: the province sets them up for itself; every unit below reads them; a city cannot', async () => {
    const id = await campaign();
    const created = await t.as(s.gx_province).get(`/api/rectification-campaigns/${id}`).expect(200);
    expect(created.body).toMatchObject({
      regionCode: '450000',
      immediateDays: 30,
      transitionDueOn: '2030-12-31',
      documentNo: '医保发〔2019〕57号',
      version: 1,
    });
    for (const reader of [s.lz_city, s.lz_chengzhong, s.gl_city, s.lz_inspector]) {
      await t.as(reader).get(`/api/rectification-campaigns/${id}`).expect(200);
      const listed = await t.as(reader).get('/api/rectification-campaigns').expect(200);
      expect(listed.body.map((c: { id: number }) => c.id)).toContain(id);
    }
    await t
      .as(s.lz_city)
      .post('/api/rectification-campaigns')
      .send({ name: 'x', documentNo: 'y', immediateDays: 30, transitionDueOn: '2030-12-31', startedOn: '2026-01-01' })
      .expect(403);
    const otherProvince = await t
      .as(s.gx_province)
      .post('/api/rectification-campaigns')
      .send({ name: 'x', documentNo: 'y', regionCode: '440000', immediateDays: 30, transitionDueOn: '2030-12-31', startedOn: '2026-01-01' })
      .expect(403);
    expect(otherProvince.body.message).toContain('本省');
    const backwards = await t
      .as(s.gx_province)
      .post('/api/rectification-campaigns')
      .send({ name: 'x', documentNo: 'y', immediateDays: 30, transitionDueOn: '2026-12-31', startedOn: '2027-01-01' })
      .expect(400);
    expect(fields(backwards)).toEqual(['transitionDueOn']);
    const badDate = await t
      .as(s.gx_province)
      .post('/api/rectification-campaigns')
      .send({ name: 'x', documentNo: 'y', immediateDays: 0, transitionDueOn: '2026-02-30', startedOn: '2026-01-01' })
      .expect(400);
    expect(fields(badDate).sort()).toEqual(['immediateDays', 'transitionDueOn']);

    const patched = await t.as(s.gx_province).patch(`/api/rectification-campaigns/${id}`).send({ immediateDays: 15, version: 1 }).expect(200);
    expect(patched.body).toMatchObject({ immediateDays: 15, version: 2 });
    await t.as(s.gx_province).patch(`/api/rectification-campaigns/${id}`).send({ immediateDays: 20, version: 1 }).expect(409);

    await item(s.lz_chengzhong, { campaignId: id, regionCode: '450202', problemType: 'zero_copay', title: '零自付' });
    const used = await t.as(s.gx_province).delete(`/api/rectification-campaigns/${id}`).expect(409);
    expect(used.body.details).toMatchObject({ reason: 'has_items' });
    const empty = await campaign();
    await t.as(s.gx_province).delete(`/api/rectification-campaigns/${empty}`).expect(200);
    await t.as(s.gx_province).get(`/api/rectification-campaigns/${empty}`).expect(404);
  });

  it('derives the category from the problem type (S4 §五); a contradicting category is a 400 naming it', async () => {
    const c = await campaign();
    const cases: Array<[string, string]> = [
      ['zero_contribution', 'immediate'],
      ['zero_copay', 'immediate'],
      ['beyond_catalogue', 'immediate'],
      ['unsustainable_promise', 'immediate'],
      ['over_reimbursement', 'immediate'],
      ['special_treatment', 'transition'],
      ['extra_layer', 'transition'],
      ['widened_scope', 'transition'],
    ];
    for (const [problemType, category] of cases) {
      const created = await item(s.lz_chengzhong, { campaignId: c, regionCode: '450202', problemType, title: problemType });
      expect(created).toMatchObject({ problemType, category, source: 'self_check', state: 'identified' });
      expect(created.subTasks === null).toBe(category === 'immediate');
    }
    const agreeing = await item(s.lz_chengzhong, { campaignId: c, regionCode: '450202', problemType: 'extra_layer', category: 'transition', title: '一致' });
    expect(agreeing.category).toBe('transition');
    const contradicting = await file(s.lz_chengzhong, {
      campaignId: c,
      regionCode: '450202',
      problemType: 'zero_copay',
      category: 'transition',
      title: '矛盾',
    }).expect(400);
    expect(fields(contradicting)).toEqual(['category']);
    expect(contradicting.body.message.join()).toContain('立行立改');
    const unknown = await file(s.lz_chengzhong, { campaignId: c, regionCode: '450202', problemType: 'generous', title: 'x' }).expect(400);
    expect(fields(unknown)).toEqual(['problemType']);
    // nothing half-written: the refused filings left no items
    const listed = await t.as(s.lz_chengzhong).get(`/api/rectification-items?campaignId=${c}`).expect(200);
    expect(listed.headers['x-total-count']).toBe(String(cases.length + 1));
  });

  it('who files: a unit for itself (self_check), its city for it (assigned); never a county for another or for its city', async () => {
    const c = await campaign();
    const assigned = await item(s.lz_city, { campaignId: c, regionCode: '450202', problemType: 'zero_copay', title: '上级交办' });
    expect(assigned).toMatchObject({ source: 'assigned', regionCode: '450202' });
    const byProvince = await item(s.gx_province, { campaignId: c, regionCode: '450200', problemType: 'extra_layer', title: '省交办市' });
    expect(byProvince.source).toBe('assigned');
    const wrongSource = await file(s.lz_city, { campaignId: c, regionCode: '450202', problemType: 'zero_copay', title: 'x', source: 'self_check' }).expect(400);
    expect(fields(wrongSource)).toEqual(['source']);
    const screening = await file(s.lz_chengzhong, { campaignId: c, regionCode: '450202', problemType: 'zero_copay', title: 'x', source: 'screening' }).expect(
      400,
    );
    expect(fields(screening)).toEqual(['source']);
    const upward = await file(s.lz_chengzhong, { campaignId: c, regionCode: '450200', problemType: 'zero_copay', title: 'x' }).expect(400);
    expect(fields(upward)).toEqual(['regionCode']);
    const otherCity = await file(s.gl_city, { campaignId: c, regionCode: '450202', problemType: 'zero_copay', title: 'x' }).expect(400);
    expect(fields(otherCity)).toEqual(['regionCode']);
    const province = await file(s.gx_province, { campaignId: c, regionCode: '450000', problemType: 'zero_copay', title: 'x' }).expect(400);
    expect(fields(province)).toEqual(['regionCode']);
    const noCampaign = await file(s.lz_chengzhong, { campaignId: 999999, regionCode: '450202', problemType: 'zero_copay', title: 'x' }).expect(400);
    expect(fields(noCampaign)).toEqual(['campaignId']);
    await file(s.lz_inspector, { campaignId: c, regionCode: '450202', problemType: 'zero_copay', title: 'x' }).expect(403);
  });

  it('due dates: immediate = identified + the campaign’s days, transition = its transition date; earlier allowed, later refused', async () => {
    const c = await campaign();
    const immediate = await item(s.lz_chengzhong, { campaignId: c, regionCode: '450202', problemType: 'zero_copay', title: 'a', identifiedOn: '2026-03-10' });
    expect(immediate).toMatchObject({ identifiedOn: '2026-03-10', dueOn: '2026-04-09' });
    const found = await item(s.lz_chengzhong, { campaignId: c, regionCode: '450202', problemType: 'zero_copay', title: 'b' });
    expect(found).toMatchObject({ identifiedOn: today, dueOn: addDays(today, 30), overdue: false, daysLeft: 30 });
    const transition = await item(s.lz_chengzhong, {
      campaignId: c,
      regionCode: '450202',
      problemType: 'widened_scope',
      title: 'c',
      identifiedOn: '2026-03-10',
    });
    expect(transition.dueOn).toBe('2030-12-31');
    const earlier = await item(s.lz_chengzhong, {
      campaignId: c,
      regionCode: '450202',
      problemType: 'zero_copay',
      title: 'd',
      identifiedOn: '2026-03-10',
      dueOn: '2026-03-20',
    });
    expect(earlier.dueOn).toBe('2026-03-20');
    const later = await file(s.lz_chengzhong, {
      campaignId: c,
      regionCode: '450202',
      problemType: 'zero_copay',
      title: 'e',
      identifiedOn: '2026-03-10',
      dueOn: '2026-04-10',
    }).expect(400);
    expect(fields(later)).toEqual(['dueOn']);
    const future = await file(s.lz_chengzhong, {
      campaignId: c,
      regionCode: '450202',
      problemType: 'zero_copay',
      title: 'f',
      identifiedOn: addDays(today, 1),
    }).expect(400);
    expect(fields(future)).toEqual(['identifiedOn']);
    // a PATCH may move the deadline earlier, never past the default
    await t.as(s.lz_chengzhong).patch(`/api/rectification-items/${transition.id}`).send({ dueOn: '2031-01-01', version: 1 }).expect(400);
    const moved = await t.as(s.lz_chengzhong).patch(`/api/rectification-items/${transition.id}`).send({ dueOn: '2030-06-30', version: 1 }).expect(200);
    expect(moved.body).toMatchObject({ dueOn: '2030-06-30', version: 2 });
    // overdue: not finished and today after dueOn
    const old = await item(s.lz_chengzhong, { campaignId: c, regionCode: '450202', problemType: 'zero_copay', title: 'g', identifiedOn: '2020-01-01' });
    expect(old).toMatchObject({ dueOn: '2020-01-31', overdue: true });
    expect(old.daysLeft).toBeLessThan(0);
  });

  it('closure: refused without evidence (attachments) and with an open sub-task (subTasks); closed only by the level above', async () => {
    const c = await campaign();
    const it1 = await item(s.lz_city, { campaignId: c, regionCode: '450202', problemType: 'extra_layer', title: '叠床架屋' });
    await act(s.lz_city, it1.id, 'start', { version: 1 }).expect(403); // the filer above does not rectify
    await act(s.lz_chengzhong, it1.id, 'start', { version: 1 }).expect(200);
    const noEvidence = await act(s.lz_chengzhong, it1.id, 'request_closure', { version: 2 }).expect(400);
    expect(fields(noEvidence)).toEqual(['attachments']);
    await attach(s.lz_city, it1.id).expect(403); // evidence is the unit's
    const evidence = await attach(s.lz_chengzhong, it1.id).expect(201);
    // the evidence is in scope exactly when its item is
    await t.as(s.lz_city).get(`/api/attachments/${evidence.body.id}/content`).expect(200);
    await t.as(s.gl_city).get(`/api/attachments/${evidence.body.id}/content`).expect(404);
    await t.as(s.gl_city).get(`/api/rectification-items/${it1.id}/attachments`).expect(404);
    const openTask = await act(s.lz_chengzhong, it1.id, 'request_closure', { version: 2 }).expect(400);
    expect(fields(openTask)).toEqual(['subTasks']);
    expect(openTask.body.message.join()).toContain('资金并转、政策对接、管理衔接');
    const partly = await t
      .as(s.lz_chengzhong)
      .patch(`/api/rectification-items/${it1.id}`)
      .send({
        subTasks: { fund_transfer: { status: 'done', note: '资金已并入医疗救助基金' }, policy_alignment: { status: 'done', doneOn: '2026-01-15' } },
        version: 2,
      })
      .expect(200);
    expect(partly.body.subTasks).toEqual({
      fund_transfer: { status: 'done', note: '资金已并入医疗救助基金', doneOn: today },
      policy_alignment: { status: 'done', note: null, doneOn: '2026-01-15' },
      management_handover: { status: 'pending', note: null, doneOn: null },
    });
    const stillOpen = await act(s.lz_chengzhong, it1.id, 'request_closure', { version: 3 }).expect(400);
    expect(stillOpen.body.message.join()).toContain('管理衔接');
    await t
      .as(s.lz_chengzhong)
      .patch(`/api/rectification-items/${it1.id}`)
      .send({ subTasks: { management_handover: { status: 'done' } }, version: 3 })
      .expect(200);
    const requested = await act(s.lz_chengzhong, it1.id, 'request_closure', { version: 4 }).expect(200);
    expect(requested.body).toMatchObject({ state: 'closure_requested', attachmentCount: 1, editable: false });
    // frozen while the level above verifies
    await attach(s.lz_chengzhong, it1.id).expect(409);
    await t.as(s.lz_chengzhong).patch(`/api/rectification-items/${it1.id}`).send({ measures: 'x', version: 5 }).expect(409);

    // it waits in its city's inbox for 销号
    const inbox = await t.as(s.lz_city).get('/api/inbox?resource=rectification-items').expect(200);
    expect(inbox.body).toContainEqual(
      expect.objectContaining({ resource: 'rectification-items', id: it1.id, state: 'closure_requested', actions: ['close', 'return'] }),
    );
    await act(s.lz_chengzhong, it1.id, 'close', { version: 5 }).expect(403); // the unit never closes its own item
    await act(s.gl_city, it1.id, 'close', { version: 5 }).expect(404); // another city does not see it
    await act(s.gx_province, it1.id, 'close', { version: 5 }).expect(403); // two levels up: not its verifier
    const returned = await act(s.lz_city, it1.id, 'return', { version: 5 }).expect(400);
    expect(fields(returned)).toEqual(['comment']);
    await act(s.lz_city, it1.id, 'return', { comment: '佐证不足，请补充文件', version: 5 }).expect(200);
    await act(s.lz_chengzhong, it1.id, 'request_closure', { version: 6 }).expect(200);
    const closed = await act(s.lz_city, it1.id, 'close', { version: 7 }).expect(200);
    expect(closed.body).toMatchObject({ state: 'closed', overdue: false, daysLeft: null, actions: [] });
    expect(closed.body.closedAt).toEqual(expect.any(String));

    // an immediate item of a city is closed by the province
    const cityItem = await item(s.lz_city, { campaignId: c, regionCode: '450200', problemType: 'zero_contribution', title: '市本级零缴费' });
    await act(s.lz_city, cityItem.id, 'start', { version: 1 }).expect(200);
    await attach(s.lz_city, cityItem.id).expect(201);
    await act(s.lz_city, cityItem.id, 'request_closure', { version: 2 }).expect(200);
    await act(s.lz_city, cityItem.id, 'close', { version: 3 }).expect(403);
    await act(s.gx_province, cityItem.id, 'close', { version: 3 }).expect(200);
    await t.as(s.lz_chengzhong).get(`/api/rectification-items/${cityItem.id}`).expect(404);
    await t.as(s.lz_chengzhong).get(`/api/rectification-items/${cityItem.id}/attachments`).expect(404);

    // dismissing is the level above's, with a reason
    const wrong = await item(s.lz_chengzhong, { campaignId: c, regionCode: '450202', problemType: 'zero_copay', title: '误报' });
    await act(s.lz_chengzhong, wrong.id, 'dismiss', { comment: '不是问题', version: 1 }).expect(403);
    await act(s.lz_city, wrong.id, 'dismiss', { version: 1 }).expect(400);
    expect((await act(s.lz_city, wrong.id, 'dismiss', { comment: '经核实为医疗救助正常待遇', version: 1 }).expect(200)).body.state).toBe('dismissed');
  });

  it('an extension moves dueOn only when granted; the requested date is the action’s payload, checked and kept in the history', async () => {
    const c = await campaign();
    const x = await item(s.lz_chengzhong, { campaignId: c, regionCode: '450202', problemType: 'zero_copay', title: '延期', identifiedOn: '2026-03-10' });
    expect(x.dueOn).toBe('2026-04-09');
    await act(s.lz_chengzhong, x.id, 'start', { version: 1 }).expect(200);
    const missing = await act(s.lz_chengzhong, x.id, 'request_extension', { comment: '需跨预算年度', version: 2 }).expect(400);
    expect(fields(missing)).toEqual(['dueOn']);
    const notLater = await act(s.lz_chengzhong, x.id, 'request_extension', { comment: '需跨预算年度', dueOn: '2026-04-09', version: 2 }).expect(400);
    expect(fields(notLater)).toEqual(['dueOn']);
    const notADate = await act(s.lz_chengzhong, x.id, 'request_extension', { comment: '需跨预算年度', dueOn: '2026-04-31', version: 2 }).expect(400);
    expect(fields(notADate)).toEqual(['dueOn']);
    const noComment = await act(s.lz_chengzhong, x.id, 'request_extension', { dueOn: '2026-06-30', version: 2 }).expect(400);
    expect(fields(noComment)).toEqual(['comment']);
    // another action takes no payload
    const stray = await act(s.lz_chengzhong, x.id, 'request_closure', { dueOn: '2026-06-30', version: 2 }).expect(400);
    expect(fields(stray)).toEqual(['dueOn']);

    const requested = await act(s.lz_chengzhong, x.id, 'request_extension', { comment: '需跨预算年度', dueOn: '2026-06-30', version: 2 }).expect(200);
    expect(requested.body).toMatchObject({ state: 'extension_requested', dueOn: '2026-04-09', requestedDueOn: '2026-06-30', continuing: false });
    await act(s.lz_chengzhong, x.id, 'grant_extension', { version: 3 }).expect(403);
    const refused = await act(s.lz_city, x.id, 'refuse_extension', { comment: '请按期完成', version: 3 }).expect(200);
    expect(refused.body).toMatchObject({ state: 'rectifying', dueOn: '2026-04-09', requestedDueOn: null, continuing: false });

    await act(s.lz_chengzhong, x.id, 'request_extension', { comment: '资金并转需下一预算年度', dueOn: '2026-07-31', version: 4 }).expect(200);
    const granted = await act(s.lz_city, x.id, 'grant_extension', { version: 5 }).expect(200);
    expect(granted.body).toMatchObject({ state: 'rectifying', dueOn: '2026-07-31', requestedDueOn: null, continuing: true });
    // within the granted deadline a unit may set it again; past it, only another extension
    await t.as(s.lz_chengzhong).patch(`/api/rectification-items/${x.id}`).send({ dueOn: '2026-07-31', version: 6 }).expect(200);
    const past = await t.as(s.lz_chengzhong).patch(`/api/rectification-items/${x.id}`).send({ dueOn: '2026-08-01', version: 6 }).expect(400);
    expect(fields(past)).toEqual(['dueOn']);

    const history = await t.as(s.lz_city).get(`/api/rectification-items/${x.id}/history`).expect(200);
    expect(history.body.map((h: { action: string; payload: unknown }) => [h.action, h.payload])).toEqual([
      ['start', null],
      ['request_extension', { dueOn: '2026-06-30' }],
      ['refuse_extension', null],
      ['request_extension', { dueOn: '2026-07-31' }],
      ['grant_extension', null],
    ]);
    const audit = await t.as(s.auditor).get(`/api/audit-logs?resource=rectification-items&resourceId=${x.id}&action=workflow:request_extension`).expect(200);
    expect(audit.body.map((a: { after: { payload?: unknown } }) => a.after.payload)).toEqual([{ dueOn: '2026-07-31' }, { dueOn: '2026-06-30' }]);
  });

  it('挂牌督办: the province supervises an open item with a letter — audited, shown and filterable; nobody else may', async () => {
    const c = await campaign();
    const overdue = await item(s.lz_chengzhong, {
      campaignId: c,
      regionCode: '450202',
      problemType: 'zero_copay',
      title: '逾期未改',
      identifiedOn: '2020-01-01',
    });
    const other = await item(s.lz_chengzhong, { campaignId: c, regionCode: '450202', problemType: 'zero_copay', title: '按期整改' });
    await t.as(s.lz_city).post(`/api/rectification-items/${overdue.id}/supervise`).send({ letterNo: '柳医保督〔2026〕1号' }).expect(403);
    const noLetter = await t.as(s.gx_province).post(`/api/rectification-items/${overdue.id}/supervise`).send({ comment: 'x' }).expect(400);
    expect(fields(noLetter)).toEqual(['letterNo']);
    const done = await t
      .as(s.gx_province)
      .post(`/api/rectification-items/${overdue.id}/supervise`)
      .send({ letterNo: '桂医保督〔2026〕3号', comment: '逾期未整改，挂牌督办' })
      .expect(200);
    expect(done.body).toMatchObject({
      supervised: true,
      supervision: { letterNo: '桂医保督〔2026〕3号', comment: '逾期未整改，挂牌督办', by: 'gx_province' },
      version: 2,
    });
    expect((await show(s.lz_chengzhong, overdue.id)).supervised).toBe(true);
    await t.as(s.gx_province).post(`/api/rectification-items/${overdue.id}/supervise`).send({ letterNo: '再次' }).expect(409);

    const supervised = await t.as(s.gx_province).get(`/api/rectification-items?campaignId=${c}&supervised=true`).expect(200);
    expect(supervised.body.map((i: { id: number }) => i.id)).toEqual([overdue.id]);
    const notSupervised = await t.as(s.gx_province).get(`/api/rectification-items?campaignId=${c}&supervised=false`).expect(200);
    expect(notSupervised.body.map((i: { id: number }) => i.id)).toEqual([other.id]);
    const audit = await t.as(s.auditor).get(`/api/audit-logs?resource=rectification-items&resourceId=${overdue.id}&action=supervise`).expect(200);
    expect(audit.body).toHaveLength(1);
    expect(audit.body[0]).toMatchObject({ username: 'gx_province', after: { supervised: true, letterNo: '桂医保督〔2026〕3号' } });

    const dismissed = await item(s.lz_chengzhong, { campaignId: c, regionCode: '450202', problemType: 'zero_copay', title: '已排除' });
    await act(s.lz_city, dismissed.id, 'dismiss', { comment: '经核实不属于过度保障', version: 1 }).expect(200);
    await t.as(s.gx_province).post(`/api/rectification-items/${dismissed.id}/supervise`).send({ letterNo: '桂医保督〔2026〕4号' }).expect(409);
  });

  it('the list filters on campaign, category, type, state, overdue, supervised, source, region and q — within the caller’s scope', async () => {
    const c = await campaign();
    const a = await item(s.lz_chengzhong, {
      campaignId: c,
      regionCode: '450202',
      problemType: 'zero_copay',
      title: '城中区零自付',
      identifiedOn: '2020-01-01',
    });
    const b = await item(s.lz_city, {
      campaignId: c,
      regionCode: '450202',
      problemType: 'widened_scope',
      title: '扩大受益范围',
      sourceRef: '柳医保〔2026〕9号',
    });
    const d = await item(s.gx_province, { campaignId: c, regionCode: '450300', problemType: 'beyond_catalogue', title: '桂林突破目录' });
    await act(s.lz_chengzhong, b.id, 'start', { version: 1 }).expect(200);
    const ids = async (who: Session, query: string) => {
      const res = await t.as(who).get(`/api/rectification-items?campaignId=${c}&${query}`).expect(200);
      expect(res.headers['x-total-count']).toBe(String(res.body.length));
      return res.body.map((i: { id: number }) => i.id).sort((x: number, y: number) => x - y);
    };
    expect(await ids(s.gx_province, '')).toEqual([a.id, b.id, d.id]);
    expect(await ids(s.gx_province, 'category=transition')).toEqual([b.id]);
    expect(await ids(s.gx_province, 'problemType=beyond_catalogue')).toEqual([d.id]);
    expect(await ids(s.gx_province, 'state=rectifying')).toEqual([b.id]);
    expect(await ids(s.gx_province, 'overdue=true')).toEqual([a.id]);
    expect(await ids(s.gx_province, 'overdue=false')).toEqual([b.id, d.id]);
    expect(await ids(s.gx_province, 'source=assigned')).toEqual([b.id, d.id]);
    expect(await ids(s.gx_province, 'source=self_check')).toEqual([a.id]);
    expect(await ids(s.gx_province, 'scope=450300')).toEqual([d.id]);
    expect(await ids(s.gx_province, 'scope=450200')).toEqual([a.id, b.id]);
    expect(await ids(s.gx_province, 'regionCode=450300')).toEqual([d.id]);
    expect(await ids(s.gx_province, `q=${encodeURIComponent('零自付')}`)).toEqual([a.id]);
    expect(await ids(s.gx_province, `q=${encodeURIComponent('9号')}`)).toEqual([b.id]);
    // scope: a city sees its own counties only, an inspector reads its city
    expect(await ids(s.lz_city, '')).toEqual([a.id, b.id]);
    expect(await ids(s.gl_city, '')).toEqual([d.id]);
    expect(await ids(s.lz_inspector, '')).toEqual([a.id, b.id]);
    expect(await ids(s.lz_city, 'scope=450300')).toEqual([]);
    await t.as(s.gl_city).get(`/api/rectification-items/${a.id}`).expect(404);
    await t.as(s.gl_city).get(`/api/rectification-items/${a.id}/history`).expect(404);
    await t.as(s.gl_city).patch(`/api/rectification-items/${a.id}`).send({ title: 'x', version: 1 }).expect(404);
    await t.as(s.lz_chengzhong).get(`/api/rectification-items/${d.id}`).expect(404);
    // unknown filters and bad values are 400s, never a 500
    await t.as(s.gx_province).get('/api/rectification-items?color=red').expect(400);
    await t.as(s.gx_province).get('/api/rectification-items?scope=abc').expect(400);
    await t.as(s.gx_province).get('/api/rectification-items?overdue=maybe').expect(400);
    const page = await t.as(s.gx_province).get(`/api/rectification-items?campaignId=${c}&_sort=dueOn&_order=desc&_start=0&_end=2`).expect(200);
    expect(page.headers['x-total-count']).toBe('3');
    expect(page.body).toHaveLength(2);
  });

  it('edits: by its unit only, while identified or rectifying, versioned; sub-tasks only on transition items', async () => {
    const c = await campaign();
    const x = await item(s.lz_city, { campaignId: c, regionCode: '450202', problemType: 'zero_copay', title: '交办事项' });
    await t.as(s.lz_city).patch(`/api/rectification-items/${x.id}`).send({ measures: '由市里改', version: 1 }).expect(403);
    await t.as(s.gx_province).patch(`/api/rectification-items/${x.id}`).send({ measures: 'x', version: 1 }).expect(403);
    const edited = await t
      .as(s.lz_chengzhong)
      .patch(`/api/rectification-items/${x.id}`)
      .send({ measures: '废止县级文件', amount: 1250000, version: 1 })
      .expect(200);
    expect(edited.body).toMatchObject({ measures: '废止县级文件', amount: 1250000, version: 2, editable: true });
    await t.as(s.lz_chengzhong).patch(`/api/rectification-items/${x.id}`).send({ measures: '旧版本', version: 1 }).expect(409);
    const subTasks = await t
      .as(s.lz_chengzhong)
      .patch(`/api/rectification-items/${x.id}`)
      .send({ subTasks: { fund_transfer: { status: 'done' } }, version: 2 })
      .expect(400);
    expect(fields(subTasks)).toEqual(['subTasks']);
    const bad = await t
      .as(s.lz_chengzhong)
      .patch(`/api/rectification-items/${x.id}`)
      .send({ title: null, amount: -1, affectedPersons: 1.5, responsibleRole: '局长', version: 2 })
      .expect(400);
    expect(fields(bad).sort()).toEqual(['affectedPersons', 'amount', 'responsibleRole', 'title']);
    const t2 = await item(s.lz_chengzhong, { campaignId: c, regionCode: '450202', problemType: 'special_treatment', title: '特惠保障' });
    const unknownTask = await t
      .as(s.lz_chengzhong)
      .patch(`/api/rectification-items/${t2.id}`)
      .send({ subTasks: { audit: { status: 'done' } }, version: 1 })
      .expect(400);
    expect(fields(unknownTask)).toEqual(['subTasks.audit']);
    const futureDone = await t
      .as(s.lz_chengzhong)
      .patch(`/api/rectification-items/${t2.id}`)
      .send({ subTasks: { fund_transfer: { status: 'done', doneOn: addDays(today, 2) } }, version: 1 })
      .expect(400);
    expect(fields(futureDone)).toEqual(['subTasks.fund_transfer.doneOn']);
  });

  it('the responsible person comes from the unit’s approved responsibility table of the item’s year (typed once)', async () => {
    const c = await campaign();
    const x = await item(s.lz_chengzhong, {
      campaignId: c,
      regionCode: '450202',
      problemType: 'zero_copay',
      title: '责任人',
      identifiedOn: '2026-03-10',
      responsibleRole: '经办机构直接负责人',
    });
    expect(x).toMatchObject({ responsibleRole: '经办机构直接负责人', responsiblePerson: null, responsibleContact: null });
    const table = await t.as(s.lz_chengzhong).post('/api/responsibility-tables').send({ regionCode: '450202', year: 2026 }).expect(201);
    const rows = RESPONSIBILITY_ROLES.map((role, i) => ({ role, name: `责任人${i}`, unit: '城中区医疗保障局', title: '科长', phone: '0772-2801234' }));
    await t.as(s.lz_chengzhong).patch(`/api/responsibility-tables/${table.body.id}`).send({ rows, version: 1 }).expect(200);
    await t.as(s.lz_chengzhong).post(`/api/responsibility-tables/${table.body.id}/actions/submit`).send({ version: 2 }).expect(200);
    expect((await show(s.lz_chengzhong, x.id)).responsiblePerson).toBeNull(); // submitted, not yet approved
    await t.as(s.lz_city).post(`/api/responsibility-tables/${table.body.id}/actions/approve`).send({ version: 3 }).expect(200);
    const named = await show(s.lz_city, x.id);
    expect(named).toMatchObject({ responsiblePerson: '责任人4', responsibleContact: { unit: '城中区医疗保障局', title: '科长', phone: '0772-2801234' } });
    const listed = await t.as(s.lz_city).get(`/api/rectification-items?campaignId=${c}`).expect(200);
    expect(listed.body[0].responsiblePerson).toBe('责任人4');
  });
});

/** The seam the screening job (数据筛查) builds on: one open item per key, updated by a re-run; a recurrence after 销号 is new. */
describe('rectification items opened by screening', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-rectification-screening-'));
  const { t, s } = testAppWith(['gx_province', 'lz_city', 'lz_chengzhong'], { ATTACHMENT_DIR: dir });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a re-run updates the open item’s figures and creates nothing; after 销号 the same key opens a new item', async () => {
    const campaignId = await rectificationCampaign(t, s.gx_province);
    const province = await t.ds.getRepository(User).findOneByOrFail({ username: 'gx_province' });
    const job: Actor = {
      userId: province.id,
      username: province.username,
      role: 'province_supervisor',
      regionCode: '450000',
      scopePrefix: '45',
      sessionId: 'job',
      csrfToken: '',
      viaCookie: false,
      ip: null,
    };
    const items = t.app.get(RectificationItemsService);
    const finding = (affectedPersons: number, amount: number): ScreeningFinding => ({
      campaignId,
      regionCode: '450202',
      problemType: 'zero_copay',
      sourceRef: '450202:2026:zero_copay',
      title: '城中区 2026 年个人零自付结算',
      description: null,
      affectedPersons,
      amount,
      identifiedOn: '2026-03-10',
    });
    const run = (f: ScreeningFinding) => inTransaction(t.ds, (em) => items.openOrUpdateScreeningItem(em, job, f));

    const first = await run(finding(12, 340000));
    expect(first.created).toBe(true);
    const again = await run(finding(12, 340000));
    expect(again).toMatchObject({ created: false, item: { id: first.item.id, version: 1 } });
    const moreFound = await run(finding(15, 420000));
    expect(moreFound).toMatchObject({ created: false, item: { id: first.item.id, affectedPersons: 15, amount: 420000, version: 2 } });
    const shown = await t.as(s.lz_chengzhong).get(`/api/rectification-items/${first.item.id}`).expect(200);
    expect(shown.body).toMatchObject({
      source: 'screening',
      sourceRef: '450202:2026:zero_copay',
      category: 'immediate',
      dueOn: '2026-04-09',
      state: 'identified',
    });

    const act = (who: Session, action: string, version: number) =>
      t.as(who).post(`/api/rectification-items/${first.item.id}/actions/${action}`).send({ version }).expect(200);
    await act(s.lz_chengzhong, 'start', 2);
    await t.as(s.lz_chengzhong).post(`/api/rectification-items/${first.item.id}/attachments`).attach('file', PDF, '整改佐证.pdf').expect(201);
    await act(s.lz_chengzhong, 'request_closure', 3);
    await act(s.lz_city, 'close', 4);
    const recurrence = await run(finding(3, 90000));
    expect(recurrence.created).toBe(true);
    expect(recurrence.item.id).not.toBe(first.item.id);
    const listed = await t.as(s.gx_province).get(`/api/rectification-items?source=screening&campaignId=${campaignId}`).expect(200);
    expect(listed.body.map((i: { state: string }) => i.state).sort()).toEqual(['closed', 'identified']);
  });
});
