import { startTestApp, Session, TestApp } from '../../../test/harness';
import { listTuning } from '.';

/** Deep pages on real SQL: the cursor (`_after`) and the deferred join return exactly what OFFSET paging returns. */
describe('list-query deep paging', () => {
  let t: TestApp;
  let admin: Session;
  let city: Session;
  const saved = { ...listTuning };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    city = await t.login('lz_city');
  });
  afterAll(async () => {
    Object.assign(listTuning, saved);
    await t.close();
  });
  afterEach(() => Object.assign(listTuning, saved));

  const codes = (body: Array<{ code: string }>) => body.map((r) => r.code);

  it('a cursor walks the whole list in the same order as _start/_end, whatever the sort', async () => {
    for (const sort of ['', '&_sort=name&_order=desc', '&_sort=level,name&_order=asc,desc']) {
      const all = await t.as(city).get(`/api/regions?_end=1000${sort}`).expect(200);
      const total = Number(all.headers['x-total-count']);
      expect(all.body.length).toBe(total);
      const walked: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await t
          .as(city)
          .get(`/api/regions?_end=37${sort}${after ? `&_after=${after}` : ''}`)
          .expect(200);
        expect(Number(page.headers['x-total-count'])).toBe(total);
        walked.push(...codes(page.body));
        if (page.body.length < 37) break;
        after = page.body[page.body.length - 1].code;
      }
      expect(walked).toEqual(codes(all.body));
    }
  });

  it('_start/_end count from the cursor row, and filters still apply', async () => {
    const all = await t.as(admin).get('/api/regions?level=county&_sort=name&_end=1000').expect(200);
    const cursor = all.body[100].code;
    const page = await t.as(admin).get(`/api/regions?level=county&_sort=name&_after=${cursor}&_start=5&_end=15`).expect(200);
    expect(codes(page.body)).toEqual(codes(all.body.slice(106, 116)));
  });

  it('a cursor row outside the list or the caller’s scope is refused, not used', async () => {
    const res = await t.as(city).get('/api/regions?_after=450300').expect(400);
    expect(res.body.details[0].field).toBe('_after');
    await t.as(admin).get('/api/regions?level=county&_after=450200').expect(400);
    await t.as(admin).get('/api/regions?_after=a%20b').expect(400);
  });

  it('the deferred join returns the same page as a plain OFFSET', async () => {
    const plain = await t.as(admin).get('/api/regions?_sort=name&_order=desc&_start=2000&_end=2050').expect(200);
    listTuning.deferredJoinFrom = 0;
    const deferred = await t.as(admin).get('/api/regions?_sort=name&_order=desc&_start=2000&_end=2050').expect(200);
    expect(codes(deferred.body)).toEqual(codes(plain.body));
    expect(deferred.headers['x-total-count']).toBe(plain.headers['x-total-count']);
    // sorted by the primary key alone, a wide list walks the key in order on MySQL/MariaDB (USE INDEX): same rows
    for (const order of ['asc', 'desc']) {
      listTuning.deferredJoinFrom = 1000_000;
      const offset = await t.as(admin).get(`/api/regions?_sort=code&_order=${order}&_start=1500&_end=1520`).expect(200);
      listTuning.deferredJoinFrom = 0;
      const walked = await t.as(admin).get(`/api/regions?_sort=code&_order=${order}&_start=1500&_end=1520`).expect(200);
      expect(codes(walked.body)).toEqual(codes(offset.body));
      expect(walked.body).toHaveLength(20);
    }
    const past = await t.as(admin).get('/api/regions?_start=100000&_end=100020').expect(200);
    expect(past.body).toEqual([]);
  });

  it('deep _start pages, from bookmarks of pages served and from the end, are the pages OFFSET gives', async () => {
    const url = (start: number, end: number) => `/api/regions?level_ne=city&_sort=name,code&_order=desc,asc&_start=${start}&_end=${end}`;
    const all = await t.as(admin).get(url(0, 1000)).expect(200);
    const rest = await t.as(admin).get(url(1000, 2000)).expect(200);
    const more = await t.as(admin).get(url(2000, 3000)).expect(200);
    const last = await t.as(admin).get(url(3000, 4000)).expect(200);
    const plain = codes([...all.body, ...rest.body, ...more.body, ...last.body]);
    const total = Number(all.headers['x-total-count']);
    expect(plain).toHaveLength(total);
    listTuning.deferredJoinFrom = 1;
    // paging forward (each page seeks from the bookmark the previous one left), then the same page again
    for (const start of [300, 320, 340, 340, 400, 900]) {
      const page = await t
        .as(admin)
        .get(url(start, start + 20))
        .expect(200);
      expect(codes(page.body)).toEqual(plain.slice(start, start + 20));
    }
    // near the end, with no bookmark: read backwards from the end
    for (const start of [total - 7, total - 20, total - 45, Math.ceil(total * 0.6)]) {
      const page = await t
        .as(admin)
        .get(url(start, start + 20))
        .expect(200);
      expect(codes(page.body)).toEqual(plain.slice(start, start + 20));
    }
  });

  it('a slow count is reused for the same query only', async () => {
    listTuning.slowCountMs = 0;
    const a = await t.as(admin).get('/api/regions?level=county').expect(200);
    const b = await t.as(admin).get('/api/regions?level=county&_start=20&_end=40').expect(200);
    expect(b.headers['x-total-count']).toBe(a.headers['x-total-count']);
    const c = await t.as(city).get('/api/regions?level=county').expect(200);
    expect(Number(c.headers['x-total-count'])).toBeLessThan(Number(a.headers['x-total-count']));
  });

  it('a write forgets the cached counts: the list shows the new total at once', async () => {
    listTuning.slowCountMs = 0;
    const before = Number((await t.as(admin).get('/api/users').expect(200)).headers['x-total-count']);
    await t
      .as(admin)
      .post('/api/users')
      .send({ username: 'lz_countcheck', displayName: '柳南区医保局', password: 'Strong#2026x', role: 'county_officer', regionCode: '450204' })
      .expect(201);
    const after = await t.as(admin).get('/api/users').expect(200);
    expect(Number(after.headers['x-total-count'])).toBe(before + 1);
  });
});
