import { BadRequestException } from '@nestjs/common';
import { RegionScope, requestedCounty, requestedRegion, setContainsCode } from './region-scope';

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

describe('RegionScope conditions for hand-built SQL and several ranges', () => {
  it.each([
    ['000000', '1 = 1', []],
    ['450200', 'g.countyCode LIKE ?', ['4502%']],
    ['450202', 'g.countyCode LIKE ?', ['450202%']],
  ])('%s with ? placeholders: %s %j', (code, sql, values) => {
    expect(RegionScope.of(code).rawCondition('g.countyCode')).toEqual({ sql, values });
  });

  it.each([
    [['450202', '450203'], '(b.regionCode LIKE :r0 OR b.regionCode LIKE :r1)', { r0: '450202%', r1: '450203%' }],
    [['450200'], '(b.regionCode LIKE :r0)', { r0: '4502%' }],
    [['000000', '450202'], '(1 = 1 OR b.regionCode LIKE :r1)', { r1: '450202%' }],
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
