import { BadRequestException } from '@nestjs/common';
import { RegionScope, requestedCounty, requestedRegion, setContainsCode } from './region-scope';

const TOP = (prefix: string) => prefix.padEnd(20, '9');

describe('RegionScope', () => {
  it.each([
    ['000000', '', 'national', '1 = 1', {}],
    ['450000', '45', 'province', '(r.regionCode >= :scopePrefix AND r.regionCode <= :scopePrefixHi)', { scopePrefix: '45', scopePrefixHi: TOP('45') }],
    ['450200', '4502', 'city', '(r.regionCode >= :scopePrefix AND r.regionCode <= :scopePrefixHi)', { scopePrefix: '4502', scopePrefixHi: TOP('4502') }],
    ['450900', '4509', 'city', '(r.regionCode >= :scopePrefix AND r.regionCode <= :scopePrefixHi)', { scopePrefix: '4509', scopePrefixHi: TOP('4509') }],
    [
      '450202',
      '450202',
      'county',
      '(r.regionCode >= :scopePrefix AND r.regionCode <= :scopePrefixHi)',
      { scopePrefix: '450202', scopePrefixHi: TOP('450202') },
    ],
    [
      '450202101',
      '450202101',
      'township',
      '(r.regionCode >= :scopePrefix AND r.regionCode <= :scopePrefixHi)',
      { scopePrefix: '450202101', scopePrefixHi: TOP('450202101') },
    ],
  ])('%s: prefix %j, level %s, condition %s', (code, prefix, level, sql, params) => {
    const scope = RegionScope.of(code);
    expect(scope.scopePrefix).toBe(prefix);
    expect(scope.level).toBe(level);
    expect(scope.condition('r.regionCode')).toEqual({ sql, params });
  });

  it('names its parameters after `param`: the bottom `param`, the top `${param}Hi`', () => {
    expect(RegionScope.of('450200').condition('s.regionCode', 'claimScope')).toEqual({
      sql: '(s.regionCode >= :claimScope AND s.regionCode <= :claimScopeHi)',
      params: { claimScope: '4502', claimScopeHi: TOP('4502') },
    });
  });

  it('on SQLite hints each bound as nearly always true, so a page keeps walking the index of its order', () => {
    expect(RegionScope.of('450200').condition('s.regionCode', 'p', 'sqlite')).toEqual({
      sql: '(likelihood(s.regionCode >= :p, 0.6) AND likelihood(s.regionCode <= :pHi, 0.6))',
      params: { p: '4502', pHi: TOP('4502') },
    });
    expect(RegionScope.of('450200').condition('s.regionCode', 'p', 'mysql').sql).toBe('(s.regionCode >= :p AND s.regionCode <= :pHi)');
    expect(RegionScope.of('000000').condition('s.regionCode', 'p', 'sqlite')).toEqual({ sql: '1 = 1', params: {} });
  });

  it('contains its subtree only', () => {
    const city = RegionScope.of({ regionCode: '450200' });
    expect(city.contains('450202')).toBe(true);
    expect(city.contains('450200')).toBe(true);
    expect(city.contains('450302')).toBe(false);
    expect(city.contains(null)).toBe(false);
    expect(RegionScope.of('000000').contains('650102')).toBe(true);
  });
});

describe('RegionScope conditions for hand-built SQL and several ranges', () => {
  it.each([
    ['000000', '1 = 1', []],
    ['450200', '(g.countyCode >= ? AND g.countyCode <= ?)', ['4502', TOP('4502')]],
    ['450202', '(g.countyCode >= ? AND g.countyCode <= ?)', ['450202', TOP('450202')]],
  ])('%s with ? placeholders: %s %j', (code, sql, values) => {
    expect(RegionScope.of(code).rawCondition('g.countyCode')).toEqual({ sql, values });
  });

  it.each([
    [
      ['450202', '450203'],
      '((b.regionCode >= :r0 AND b.regionCode <= :r0Hi) OR (b.regionCode >= :r1 AND b.regionCode <= :r1Hi))',
      { r0: '450202', r0Hi: TOP('450202'), r1: '450203', r1Hi: TOP('450203') },
    ],
    [['450200'], '((b.regionCode >= :r0 AND b.regionCode <= :r0Hi))', { r0: '4502', r0Hi: TOP('4502') }],
    [['000000', '450202'], '(1 = 1 OR (b.regionCode >= :r1 AND b.regionCode <= :r1Hi))', { r1: '450202', r1Hi: TOP('450202') }],
    [[], '1 = 0', {}],
  ])('any of %j: %s', (codes, sql, params) => {
    expect(
      RegionScope.anyOf(
        codes.map((c) => RegionScope.of(c)),
        'b.regionCode',
        'r',
      ),
    ).toEqual({ sql, params });
  });
});

/**
 * The range is exactly the prefix test on every digit string a region column can hold: the edges of a province, a city,
 * a county and a township, prefixes ending in 9 (whose "next prefix" carries), codes shorter and longer than the prefix,
 * and random digit strings — evaluated by SQLite itself (BINARY, as its indexes compare) and by JavaScript's string order.
 * MariaDB's utf8mb4_unicode_ci is checked the same way by region-scope.int-spec.ts.
 */
