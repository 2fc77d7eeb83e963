import { NotificationRecord, NotificationSweepResult, RESPONSIBILITY_ROLES, ResponsibilityRow } from '@yibao/shared';
import { rectificationCampaign } from '../../../test/fixtures';
import { testAppWith } from '../../../test/harness';
import { JobsService } from '../jobs/jobs.service';
import { Notification } from './notification.entity';
import { NotificationsService } from './notifications.service';

const filled = (): ResponsibilityRow[] =>
  RESPONSIBILITY_ROLES.map((role, i) => ({ role, name: `干部${i + 1}`, unit: '城中区医疗保障局', title: '科长', phone: '0772-2801234' }));

/**
 * 站内消息 (issue 15): the workflow engine tells whoever can now act on a record and the filer of a returned one;
 * the daily sweep tells of deadlines once per user, record, kind and due date; each user reaches only their own.
 */
describe('notifications (站内消息)', () => {
  const { t, s } = testAppWith(['lz_city', 'gl_city', 'gx_province', 'lz_chengzhong', 'admin', 'auditor']);

  const act = (who: string, id: number, action: string, body: Record<string, unknown>) =>
    t.as(s[who]).post(`/api/responsibility-tables/${id}/actions/${action}`).send(body);
  /** A county table created and filled (version 2) by 城中区, submitted unless told not to (version 3). */
  const countyTable = async (year: number, submit = true): Promise<number> => {
    const id = (await t.as(s.lz_chengzhong).post('/api/responsibility-tables').send({ regionCode: '450202', year }).expect(201)).body.id;
    await t.as(s.lz_chengzhong).patch(`/api/responsibility-tables/${id}`).send({ rows: filled(), version: 1 }).expect(200);
    if (submit) await act('lz_chengzhong', id, 'submit', { version: 2 }).expect(200);
    return id;
  };
  const mine = async (who: string, query = ''): Promise<NotificationRecord[]> =>
    (await t.as(s[who]).get(`/api/notifications?_end=100&${query}`).expect(200)).body;
  const about = async (who: string, id: number, query = '') => (await mine(who, `resource=responsibility-tables&${query}`)).filter((n) => n.recordId === id);
  const unread = async (who: string): Promise<number> => (await t.as(s[who]).get('/api/notifications/unread-count').expect(200)).body.unread;

  it('a county submits its table: the city that approves it is told, not the province, another city or the filer', async () => {
    const id = await countyTable(2031);
    const told = await about('lz_city', id);
    expect(told).toEqual([
      expect.objectContaining({
        kind: 'awaiting_action',
        resource: 'responsibility-tables',
        recordId: id,
        title: expect.stringContaining('城中区'),
        body: expect.stringContaining('报送 (Submit)'),
        dueOn: null,
        readAt: null,
      }),
    ]);
    for (const who of ['gx_province', 'gl_city', 'lz_chengzhong']) expect(`${who}: ${(await about(who, id)).length}`).toBe(`${who}: 0`);
  });

  it('a return tells the filer, with the comment', async () => {
    const id = await countyTable(2032);
    await act('lz_city', id, 'return', { version: 3, comment: '请核实第3行联系电话' }).expect(200);
    expect(await about('lz_chengzhong', id)).toEqual([
      expect.objectContaining({ kind: 'returned', recordId: id, body: expect.stringMatching(/退回 \(Return\)[\s\S]*请核实第3行联系电话/) }),
    ]);
    // resubmitted, it arrives with the city once more: a second notification, not the first one again
    await act('lz_chengzhong', id, 'submit', { version: 4 }).expect(200);
    expect((await about('lz_city', id)).map((n) => n.kind)).toEqual(['awaiting_action', 'awaiting_action']);
  });

  it('a refused action tells no one', async () => {
    const id = await countyTable(2033, false);
    await act('lz_chengzhong', id, 'submit', { version: 1 }).expect(409);
    expect(await about('lz_city', id)).toEqual([]);
  });

  it('a rectification item opened for a county from an inspection finding tells the county; a refused opening tells no one', async () => {
    const campaignId = await rectificationCampaign(t, s.gx_province, { name: '过度保障问题专项治理（消息）' });
    const inspection = (
      await t
        .as(s.gx_province)
        .post('/api/inspections')
        .send({
          regionCode: '450202',
          kind: 'routine',
          title: '督导（消息）',
          plannedFrom: '2026-11-02',
          plannedTo: '2026-11-06',
          teamLeader: '李四',
          areas: ['rectification'],
        })
        .expect(201)
    ).body;
    await t.as(s.gx_province).post(`/api/inspections/${inspection.id}/actions/start`).send({ version: inspection.version }).expect(200);
    const finding = (
      await t
        .as(s.gx_province)
        .post('/api/inspection-findings')
        .send({ inspectionId: inspection.id, title: '零自付未清理（消息）', description: '抽查发现', area: 'rectification', severity: 'serious' })
        .expect(201)
    ).body;
    const items = async (who: string) => mine(who, 'resource=rectification-items');
    const open = (version: number) =>
      t.as(s.gx_province).post(`/api/inspection-findings/${finding.id}/open-rectification`).send({ campaignId, problemType: 'zero_copay', version });
    const countyBefore = (await items('lz_chengzhong')).length;
    // stale: the item is inserted and rolled back with its notification
    await open(finding.version + 5).expect(409);
    expect(await items('lz_chengzhong')).toHaveLength(countyBefore);

    const linked = (await open(finding.version).expect(200)).body;
    const told = (await items('lz_chengzhong')).filter((n) => n.recordId === linked.rectificationItemId);
    expect(told).toEqual([
      expect.objectContaining({
        kind: 'awaiting_action',
        title: expect.stringContaining('零自付未清理（消息）'),
        body: expect.stringContaining('新登记 (Filed)'),
      }),
    ]);
    // the item awaits the county's 开始整改: not the province that opened it, nor the city or another city
    for (const who of ['gx_province', 'lz_city', 'gl_city'])
      expect(`${who}: ${(await items(who)).filter((n) => n.recordId === linked.rectificationItemId).length}`).toBe(`${who}: 0`);
  });

  it('another user’s notification is 404, and lists hold only one’s own', async () => {
    const id = await countyTable(2034);
    const [n] = await about('lz_city', id);
    for (const who of ['lz_chengzhong', 'gl_city', 'auditor']) {
      await t.as(s[who]).post(`/api/notifications/${n.id}/read`).send({}).expect(404);
      expect((await mine(who)).map((x) => x.id)).not.toContain(n.id);
    }
    expect((await about('lz_city', id))[0].readAt).toBeNull();
    await t.as(s.lz_city).post('/api/notifications/99999999/read').send({}).expect(404);
    await t.as(s.lz_city).post('/api/notifications/abc/read').send({}).expect(400);
    // the writes take no body: any field is refused, named
    const withField = await t.as(s.lz_city).post(`/api/notifications/${n.id}/read`).send({ readAt: null }).expect(400);
    expect(withField.body.details).toEqual([expect.objectContaining({ field: 'readAt' })]);
    await t.as(s.lz_city).post('/api/notifications/read-all').send({ userId: 1 }).expect(400);
    await t.as(s.admin).post('/api/notification-sweeps').send({ now: '2030-01-01' }).expect(400);
    await t.as(s.lz_city).post('/api/notifications/read-all').send([{}]).expect(400);
  });

  it('counts the unread, marks one read (once), filters unread=true, and reads all', async () => {
    await countyTable(2035);
    await countyTable(2036);
    const before = await unread('lz_city');
    expect(before).toBeGreaterThanOrEqual(2);
    const filerUnread = await unread('lz_chengzhong');
    const [first] = await mine('lz_city', 'unread=true');
    const read = (await t.as(s.lz_city).post(`/api/notifications/${first.id}/read`).send({}).expect(200)).body as NotificationRecord;
    expect(read.readAt).not.toBeNull();
    expect(await unread('lz_city')).toBe(before - 1);
    const again = (await t.as(s.lz_city).post(`/api/notifications/${first.id}/read`).send({}).expect(200)).body as NotificationRecord;
    expect(again.readAt).toBe(read.readAt);
    expect((await mine('lz_city', 'unread=true')).map((n) => n.id)).not.toContain(first.id);
    expect((await mine('lz_city', 'unread=false')).map((n) => n.id)).toContain(first.id);
    const res = await t.as(s.lz_city).get('/api/notifications?unread=true&_end=1').expect(200);
    expect(Number(res.headers['x-total-count'])).toBe(before - 1);

    expect((await t.as(s.lz_city).post('/api/notifications/read-all').send({}).expect(200)).body).toEqual({ marked: before - 1 });
    expect(await unread('lz_city')).toBe(0);
    expect(await mine('lz_city', 'unread=true')).toEqual([]);
    // the others' are untouched
    expect(await unread('lz_chengzhong')).toBe(filerUnread);
    await t.as(s.auditor).post('/api/notifications/read-all').send({}).expect(200);
  });

  const sweep = async (): Promise<NotificationSweepResult> => {
    const started = await t.as(s.admin).post('/api/notification-sweeps').send({}).expect(202);
    await t.app.get(JobsService).settle(started.body.id);
    const job = (await t.as(s.admin).get(`/api/notification-sweeps/${started.body.id}`).expect(200)).body;
    expect(job.status).toBe('succeeded');
    return job.result;
  };

  it('the daily sweep tells each user once per record, kind and due date, however often it runs', async () => {
    // 柳州市's 2026 table, still a draft, was due on 12 April 2026; a second city officer shares the inbox
    const id = (await t.as(s.lz_city).post('/api/responsibility-tables').send({ regionCode: '450200', year: 2026 }).expect(201)).body.id;
    s.lz_city2 = await t.createAccount({ username: 'lz_city2', displayName: '柳州市医保局二', role: 'city_officer', regionCode: '450200' });
    const first = await sweep();
    expect(first.created).toBeGreaterThanOrEqual(2);
    const count = await t.ds.getRepository(Notification).count();
    for (const who of ['lz_city', 'lz_city2'])
      expect(await about(who, id)).toEqual([expect.objectContaining({ kind: 'overdue', dueOn: '2026-04-12', body: expect.stringContaining('2026-04-12') })]);
    expect(await about('gl_city', id)).toEqual([]);

    const second = await sweep();
    expect(second.created).toBe(0);
    expect(await t.ds.getRepository(Notification).count()).toBe(count);

    // the database refuses a repeat too, not only the sweep's look-up
    const [told] = await t.ds.getRepository(Notification).findBy({ userId: s.lz_city.userId, resource: 'responsibility-tables', recordId: id });
    const { id: _id, ...copy } = told;
    await expect(t.ds.getRepository(Notification).insert({ ...copy, readAt: null })).rejects.toThrow();
  });

  it('warns of a deadline within NOTIFICATION_DUE_SOON_DAYS (3) ahead, not before', async () => {
    // 柳州市's 2037 table is due on 12 April 2037
    const id = (await t.as(s.lz_city).post('/api/responsibility-tables').send({ regionCode: '450200', year: 2037 }).expect(201)).body.id;
    const service = t.app.get(NotificationsService);
    await service.sweep(new Date('2037-04-08T12:00:00+08:00'));
    expect(await about('lz_city', id)).toEqual([]);
    await service.sweep(new Date('2037-04-10T12:00:00+08:00'));
    await service.sweep(new Date('2037-04-11T12:00:00+08:00'));
    expect(await about('lz_city', id)).toEqual([expect.objectContaining({ kind: 'due_soon', dueOn: '2037-04-12' })]);
  });

  it('the scheduled run is a job of the one job runner, started by the platform itself', async () => {
    const job = await t.app.get(NotificationsService).startDailySweep();
    await t.app.get(JobsService).settle(job.id);
    const done = (await t.as(s.admin).get(`/api/notification-sweeps/${job.id}`).expect(200)).body;
    expect(done).toMatchObject({ status: 'succeeded', username: 'system', result: { inboxes: expect.any(Number) } });
    expect(done.result.inboxes).toBeGreaterThan(0);
  });

  it('purges notifications past NOTIFICATION_RETENTION_DAYS', async () => {
    const repo = t.ds.getRepository(Notification);
    const old = await repo.save(
      repo.create({
        userId: s.gl_city.userId,
        kind: 'awaiting_action',
        title: '旧消息',
        body: '旧',
        resource: 'responsibility-tables',
        recordId: 1,
        dueOn: null,
        createdAt: new Date(Date.now() - 181 * 86_400_000),
        readAt: null,
      }),
    );
    const result = await sweep();
    expect(result.purged).toBeGreaterThanOrEqual(1);
    expect(await repo.findOneBy({ id: old.id })).toBeNull();
  });
});
