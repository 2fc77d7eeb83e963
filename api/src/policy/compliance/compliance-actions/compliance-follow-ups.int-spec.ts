import { addDays, chinaDate, type ComplianceActionRecord, type InboxItem, type NotificationRecord, type WorkflowHistoryEntry } from '@yibao/shared';
import { rectificationCampaign } from '../../../../test/fixtures';
import { q, type Session, testAppWith } from '../../../../test/harness';
import { ComplianceAction } from './compliance-action.entity';
import { cellKey, ComplianceFollowUpsReader } from './compliance-follow-ups.reader';

/**
 * Follow-up on scorecard cells over HTTP (issue 18): comments, actions moved by the workflow engine with a comment on
 * every change (inbox and history from the engine), scope (404 out of it), who files (not a county) and who acts, the
 * rectification item opened from a cell, and the counts the scorecard reads.
 */
describe('compliance follow-ups (跟进事项与批注)', () => {
  const { t, s } = testAppWith(['gx_province', 'lz_city', 'gl_city', 'lz_chengzhong']);
  const today = chinaDate(new Date());
  const dueOn = addDays(today, 30);
  const cell = { regionCode: '450202', period: '2026-10', indicatorId: 'OVP-2' };
  const fields = (res: { body: { details?: Array<{ field: string }> } }) => (res.body.details ?? []).map((d) => d.field);

  const file = (who: Session, body: Record<string, unknown>) => t.as(who).post('/api/compliance-actions').send(body);
  const action = async (who: Session, body: Record<string, unknown> = {}): Promise<ComplianceActionRecord> =>
    (await file(who, { ...cell, title: '核查零自付结算', responsibleRegionCode: '450202', dueOn, ...body }).expect(201)).body;
  const act = (who: Session, id: number, name: string, body: Record<string, unknown>) =>
    t.as(who).post(`/api/compliance-actions/${id}/actions/${name}`).send(body);

  it('comments: anyone reading the cell adds one and lists the cell’s; a cell outside the region is not found (404)', async () => {
    const posted = await t
      .as(s.lz_city)
      .post('/api/compliance-comments')
      .send({ ...cell, period: '2026-09', text: '已交县局核实' })
      .expect(201);
    expect(posted.body).toMatchObject({ regionCode: '450202', period: '2026-09', indicatorId: 'OVP-2', text: '已交县局核实' });
    await t
      .as(s.lz_chengzhong)
      .post('/api/compliance-comments')
      .send({ ...cell, period: '2026-09', text: '县局已核实' })
      .expect(201);
    const listed = await t.as(s.lz_chengzhong).get('/api/compliance-comments?regionCode=450202&period=2026-09&indicatorId=OVP-2').expect(200);
    expect(listed.body.map((c: { text: string }) => c.text)).toEqual(['已交县局核实', '县局已核实']);
    expect(listed.headers['x-total-count']).toBe('2');
    // 桂林 neither sees nor comments on 柳州's cells
    const other = await t.as(s.gl_city).get('/api/compliance-comments?regionCode=450202&period=2026-09&indicatorId=OVP-2').expect(200);
    expect(other.body).toEqual([]);
    await t
      .as(s.gl_city)
      .post('/api/compliance-comments')
      .send({ ...cell, text: 'x' })
      .expect(404);
    // a county cannot comment on its city's row either
    await t
      .as(s.lz_chengzhong)
      .post('/api/compliance-comments')
      .send({ ...cell, regionCode: '450200', text: 'x' })
      .expect(404);
    const bad = await t
      .as(s.lz_city)
      .post('/api/compliance-comments')
      .send({ ...cell, period: '2026-13', indicatorId: 'XXX-1', text: '' })
      .expect(400);
    expect(fields(bad).sort()).toEqual(['indicatorId', 'period', 'text']);
    await t.as(s.lz_city).get('/api/compliance-comments?colour=red').expect(400);
  });

  it('actions: a county cannot file; the responsible region is the cell’s or above it, in the filer’s scope; out of scope → 404', async () => {
    await file(s.lz_chengzhong, { ...cell, title: 'x', responsibleRegionCode: '450202', dueOn }).expect(403);
    // 柳州 cannot name 桂林, nor a county under a city cell (the county would not see the cell it answers for)
    const outside = await file(s.lz_city, { ...cell, title: 'x', responsibleRegionCode: '450300', dueOn }).expect(400);
    expect(fields(outside)).toEqual(['responsibleRegionCode']);
    const below = await file(s.lz_city, { ...cell, regionCode: '450200', title: 'x', responsibleRegionCode: '450202', dueOn }).expect(400);
    expect(fields(below)).toEqual(['responsibleRegionCode']);
    const past = await file(s.lz_city, { ...cell, title: 'x', responsibleRegionCode: '450202', dueOn: '2020-01-01' }).expect(400);
    expect(fields(past)).toEqual(['dueOn']);
    await file(s.gl_city, { ...cell, title: 'x', responsibleRegionCode: '450300', dueOn }).expect(404);
    const filed = await action(s.gx_province, { responsibleRegionCode: '450200', reviewOn: addDays(today, 40) });
    expect(filed).toMatchObject({
      regionCode: '450202',
      responsibleRegionCode: '450200',
      responsibleRegionName: '柳州市',
      filedRegionCode: '450000',
      status: 'open',
      overdue: false,
      rectificationItemId: null,
    });
    await t.as(s.gl_city).get(`/api/compliance-actions/${filed.id}`).expect(404);
    await act(s.gl_city, filed.id, 'start', { comment: 'x', version: 1 }).expect(404);
    await t.as(s.gl_city).get(`/api/compliance-actions/${filed.id}/history`).expect(404);
    // the county reads the actions on its own cell
    await t.as(s.lz_chengzhong).get(`/api/compliance-actions/${filed.id}`).expect(200);
  });

  it('every status change needs a comment (400 naming it); the responsible unit starts and completes, the filer closes, cancels and reopens', async () => {
    const a = await action(s.lz_city);
    expect(a.actions).toEqual(['close', 'cancel']);
    // the responsible county finds it in its inbox, due on dueOn
    const inbox: InboxItem[] = (await t.as(s.lz_chengzhong).get('/api/inbox?resource=compliance-actions').expect(200)).body;
    const waiting = inbox.find((i) => i.id === a.id);
    expect(waiting).toMatchObject({ actions: ['start', 'complete'] });
    expect(waiting!.dueAt).toBe(new Date(`${dueOn}T23:59:59.999+08:00`).toISOString());
    // …and is told of it (站内消息 from the engine's listeners)
    const told: NotificationRecord[] = (await t.as(s.lz_chengzhong).get('/api/notifications?resource=compliance-actions').expect(200)).body;
    expect(told.filter((n) => n.recordId === a.id).map((n) => n.kind)).toEqual(['awaiting_action']);
    for (const [who, name] of [
      [s.lz_chengzhong, 'start'],
      [s.lz_chengzhong, 'complete'],
      [s.lz_city, 'cancel'],
      [s.lz_city, 'close'],
    ] as const) {
      for (const body of [{ version: 1 }, { comment: '   ', version: 1 }]) expect(fields(await act(who, a.id, name, body).expect(400))).toEqual(['comment']);
    }
    // the filer does not do the unit's work, the unit does not cancel its own task
    await act(s.lz_city, a.id, 'start', { comment: '开始', version: 1 }).expect(403);
    await act(s.lz_chengzhong, a.id, 'cancel', { comment: '不做了', version: 1 }).expect(403);
    const started = await act(s.lz_chengzhong, a.id, 'start', { comment: '已开始核查', version: 1 }).expect(200);
    expect(started.body).toMatchObject({ status: 'in_progress', version: 2 });
    const done = await act(s.lz_chengzhong, a.id, 'complete', { comment: '已清理县级文件', version: 2 }).expect(200);
    expect(done.body.status).toBe('done');
    await act(s.lz_city, a.id, 'reopen', { version: 3 }).expect(400);
    const reopened = await act(s.lz_city, a.id, 'reopen', { comment: '复核发现仍有零自付结算', version: 3 }).expect(200);
    expect(reopened.body.status).toBe('open');
    const cancelled = await act(s.lz_city, a.id, 'cancel', { comment: '并入整改事项', version: 4 }).expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    const history: WorkflowHistoryEntry[] = (await t.as(s.lz_city).get(`/api/compliance-actions/${a.id}/history`).expect(200)).body;
    expect(history.map((h) => [h.action, h.toState, h.comment])).toEqual([
      ['start', 'in_progress', '已开始核查'],
      ['complete', 'done', '已清理县级文件'],
      ['reopen', 'open', '复核发现仍有零自付结算'],
      ['cancel', 'cancelled', '并入整改事项'],
    ]);
  });

  it('lists per cell and per region with status and overdue; countsByCell counts open actions and comments per cell', async () => {
    const period = '2026-08';
    const open = await action(s.lz_city, { period, indicatorId: 'OVP-3' });
    const late = await action(s.lz_city, { period, indicatorId: 'OVP-3' });
    const finished = await action(s.lz_city, { period, indicatorId: 'OVP-3' });
    await act(s.lz_chengzhong, finished.id, 'complete', { comment: '已办结', version: 1 }).expect(200);
    await t.ds.query(`UPDATE compliance_actions SET ${q(t.ds, 'dueOn')} = '2020-01-01' WHERE id = ${late.id}`);
    await t.as(s.lz_city).post('/api/compliance-comments').send({ regionCode: '450202', period, indicatorId: 'OVP-3', text: '请县局说明' }).expect(201);
    const ids = async (query: string) =>
      (await t.as(s.lz_city).get(`/api/compliance-actions?${query}`).expect(200)).body
        .map((r: ComplianceActionRecord) => r.id)
        .sort((x: number, y: number) => x - y);
    expect(await ids(`regionCode=450202&period=${period}&indicatorId=OVP-3`)).toEqual([open.id, late.id, finished.id]);
    expect(await ids(`scope=450200&period=${period}&status=open`)).toEqual([open.id, late.id]);
    expect(await ids(`period=${period}&overdue=true`)).toEqual([late.id]);
    expect(await ids(`period=${period}&status=done`)).toEqual([finished.id]);
    expect((await t.as(s.gl_city).get(`/api/compliance-actions?period=${period}`).expect(200)).body).toEqual([]);
    const shown = (await t.as(s.lz_city).get(`/api/compliance-actions/${late.id}`).expect(200)).body;
    expect(shown.overdue).toBe(true);

    const counts = await t.app.get(ComplianceFollowUpsReader).countsByCell(['450202', '450203'], period, t.ds.manager);
    expect(counts.get(cellKey('450202', period, 'OVP-3'))).toEqual({ openActions: 2, comments: 1 });
    expect(counts.has(cellKey('450203', period, 'OVP-3'))).toBe(false);
    expect(await t.ds.getRepository(ComplianceAction).countBy({ period })).toBe(3);
  });

  it('an action may open a rectification item directly: source compliance, the cell as its sourceRef, its id on the action', async () => {
    const campaignId = await rectificationCampaign(t, s.gx_province, { name: '合规审计整改', immediateDays: 60 });
    const before = await t.ds.getRepository(ComplianceAction).count();
    // a refused item (unknown campaign) leaves neither item nor action
    const refused = await file(s.lz_city, {
      ...cell,
      title: '清理零自付',
      responsibleRegionCode: '450202',
      dueOn,
      rectification: { campaignId: 999999, problemType: 'zero_copay' },
    }).expect(400);
    expect(fields(refused)).toEqual(['campaignId']);
    expect(await t.ds.getRepository(ComplianceAction).count()).toBe(before);
    const badNested = await file(s.lz_city, { ...cell, title: 'x', responsibleRegionCode: '450202', dueOn, rectification: { campaignId: 'one' } }).expect(400);
    expect(fields(badNested).length).toBeGreaterThan(0);
    const a = await action(s.lz_city, { title: '清理城中区零自付政策', rectification: { campaignId, problemType: 'zero_copay' } });
    expect(a.rectificationItemId).toEqual(expect.any(Number));
    const item = (await t.as(s.lz_chengzhong).get(`/api/rectification-items/${a.rectificationItemId}`).expect(200)).body;
    expect(item).toMatchObject({
      regionCode: '450202',
      source: 'compliance',
      sourceRef: '450202:2026-10:OVP-2',
      title: '清理城中区零自付政策',
      problemType: 'zero_copay',
      dueOn,
      state: 'identified',
    });
  });
});
