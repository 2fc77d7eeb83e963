import type { InboxItem, InboxSummary } from '@yibao/shared';
import { testAppWith } from '../../../test/harness';

/**
 * The inbox follows the list contract: paged and counted in SQL over every approvable resource, sortable by
 * due date, filterable by overdue — so thousands of open records never load at once.
 */
describe('inbox (待办) as a list', () => {
  const { t, s } = testAppWith(['lz_city', 'gl_city', 'gx_province']);
  // 柳州市's responsibility tables waiting to be filed by the city: 2026 is past its due date (12 April)
  const drafts: Record<number, number> = {};

  beforeAll(async () => {
    for (const year of [2028, 2026, 2027]) {
      drafts[year] = (await t.as(s.lz_city).post('/api/responsibility-tables').send({ regionCode: '450200', year }).expect(201)).body.id;
    }
  });

  const list = async (who: string, query: string) => {
    const res = await t.as(s[who]).get(`/api/inbox?${query}`).expect(200);
    return { items: res.body as InboxItem[], total: Number(res.headers['x-total-count']) };
  };
  const ids = (items: InboxItem[]) => items.map((i) => `${i.resource}/${i.id}`);

  it('serves the records awaiting the caller page by page, the same rows as one big page, overdue first', async () => {
    const all = await list('lz_city', '_end=200');
    expect(all.total).toBe(all.items.length);
    expect(ids(all.items)).toEqual(expect.arrayContaining(Object.values(drafts).map((id) => `responsibility-tables/${id}`)));
    // overdue first, then the longest waiting
    const flags = all.items.map((i) => i.overdue);
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
    expect(all.items.find((i) => i.resource === 'responsibility-tables' && i.id === drafts[2026])).toMatchObject({
      overdue: true,
      dueAt: '2026-04-12T15:59:59.999Z',
      actions: ['submit'],
    });

    const paged: InboxItem[] = [];
    for (let start = 0; start < all.total; start += 2) {
      const page = await list('lz_city', `_start=${start}&_end=${start + 2}`);
      expect(page.total).toBe(all.total);
      expect(page.items.length).toBeLessThanOrEqual(2);
      paged.push(...page.items);
    }
    expect(ids(paged)).toEqual(ids(all.items));
  });

  it('sorts by due date in SQL, records without a deadline last', async () => {
    const { items } = await list('lz_city', 'resource=responsibility-tables&_sort=dueAt&_order=asc&_end=200');
    const due = items.map((i) => i.dueAt);
    const dated = due.filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort());
    expect(due.slice(dated.length).every((d) => d === null)).toBe(true);
    const order = items.map((i) => i.id);
    expect(order.indexOf(drafts[2026])).toBeLessThan(order.indexOf(drafts[2027]));
    expect(order.indexOf(drafts[2027])).toBeLessThan(order.indexOf(drafts[2028]));
    const desc = await list('lz_city', 'resource=responsibility-tables&_sort=dueAt&_order=desc&_end=200');
    expect(desc.items.map((i) => i.id)).toEqual([...order].reverse());
  });

  it('filters overdue in SQL, agreeing with each record’s own due date', async () => {
    const all = await list('lz_city', '_end=200');
    const late = await list('lz_city', 'overdue=true&_end=200');
    const onTime = await list('lz_city', 'overdue=false&_end=200');
    expect(late.items.every((i) => i.overdue)).toBe(true);
    expect(onTime.items.every((i) => !i.overdue)).toBe(true);
    expect(late.total + onTime.total).toBe(all.total);
    expect(late.items.map((i) => i.id)).toContain(drafts[2026]);
  });

  it('counts per resource in SQL: the summary matches the lists', async () => {
    const summary: InboxSummary = (await t.as(s.lz_city).get('/api/inbox/summary').expect(200)).body;
    for (const [resource, n] of Object.entries(summary.counts)) {
      expect((await list('lz_city', `resource=${resource}&_end=1`)).total).toBe(n);
      expect((await list('lz_city', `resource=${resource}&overdue=true&_end=1`)).total).toBe(summary.overdueCounts[resource]);
    }
    expect(summary.total).toBe((await list('lz_city', '_end=1')).total);
    expect(summary.overdue).toBe((await list('lz_city', 'overdue=true&_end=1')).total);
    expect(summary.counts['responsibility-tables']).toBeGreaterThanOrEqual(3);
  });

  it('keeps to the caller’s scope and level: 桂林 and the province do not see 柳州’s drafts', async () => {
    for (const who of ['gl_city', 'gx_province']) {
      const { items } = await list(who, '_end=200');
      expect(items.map((i) => i.id)).not.toEqual(expect.arrayContaining([drafts[2026]]));
      expect(items.filter((i) => i.resource === 'responsibility-tables' && Object.values(drafts).includes(i.id))).toEqual([]);
    }
  });

  it('refuses unknown fields and oversized windows with a 400 naming them', async () => {
    const sort = await t.as(s.lz_city).get('/api/inbox?_sort=title').expect(400);
    expect(JSON.stringify(sort.body)).toMatch(/_sort/);
    const filter = await t.as(s.lz_city).get('/api/inbox?title=x').expect(400);
    expect(JSON.stringify(filter.body)).toMatch(/title/);
    const window = await t.as(s.lz_city).get('/api/inbox?_end=201').expect(400);
    expect(JSON.stringify(window.body)).toMatch(/_end/);
  });
});
