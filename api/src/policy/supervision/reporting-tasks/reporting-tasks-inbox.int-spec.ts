import { chinaDate, InboxItem, NotificationRecord, ReportingTaskRecord } from '@yibao/shared';
import { testAppWith } from '../../../../test/harness';
import { NotificationsService } from '../../../platform/notifications/notifications.service';
import { ReportingTask } from './reporting-task.entity';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/**
 * 报送任务 in the 待办 (issue 15): a task not yet received awaits its filing unit from the start of its period, due at
 * the end of its due day (China time); received, it leaves. The daily sweep reads the inbox, so it tells the filing
 * unit of an overdue task once. Last year's tasks are always overdue and next year's not begun, whatever the date.
 */
describe('reporting tasks in the inbox and the deadline sweep', () => {
  const { t, s } = testAppWith(['lz_chengzhong', 'lz_city']);
  const year = Number(chinaDate(new Date()).slice(0, 4));
  const [last, next] = [year - 1, year + 1];

  const inbox = async (who: string): Promise<InboxItem[]> =>
    (await t.as(s[who]).get('/api/inbox?resource=reporting-tasks&_sort=dueAt&_order=asc&_end=200').expect(200)).body;
  const task = async (who: string, duty: string, regionCode: string, period: string): Promise<ReportingTaskRecord> => {
    const res = await t.as(s[who]).get(`/api/reporting-tasks?duty=${duty}&regionCode=${regionCode}&period=${period}`).expect(200);
    expect(res.body).toHaveLength(1);
    return res.body[0];
  };
  const told = async (who: string, id: number): Promise<NotificationRecord[]> =>
    ((await t.as(s[who]).get('/api/notifications?resource=reporting-tasks&_end=100').expect(200)).body as NotificationRecord[]).filter(
      (n) => n.recordId === id,
    );

  it('a county’s pending quarterly report is its 待办 with its due date, told once by the sweep, gone once received', async () => {
    const quarterly = await task('lz_chengzhong', 'quarterly_statistics', '450202', `${last}-Q2`);
    const roster = await task('lz_chengzhong', 'roster_comparison', '450202', `${last}-05`);
    await task('lz_chengzhong', 'quarterly_statistics', '450202', `${next}-Q1`);
    await task('lz_city', 'quarterly_statistics', '450200', `${last}-Q2`);

    const items = await inbox('lz_chengzhong');
    expect(items.find((i) => i.id === quarterly.id)).toEqual(
      expect.objectContaining({
        resource: 'reporting-tasks',
        regionCode: '450202',
        title: `城中区 ${last}-Q2 季度调度统计`,
        state: 'overdue',
        // due at the end of 15 July, Beijing time
        dueAt: `${last}-07-15T15:59:59.999Z`,
        overdue: true,
        actions: ['submit'],
      }),
    );
    // a duty the product fulfils itself (a roster import) awaits the county too, with nothing to submit here
    expect(items.find((i) => i.id === roster.id)).toEqual(expect.objectContaining({ dueAt: `${last}-06-10T15:59:59.999Z`, actions: [] }));
    // only the county's own tasks, and none of a period not yet begun
    expect(items.every((i) => i.regionCode === '450202')).toBe(true);
    expect(items.some((i) => i.title.startsWith(`城中区 ${next}`))).toBe(false);
    // the city's own task is the city's
    expect((await inbox('lz_city')).map((i) => i.regionCode)).toContain('450200');
    expect((await inbox('lz_city')).map((i) => i.regionCode)).not.toContain('450202');

    // the sweep tells the county once, however often it runs; the city is not told of the county's task
    const sweeps = t.app.get(NotificationsService);
    await sweeps.sweep();
    await sweeps.sweep();
    expect(await told('lz_chengzhong', quarterly.id)).toEqual([
      expect.objectContaining({ kind: 'overdue', dueOn: `${last}-07-15`, title: `城中区 ${last}-Q2 季度调度统计` }),
    ]);
    expect(await told('lz_city', quarterly.id)).toEqual([]);

    // received: gone from the 待办, and the next sweep tells no more of it
    await t.as(s.lz_chengzhong).post(`/api/reporting-tasks/${quarterly.id}/attachments`).attach('file', PDF, '季度调度统计.pdf').expect(201);
    await t.as(s.lz_chengzhong).post(`/api/reporting-tasks/${quarterly.id}/submit`).send({ version: quarterly.version }).expect(200);
    expect((await inbox('lz_chengzhong')).map((i) => i.id)).not.toContain(quarterly.id);
    await sweeps.sweep();
    expect(await told('lz_chengzhong', quarterly.id)).toHaveLength(1);
  });
});

describe('reporting tasks reach the inbox when nobody opened the reporting pages', () => {
  const { t, s } = testAppWith(['lz_chengzhong']);
  const year = chinaDate(new Date()).slice(0, 4);

  it('the first read of the year is the county’s inbox (or the sweep): its begun tasks are there', async () => {
    expect(await t.ds.getRepository(ReportingTask).count()).toBe(0);
    const items: InboxItem[] = (await t.as(s.lz_chengzhong).get('/api/inbox?resource=reporting-tasks&_end=200').expect(200)).body;
    // this month's roster comparison has begun, whatever the date
    expect(items.map((i) => i.title)).toContain(`城中区 ${chinaDate(new Date()).slice(0, 7)} 按月比对`);
    expect(items.every((i) => i.regionCode === '450202')).toBe(true);
    expect(await t.ds.getRepository(ReportingTask).countBy({ period: year })).toBeGreaterThan(0);
  });
});
