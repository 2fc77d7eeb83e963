import { RegionScope, setContainsCode } from './region-scope';

describe('RegionScope', () => {
  it.each([
    ['000000', '', 'national', '1 = 1', undefined],
    ['450000', '45', 'province', 'r.regionCode LIKE :scopePrefix', '45%'],
    ['450200', '4502', 'city', 'r.regionCode LIKE :scopePrefix', '4502%'],
    ['450202', '450202', 'county', 'r.regionCode LIKE :scopePrefix', '450202%'],
  ])('%s: prefix %j, level %s, condition %s', (code, prefix, level, sql, param) => {
    const scope = RegionScope.of(code);
    expect(scope.scopePrefix).toBe(prefix);
    expect(scope.level).toBe(level);
    const condition = scope.condition('r.regionCode');
    expect(condition.sql).toBe(sql);
    expect(condition.params.scopePrefix).toBe(param);
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

describe('setContainsCode', () => {
  it('matches the code between commas, with nothing but code characters in the pattern', () => {
    expect(setContainsCode('b.identityCategories', 'rural_dibao', 'p')).toEqual({ sql: 'b.identityCategories LIKE :p', params: { p: '%,rural_dibao,%' } });
    expect(setContainsCode('s.flags', "x%',_", 'q').params.q).toBe('%,x_,%');
  });
});
