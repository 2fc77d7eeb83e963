import { testAppWith, Session } from '../../../test/harness';
import * as regionSeed from '../../platform/seed/regions.json';

/** The list contract (ARCHITECTURE §3), exercised on real SQL through the regions and users lists. */
describe('list-query contract', () => {
  const { t } = testAppWith();
  let admin: Session;
  let city: Session;
  const all = (regionSeed as unknown as { regions: [string, string][] }).regions;
  const liuzhou = all.filter(([code]) => code.startsWith('4502'));

  beforeAll(async () => {
    admin = await t.login('admin');
    city = await t.login('lz_city');
  });

  it('pages with _start/_end and reports the total in X-Total-Count', async () => {
    const first = await t.as(admin).get('/api/regions').expect(200);
    expect(first.body).toHaveLength(20);
    expect(Number(first.headers['x-total-count'])).toBe(all.length);
    expect(first.headers['access-control-expose-headers']).toMatch(/X-Total-Count/);
    const window = await t.as(admin).get('/api/regions?_start=10&_end=15').expect(200);
    expect(window.body.map((r: { code: string }) => r.code)).toEqual(first.body.slice(10, 15).map((r: { code: string }) => r.code));
    const scoped = await t.as(city).get('/api/regions?_end=1000').expect(200);
    expect(Number(scoped.headers['x-total-count'])).toBe(liuzhou.length);
    expect(scoped.body.every((r: { code: string }) => r.code.startsWith('4502'))).toBe(true);
  });

  it('a list route documents its query parameters from its ListSpec: window, sort, q, each filter with its operators, X-Total-Count', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    const names = (path: string): string[] =>
      doc.paths[path].get.parameters.filter((p: { in: string }) => p.in === 'query').map((p: { name: string }) => p.name);
    expect(names('/api/regions')).toEqual(
      expect.arrayContaining([
        '_start',
        '_end',
        '_sort',
        '_order',
        '_after',
        'q',
        'code',
        'code_ne',
        'code_like',
        'name_like',
        'level',
        'parentCode',
        'updatedAt_gte',
        'updatedAt_lte',
      ]),
    );
    expect(names('/api/regions')).not.toContain('updatedAt_like');
    expect(doc.paths['/api/regions'].get.responses['200'].headers['X-Total-Count']).toBeDefined();
    // an ID number is documented as it is accepted: whole, no partial or range operators; a computed filter eq only
    const people = names('/api/beneficiaries');
    expect(people).toEqual(expect.arrayContaining(['idNumber', 'birthYear']));
    expect(people.filter((n) => /^(idNumber|birthYear)_/.test(n))).toEqual([]);
  });

  it("every list route's summary names its spec's filters, derived so the two cannot drift", async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    type Operation = { summary?: string; parameters?: Array<{ in: string; name: string }> };
    const lists = Object.entries(doc.paths as Record<string, { get?: Operation }>).filter(([, p]) =>
      p.get?.parameters?.some((q) => q.in === 'query' && q.name === '_start'),
    );
    expect(lists.length).toBeGreaterThanOrEqual(18);
    for (const [path, { get }] of lists) {
      const filters = [
        ...new Set(
          get!.parameters!.filter((q) => q.in === 'query' && !q.name.startsWith('_') && q.name !== 'q').map((q) => q.name.replace(/_(ne|like|gte|lte)$/, '')),
        ),
      ];
      expect([path, get!.summary]).toEqual([path, expect.stringContaining(`filters: ${filters.join(', ')};`)]);
    }
  });

  it('sorts by one or several fields', async () => {
    const res = await t.as(city).get('/api/regions?level=county&_sort=name&_order=desc&_end=100').expect(200);
    const names = res.body.map((r: { name: string }) => r.name);
    expect(names).toHaveLength(10);
    const codes = await t.as(city).get('/api/regions?level_ne=township&_sort=level,code&_order=asc,desc&_end=100').expect(200);
    expect(codes.body.map((r: { code: string }) => r.code)).toEqual([
      '450200', // "city" < "county" alphabetically
      ...liuzhou
        .filter(([c]) => c.length === 6 && c !== '450200')
        .map(([c]) => c)
        .sort()
        .reverse(),
    ]);
    const byName = await t.as(city).get('/api/regions?level=county&_sort=name&_order=asc&_end=100').expect(200);
    expect(byName.body.map((r: { name: string }) => r.name)).toEqual([...names].reverse());
  });

  it('filters: equality, repeated = IN, _ne, _like, _gte/_lte, q', async () => {
    const eq = await t.as(admin).get('/api/regions?parentCode=450200&level=county').expect(200);
    expect(Number(eq.headers['x-total-count'])).toBe(10);
    const inList = await t.as(admin).get('/api/regions?code=450202&code=450203&code=450300').expect(200);
    expect(inList.body.map((r: { code: string }) => r.code)).toEqual(['450202', '450203', '450300']);
    const ne = await t.as(admin).get('/api/regions?parentCode=450200&code_ne=450202').expect(200);
    expect(Number(ne.headers['x-total-count'])).toBe(9);
    const like = await t
      .as(admin)
      .get(`/api/regions?name_like=${encodeURIComponent('柳')}&level=county&parentCode=450200`)
      .expect(200);
    expect(like.body.map((r: { name: string }) => r.name).sort()).toEqual(['柳北区', '柳南区', '柳城县', '柳江区'].sort());
    const range = await t.as(admin).get('/api/regions?code_gte=450202&code_lte=450205&level=county').expect(200);
    expect(range.body.map((r: { code: string }) => r.code)).toEqual(['450202', '450203', '450204', '450205']);
    const q = await t
      .as(admin)
      .get(`/api/regions?q=${encodeURIComponent('城中')}&level=county`)
      .expect(200);
    expect(q.body.map((r: { code: string }) => r.code)).toContain('450202');
    // LIKE wildcards in user input are literal characters, not patterns
    const wildcard = await t
      .as(admin)
      .get(`/api/regions?name_like=${encodeURIComponent('%')}`)
      .expect(200);
    expect(Number(wildcard.headers['x-total-count'])).toBe(0);
    const bools = await t.as(admin).get('/api/users?enabled=true&role=city_officer&role=county_officer&_sort=username').expect(200);
    expect(bools.body.map((u: { username: string }) => u.username)).toEqual(['gl_city', 'lz_chengzhong', 'lz_city']);
  });

  it('a filter cannot widen the scope', async () => {
    const res = await t.as(city).get('/api/regions?code=450300&code=450202').expect(200);
    expect(res.body.map((r: { code: string }) => r.code)).toEqual(['450202']);
  });

  it.each([
    ['unknown filter field', '/api/regions?colour=red', /colour: unknown filter field/],
    ['unknown sort field', '/api/regions?_sort=colour', /_sort: cannot sort by "colour"/],
    ['unsupported operator', '/api/users?enabled_like=true', /operator "like"/],
    ['bad _start', '/api/regions?_start=-1', /_start/],
    ['window too large', '/api/regions?_start=0&_end=5000', /_end: at most 1000/],
    ['bad order', '/api/regions?_sort=code&_order=sideways', /_order/],
    ['bad boolean', '/api/users?enabled=maybe', /enabled: must be true or false/],
    ['bad date', '/api/users?createdAt_gte=yesterday', /createdAt_gte: must be an ISO date/],
  ])('answers 400 naming the field for %s', async (_name, url, message) => {
    const res = await t.as(admin).get(url).expect(400);
    expect(res.body.statusCode).toBe(400);
    expect([].concat(res.body.message).join(' ')).toMatch(message);
  });
});
