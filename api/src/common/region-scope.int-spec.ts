import { testAppWith, TEST_DB } from '../../test/harness';
import { RegionScope, scopeQuery } from './region-scope';

/**
 * The scope's index range selects exactly the codes that start with the region's prefix, on the real dialect and
 * collation (MariaDB: utf8mb4_unicode_ci, as every table; SQLite: BINARY) — through a query builder (named
 * parameters), `?` placeholders and several scopes at once — and a count over it reads the index range.
 */
describe('RegionScope on the database', () => {
  const { t } = testAppWith();
  const codes = ['', '4', '44', '449999', '45', '450000', '450099', '450100', '450199', '4502', '450200', '450201', '450202', '450202000'];
  codes.push('450202101', '450202999', '450203', '450299', '450299999', '4503', '450300', '450899', '4509', '450900', '450999', '450999999');
  codes.push('450999999999', '4510', '451000', '459', '459900', '459999', '459999999999', '46', '460000', '000000', '999999', '99', '9');
  const scopes = ['450000', '450200', '450202', '450900', '459900', '450999', '990000', '450202101', '450299999'];

  // in the test app's own database, dropped with it
  beforeAll(async () => {
    const charset = TEST_DB === 'mysql' ? ' ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci' : '';
    await t.ds.query(`CREATE TABLE scope_probe (id int NOT NULL PRIMARY KEY, code varchar(12) NULL)${charset}`);
    await t.ds.query('CREATE INDEX idx_scope_probe_code ON scope_probe (code)');
    const rows = [...codes, null];
    await t.ds.query(
      `INSERT INTO scope_probe (id, code) VALUES ${rows.map(() => '(?, ?)').join(', ')}`,
      rows.flatMap((c, i) => [i + 1, c]),
    );
  });

  const inScope = (prefix: string) => codes.filter((c) => c.startsWith(prefix)).sort();
  const sorted = (rows: Array<{ code: string }>) => rows.map((r) => r.code).sort();

  it.each(scopes)('%s: the query builder, `?` placeholders and LIKE agree', async (code) => {
    const scope = RegionScope.of(code);
    const built = await scopeQuery(t.ds.createQueryBuilder().select('p.code', 'code').from('scope_probe', 'p'), scope, 'p.code').getRawMany<{ code: string }>();
    expect(sorted(built)).toEqual(inScope(scope.scopePrefix));
    const raw = scope.rawCondition('p.code');
    expect(sorted(await t.ds.query(`SELECT p.code AS code FROM scope_probe p WHERE ${raw.sql}`, raw.values))).toEqual(inScope(scope.scopePrefix));
    const like = await t.ds.query('SELECT p.code AS code FROM scope_probe p WHERE p.code LIKE ?', [`${scope.scopePrefix}%`]);
    expect(sorted(like)).toEqual(inScope(scope.scopePrefix));
  });

  it('several scopes in one query keep their parameters apart', async () => {
    const several = scopes.map((c) => RegionScope.of(c));
    const any = RegionScope.anyOf(several, 'p.code', 'r');
    const qb = t.ds.createQueryBuilder().select('p.code', 'code').from('scope_probe', 'p').where(any.sql, any.params);
    // and a second scope beside them, named by `param`, as a list's `scope` filter stands beside the caller's own
    scopeQuery(qb, RegionScope.of('450000'), 'p.code', { param: 'own' });
    expect(sorted(await qb.getRawMany())).toEqual(codes.filter((c) => c.startsWith('45') && several.some((s) => s.contains(c))).sort());
  });

  it("a scoped list's count reads the index range; on SQLite its page walks the index of its order", async () => {
    const list = () => scopeQuery(t.ds.createQueryBuilder().from('scope_probe', 'p'), RegionScope.of('450200'), 'p.code');
    const [countSql, countParams] = list().select('COUNT(*)', 'n').getQueryAndParameters();
    const [pageSql, pageParams] = list().select('p.id', 'id').orderBy('p.id', 'ASC').limit(20).getQueryAndParameters();
    if (TEST_DB === 'sqlite') {
      const plan = async (sql: string, params: unknown[]) =>
        ((await t.ds.query(`EXPLAIN QUERY PLAN ${sql}`, params)) as Array<{ detail: string }>).map((p) => p.detail).join('\n');
      expect(await plan(countSql, countParams)).toMatch(/USING COVERING INDEX idx_scope_probe_code \(code>\? AND code<\?\)/);
      // not the region range and a sort of all its rows
      expect(await plan(pageSql, pageParams)).not.toMatch(/TEMP B-TREE/);
    } else {
      const [plan]: Array<{ key: string; type: string }> = await t.ds.query(`EXPLAIN ${countSql}`, countParams);
      expect([plan.key, plan.type]).toEqual(['idx_scope_probe_code', 'range']);
    }
  });
});