describe('RegionScope range = prefix, on SQLite', () => {
  const Database = require('better-sqlite3');
  const db = new Database(':memory:');
  db.exec('CREATE TABLE t (code varchar(12))');
  db.exec('CREATE INDEX t_code ON t (code)');
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const digits = (n: number) => Array.from({ length: n }, () => String(Math.floor(rand() * 10))).join('');
  const edges = ['', '4', '44', '449999', '45', '450000', '450099', '450100', '450199', '4502', '450200', '450201', '450202', '450202000', '450202101'];
  edges.push('450202999', '450203', '450299', '450299999', '4503', '450300', '450899', '4509', '450900', '450999', '450999999', '450999999999');
  edges.push('4510', '451000', '459', '459900', '459999', '459999999999', '46', '460000', '000000', '999999', '99', '9');
  const random = Array.from({ length: 2000 }, () => digits([2, 4, 6, 6, 6, 9, 9, 12][Math.floor(rand() * 8)]));
  const codes = [...edges, ...random.map((c, i) => (i % 3 ? c : `45${c.slice(2)}`))];
  const insert = db.prepare('INSERT INTO t (code) VALUES (?)');
  for (const c of codes) insert.run(c);
  insert.run(null);

  it.each([['000000'], ['450000'], ['450200'], ['450202'], ['450900'], ['459900'], ['450999'], ['990000'], ['450202101'], ['450299999']])(
    '%s selects exactly the codes starting with its prefix, through the index',
    (code) => {
      const scope = RegionScope.of(code);
      const expected = codes.filter((c) => scope.contains(c)).sort();
      const raw = scope.rawCondition('code');
      const selected = (db.prepare(`SELECT code FROM t WHERE ${raw.sql} ORDER BY code`).all(...raw.values) as Array<{ code: string }>).map((r) => r.code);
      // the national root has no condition (a row without a region too, as before); any other scope never holds NULL
      expect(selected).toEqual(scope.scopePrefix ? expected : [null, ...expected]);
      const [lo, hi] = scope.bounds;
      expect(codes.filter((c) => c >= lo && c <= hi).sort()).toEqual(expected);
      if (scope.scopePrefix) {
        const plan = (db.prepare(`EXPLAIN QUERY PLAN SELECT COUNT(*) FROM t WHERE ${raw.sql}`).all(...raw.values) as Array<{ detail: string }>).map(
          (r) => r.detail,
        );
        expect(plan.join('\n')).toMatch(/USING COVERING INDEX t_code \(code>\? AND code<\?\)/);
      }
    },
  );

  it('with the SQLite hint: the same rows, a count still on the range, a page in the order of another index', () => {
    db.exec('CREATE INDEX t_order ON t (length(code), code)');
    for (const code of ['450200', '450999', '450202101']) {
      const scope = RegionScope.of(code);
      const hinted = scope.condition('code', 'p', 'sqlite');
      const named = hinted.sql.replace(/:(\w+)/g, '@$1');
      const selected = (db.prepare(`SELECT code FROM t WHERE ${named} ORDER BY code`).all(hinted.params) as Array<{ code: string }>).map((r) => r.code);
      expect(selected).toEqual(codes.filter((c) => scope.contains(c)).sort());
      const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(hinted.params) as Array<{ detail: string }>).map((r) => r.detail).join('\n');
      expect(plan(`SELECT COUNT(*) FROM t WHERE ${named}`)).toMatch(/USING COVERING INDEX t_code \(code>\? AND code<\?\)/);
      expect(plan(`SELECT code FROM t WHERE ${named} ORDER BY length(code), code LIMIT 20`)).toMatch(/^SCAN t USING COVERING INDEX t_order$/);
    }
  });

  it('several scopes at once, with named parameters', () => {
    const scopes = ['450202', '450900', '4599'.padEnd(6, '0')].map((c) => RegionScope.of(c));
    const any = RegionScope.anyOf(scopes, 'code', 'r');
    const named = any.sql.replace(/:(\w+)/g, '@$1');
    const selected = (db.prepare(`SELECT code FROM t WHERE ${named} ORDER BY code`).all(any.params) as Array<{ code: string }>).map((r) => r.code);
    expect(selected).toEqual(codes.filter((c) => scopes.some((s) => s.contains(c))).sort());
  });
});

describe('requestedRegion / requestedCounty', () => {
  const city = { regionCode: '450200' };
  it.each([
    [undefined, '450200', '4502'],
    ['450202', '450202', '450202'],
    ['450202101', '450202101', '450202101'],
  ])('a city asking for %j gets the scope of %s (prefix %s)', (asked, code, prefix) => {
    const scope = requestedRegion(city, asked);
    expect(scope).toBeInstanceOf(RegionScope);
    expect([scope.regionCode, scope.scopePrefix]).toEqual([code, prefix]);
  });

  it.each([['450302'], ['450000'], ['45020'], ['abc']])('a city asking for %j: 400 naming regionCode', (asked) => {
    let thrown: unknown;
    try {
      requestedRegion(city, asked);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(BadRequestException);
    expect((thrown as BadRequestException).getResponse()).toMatchObject({ details: [{ field: 'regionCode' }] });
  });

  it.each([
    ['450202', true],
    ['450200', false],
    ['450202101', false],
    ['450302', false],
  ])('county %s requested by the city: allowed %s', (code, allowed) => {
    if (allowed) expect(requestedCounty(city, code)).toMatchObject({ regionCode: code, scopePrefix: code, level: 'county' });
    else expect(() => requestedCounty(city, code)).toThrow(BadRequestException);
  });
});

describe('setContainsCode', () => {
  it('matches the code between commas, with nothing but code characters in the pattern', () => {
    expect(setContainsCode('b.identityCategories', 'rural_dibao', 'p')).toEqual({ sql: 'b.identityCategories LIKE :p', params: { p: '%,rural_dibao,%' } });
    expect(setContainsCode('s.flags', "x%',_", 'q').params.q).toBe('%,x_,%');
  });
});
