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

  // Galera replicates row changes by primary key (a table without one is replicated badly or not at all) and only
  // InnoDB tables; LOCK TABLES / GET_LOCK are node-local there (the source test in galera-ready.spec.ts)
  it('every table has a primary key (and on MySQL is InnoDB), as Galera needs', async () => {
    if (TEST_DB === 'mysql') {
      const tables: Array<{ name: string; engine: string; pk: number | string }> = await t.ds.query(
        `SELECT t.TABLE_NAME AS name, t.ENGINE AS engine,
                (SELECT COUNT(*) FROM information_schema.TABLE_CONSTRAINTS c
                  WHERE c.TABLE_SCHEMA = t.TABLE_SCHEMA AND c.TABLE_NAME = t.TABLE_NAME AND c.CONSTRAINT_TYPE = 'PRIMARY KEY') AS pk
           FROM information_schema.TABLES t WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE'`,
      );
      expect(tables.length).toBeGreaterThanOrEqual(20);
      expect(tables.filter((x) => Number(x.pk) !== 1).map((x) => x.name)).toEqual([]);
      expect(tables.filter((x) => x.engine !== 'InnoDB').map((x) => `${x.name}:${x.engine}`)).toEqual([]);
    } else {
      const tables: Array<{ name: string }> = await t.ds.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`);
      expect(tables.length).toBeGreaterThanOrEqual(20);
      const withoutKey: string[] = [];
      for (const { name } of tables) {
        const cols: Array<{ pk: number }> = await t.ds.query(`PRAGMA table_info("${name}")`);
        if (!cols.some((c) => c.pk > 0)) withoutKey.push(name);
      }
      expect(withoutKey).toEqual([]);
    }
  });
});
