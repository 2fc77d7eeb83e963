import { ForbiddenException } from '@nestjs/common';
import type { Role } from '@yibao/shared';
import { ActsAt, actsAt, assertActsAt } from './record-access';

const county = { role: 'county_officer' as Role, regionCode: '450202' };
const otherCounty = { role: 'county_officer' as Role, regionCode: '450203' };
const city = { role: 'city_officer' as Role, regionCode: '450200' };
const otherCity = { role: 'city_officer' as Role, regionCode: '450300' };
const province = { role: 'province_supervisor' as Role, regionCode: '450000' };

describe('assertActsAt (record-level access)', () => {
  const cases: Array<[string, { role: Role; regionCode: string }, string, ActsAt, boolean]> = [
    ['the county at its own record (level defaults to own)', county, '450202', {}, true],
    ['another county at that record', otherCounty, '450202', {}, false],
    ["the city at its county's record, level own", city, '450202', {}, false],
    ["the city at its county's record, level above", city, '450202', { level: 'above' }, true],
    ['another city, level above', otherCity, '450202', { level: 'above' }, false],
    ['the province, level above (not the parent)', province, '450202', { level: 'above' }, false],
    ['the province, level subtree', province, '450202', { level: 'subtree' }, true],
    ['the city, level subtree', city, '450202', { level: 'subtree' }, true],
    ['another city, level subtree', otherCity, '450202', { level: 'subtree' }, false],
    ['the city at its own record', city, '450200', { level: 'own' }, true],
    ['the province, level ancestor (two levels up)', province, '450202', { level: 'ancestor' }, true],
    ['the city, level ancestor', city, '450202', { level: 'ancestor' }, true],
    ['the county itself, level ancestor', county, '450202', { level: 'ancestor' }, false],
    ['another city, level ancestor', otherCity, '450202', { level: 'ancestor' }, false],
    ['a role not listed, at the right level', county, '450202', { roles: ['city_officer'] }, false],
    ['a listed role at the right level', county, '450202', { roles: ['county_officer', 'city_officer'] }, true],
    ['a listed role at the wrong level', otherCounty, '450202', { roles: ['county_officer'] }, false],
  ];

  it.each(cases)('%s', (_name, actor, region, rule, allowed) => {
    const check = () => assertActsAt(actor, region, rule);
    if (allowed) expect(check).not.toThrow();
    else expect(check).toThrow(ForbiddenException);
    // the value form decides alike (a record's `closable`)
    expect(actsAt(actor, region, rule)).toBe(allowed);
  });

  it('a column level reads the record’s column: the actor sits at the region it holds', () => {
    const record = { regionCode: '450202', inspectingRegionCode: '450000' };
    const rule: ActsAt = { level: { column: 'inspectingRegionCode' } };
    expect(actsAt(province, record, rule)).toBe(true);
    expect(actsAt(city, record, rule)).toBe(false);
    expect(() => assertActsAt(city, record, rule)).toThrow(ForbiddenException);
    // given the region alone, the column is unknown: refused
    expect(actsAt(province, '450202', rule)).toBe(false);
  });

  it('refuses with the message given, or a default that names role and level', () => {
    expect(() => assertActsAt(otherCounty, '450202', { message: '帮扶措施由所在县医保局登记 (the county records measures)' })).toThrow(
      '帮扶措施由所在县医保局登记 (the county records measures)',
    );
    expect(() => assertActsAt(otherCounty, '450202')).toThrow(/role or level/);
  });
});
