import { countyCodeOf, isWithinRegion, parentRegionCodeOf, provinceCodeOf, regionLevelOf, regionScopePrefix } from './regions';

describe('region codes (GB/T 2260)', () => {
  it.each([
    ['000000', 'national', '', null],
    ['450000', 'province', '45', '000000'],
    ['450200', 'city', '4502', '450000'],
    ['450202', 'county', '450202', '450200'],
    ['450202001', 'township', '450202001', '450202'],
  ])('%s is a %s with prefix "%s" under %s', (code, level, prefix, parent) => {
    expect(regionLevelOf(code)).toBe(level);
    expect(regionScopePrefix(code)).toBe(prefix);
    expect(parentRegionCodeOf(code)).toBe(parent);
  });

  it.each([
    ['450202001', '450202'],
    ['450202', '450202'],
    ['450200', '450200'],
    ['450000', '450000'],
    ['000000', '000000'],
  ])('the county of %s is %s (a code above county level is its own)', (code, county) => {
    expect(countyCodeOf(code)).toBe(county);
  });

  it('a subtree is a code prefix', () => {
    expect(isWithinRegion('450202', '450200')).toBe(true);
    expect(isWithinRegion('450202', '450202')).toBe(true);
    expect(isWithinRegion('450302', '450200')).toBe(false);
    expect(isWithinRegion('210100', '000000')).toBe(true);
    // 450200 is a city: its prefix is 4502, so a county 450220 (if it existed) belongs to it, 452000 does not
    expect(isWithinRegion('452000', '450200')).toBe(false);
  });
});

describe('provinceCodeOf', () => {
  it.each([
    ['450000', '450000'],
    ['450200', '450000'],
    ['450202', '450000'],
    ['450202001', '450000'],
    ['000000', null],
  ])('%s lies in %p', (code, province) => expect(provinceCodeOf(code)).toBe(province));
});
