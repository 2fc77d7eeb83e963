import { startTestApp, TEST_DB, TestApp } from '../../test/harness';
import { Region } from '../platform/regions/region.entity';

describe(`database (${TEST_DB})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('the migrations produce exactly the entity model (no drift)', async () => {
    const pending = await t.ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    expect(await t.ds.showMigrations()).toBe(false);
  });

  it('the last migration can be reverted and re-applied', async () => {
    await t.ds.undoLastMigration({ transaction: 'each' });
    expect(await t.ds.showMigrations()).toBe(true);
    await t.ds.runMigrations({ transaction: 'each' });
    expect(await t.ds.showMigrations()).toBe(false);
  });

  it('Chinese text, including characters outside the BMP, round-trips through the API', async () => {
    // undo/redo above emptied the tables: restart the app so the seed runs again
    await t.close();
    t = await startTestApp();
    const admin = await t.login('admin');
    const name = '𠀀测试（融水苗族自治县）';
    await t.as(admin).post('/api/regions').send({ code: '450296', name }).expect(201);
    const back = await t.as(admin).get('/api/regions/450296').expect(200);
    expect(back.body.name).toBe(name);
    const row = await t.ds.getRepository(Region).findOneByOrFail({ code: '450296' });
    expect(row.name).toBe(name);
    const seeded = await t.as(admin).get('/api/regions/450225').expect(200);
    expect(seeded.body.name).toBe('融水苗族自治县');
  });

  if (TEST_DB === 'mysql') {
    it('every table is utf8mb4 although the server default is latin1', async () => {
      const [server] = await t.ds.query(`SELECT @@character_set_server AS cs`);
      expect(server.cs).toBe('latin1');
      const tables: Array<{ name: string; collation: string }> = await t.ds.query(
        `SELECT TABLE_NAME AS name, TABLE_COLLATION AS collation FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()`,
      );
      expect(tables.length).toBeGreaterThanOrEqual(6);
      for (const table of tables) expect(`${table.name}:${table.collation}`).toBe(`${table.name}:utf8mb4_unicode_ci`);
      const [schema] = await t.ds.query(`SELECT DEFAULT_CHARACTER_SET_NAME AS cs FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = DATABASE()`);
      expect(schema.cs).toBe('utf8mb4');
    });
  }
});
