import type { InboxItem, InboxSummary } from '@yibao/shared';
import { idFor, testAppWith } from '../../../../test/harness';
import { importedRoster } from '../../../../test/fixtures';

/**
 * Issue 13 item 7: the county's 待办 said 0 while its verification tasks with deadlines were open. An open task
 * awaits whoever closes it (taskCloser): the county, or for a duplicate the level that sees both ledgers.
 */
describe('verification tasks in the inbox (待办)', () => {
  const { t, s } = testAppWith(['lz_chengzhong', 'lz_city', 'gx_province']);

  const upload = (who: string, month: string, rows: string[][]) => importedRoster(t, s[who], month, rows);
  const inbox = async (who: string, query: string) => {
    const res = await t.as(s[who]).get(`/api/inbox?${query}`).expect(200);
    return { items: res.body as InboxItem[], total: Number(res.headers['x-total-count']) };
  };
  const summary = async (who: string) => (await t.as(s[who]).get('/api/inbox/summary').expect(200)).body as InboxSummary;

  it("the county's open tasks are its 待办, counted, paged and sorted by deadline; closed ones leave it", async () => {
    // five people new in May (deadline 30 June), one in March (deadline 30 April)
    await upload(
      'lz_chengzhong',
      '2026-05',
      [1, 2, 3, 4, 5].map((n) => [idFor('450202', '19800101', n), `待${n}`, '450202', '脱贫人口', '民政', '在册']),
    );
    await upload('lz_chengzhong', '2026-03', [[idFor('450202', '19800101', 6), '待6', '450202', '脱贫人口', '民政', '在册']]);

    const counts = await summary('lz_chengzhong');
    expect(counts.counts['verification-tasks']).toBe(6);
    expect(counts.total).toBeGreaterThanOrEqual(6);
    const all = await inbox('lz_chengzhong', 'resource=verification-tasks&_sort=dueAt&_order=asc&_end=200');
    expect(all.total).toBe(6);
    expect(all.items[0]).toMatchObject({ title: expect.stringMatching(/2026-03 新增：待6/), dueAt: '2026-04-30T15:59:59.999Z', actions: ['close'] });
    expect(all.items.slice(1).every((i) => i.dueAt === '2026-06-30T15:59:59.999Z')).toBe(true);
    // paged in SQL: two pages of three are the one big page
    const pages = [...(await inbox('lz_chengzhong', 'resource=verification-tasks&_sort=dueAt&_order=asc&_end=3')).items];
    pages.push(...(await inbox('lz_chengzhong', 'resource=verification-tasks&_sort=dueAt&_order=asc&_start=3&_end=6')).items);
    expect(pages.map((i) => i.id)).toEqual(all.items.map((i) => i.id));
    // overdue in SQL agrees with each task's own flag
    const late = await inbox('lz_chengzhong', 'resource=verification-tasks&overdue=true&_end=200');
    const tasks = (await t.as(s.lz_chengzhong).get('/api/verification-tasks?open=true&overdue=true&_end=200').expect(200)).body as Array<{ id: number }>;
    expect(late.items.map((i) => i.id).sort()).toEqual(tasks.map((x) => x.id).sort());

    // the levels above read these tasks but do not close them: not in their inbox
    expect((await summary('lz_city')).counts['verification-tasks']).toBe(0);
    expect((await summary('gx_province')).counts['verification-tasks']).toBe(0);

    const first = all.items[0];
    await t.as(s.lz_chengzhong).post(`/api/verification-tasks/${first.id}/close`).send({ outcome: 'corrected', version: first.version }).expect(200);
    expect((await summary('lz_chengzhong')).counts['verification-tasks']).toBe(5);
  });

  it('a duplicate awaits the level that sees both ledgers, not the county that found it', async () => {
    s.lz_yufeng = await t.createAccount({ username: 'lz_yufeng', displayName: '鱼峰区医保局', role: 'county_officer', regionCode: '450203' });
    const twice = idFor('450202', '19800101', 50);
    await upload('lz_chengzhong', '2026-07', [[twice, '重一', '450202', '脱贫人口', '民政', '在册']]);
    const before = { city: (await summary('lz_city')).counts['verification-tasks'], yufeng: (await summary('lz_yufeng')).counts['verification-tasks'] };
    await upload('lz_yufeng', '2026-07', [[twice, '重一', '450203', '脱贫人口', '民政', '在册']]);
    const cityItems = await inbox('lz_city', 'resource=verification-tasks&_end=200');
    expect(cityItems.items).toEqual([expect.objectContaining({ regionCode: '450203', title: expect.stringMatching(/重复/), actions: ['close'] })]);
    expect((await summary('lz_city')).counts['verification-tasks']).toBe(before.city + 1);
    expect((await summary('lz_yufeng')).counts['verification-tasks']).toBe(before.yufeng);
  });
});
