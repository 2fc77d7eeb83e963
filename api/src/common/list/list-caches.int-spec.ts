import { startTestApp, Session, TestApp } from '../../../test/harness';
import { listTuning } from '.';
import { ListWriteMark } from './list-write-mark.entity';

/**
 * Cached counts agree across API processes: another process's write reaches this one only through the database —
 * a row written by raw SQL here (no subscriber, so this process neither forgets its counts nor raises its own mark)
 * is exactly that — and its raised write mark is what makes this process drop the cached total.
 */
describe('list caches across processes', () => {
  let t: TestApp;
  let province: Session;
  const saved = { ...listTuning };
  const url = '/api/regions?parentCode=450200&_start=0&_end=1';
  const total = async () => Number((await t.as(province).get(url).expect(200)).headers['x-total-count']);

  beforeAll(async () => {
    t = await startTestApp();
    province = await t.login('gx_province');
  });
  afterAll(async () => {
    Object.assign(listTuning, saved);
    await t.close();
  });

  it('a cached total is served until another process raises its write mark, then counted again', async () => {
    // every count is "slow": found slow once, the next run reads the marks first and is cached
    listTuning.slowCountMs = 0;
    const before = await total();
    expect(before).toBeGreaterThan(1);
    expect(await total()).toBe(before);

    // another process moves a county out of 柳州市 (here: raw SQL, which this process's caches do not see)
    const regions = t.ds.getMetadata('Region').tableName;
    await t.ds.query(`UPDATE ${regions} SET parentCode = '459900' WHERE code = '450202'`);
    try {
      // without that process's mark the cache cannot know: the old total is still served (what the mark is for)
      expect(await total()).toBe(before);

      // its commit raises its own mark row: this process's cached total is dropped and the count is exact
      const marks = t.ds.getMetadata(ListWriteMark).tableName;
      await t.ds.query(`INSERT INTO ${marks} (process, generation, updatedAt) VALUES (?, 1, ?)`, ['another-host:4242:test', '2026-12-06 00:00:00.000']);
      expect(await total()).toBe(before - 1);
    } finally {
      await t.ds.query(`UPDATE ${regions} SET parentCode = '450200' WHERE code = '450202'`);
    }
  });

  it('a session’s lastSeenAt touch raises no write mark: many users’ touches must not empty every process’s caches', async () => {
    const marks = t.ds.getMetadata(ListWriteMark).tableName;
    const sum = async () => String((await t.ds.query(`SELECT COALESCE(SUM(generation), 0) AS g FROM ${marks}`))[0].g);
    // the session last seen a minute ago (no subscriber called): the next request touches it
    const old = new Date(Date.now() - 60_000);
    await t.ds.createQueryBuilder().update('Session').set({ lastSeenAt: old }).callListeners(false).execute();
    const before = await sum();
    await t.as(province).get(url).expect(200);
    const seen = (await t.ds.getRepository('Session').find()).map((s) => (s as { lastSeenAt: Date }).lastSeenAt.getTime());
    expect(Math.max(...seen)).toBeGreaterThan(old.getTime() + 30_000);
    expect(await sum()).toBe(before);
  });
});
