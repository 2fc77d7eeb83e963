import { availableActions, checkTransition, levelMatches, type WorkflowDefinition, type WorkflowLevel } from './workflow';

/**
 * Where an actor must sit for an action (WorkflowLevel), against 广西 450000 › 柳州 450200 › 城中区 450202 and
 * 桂林 450300: the record names its region and, for a column level, the region its column holds.
 */
describe('levelMatches (the workflow levels)', () => {
  const county = { regionCode: '450202', inspectingRegionCode: '450000' };
  const inspectedByCity = { regionCode: '450202', inspectingRegionCode: '450200' };
  const column: WorkflowLevel = { column: 'inspectingRegionCode' };

  it.each<[string, WorkflowLevel, string, string | { regionCode: string }, boolean]>([
    ['own: the record’s region', 'own', '450202', county, true],
    ['own: its city is not the record’s region', 'own', '450200', county, false],
    ['above: its city', 'above', '450200', county, true],
    ['above: the province is two levels up', 'above', '450000', county, false],
    ['above: the county itself', 'above', '450202', county, false],
    ['ancestor: its city', 'ancestor', '450200', county, true],
    ['ancestor: its province, two levels up', 'ancestor', '450000', county, true],
    ['ancestor: the national root', 'ancestor', '000000', county, true],
    ['ancestor: never the record’s own region', 'ancestor', '450202', county, false],
    ['ancestor: another city of the province is not above it', 'ancestor', '450300', county, false],
    ['ancestor: a county below a city record is not above it', 'ancestor', '450202', '450200', false],
    ['ancestor: the province above a city record', 'ancestor', '450000', '450200', true],
    ['subtree: the record’s own region counts', 'subtree', '450202', county, true],
    ['subtree: its province', 'subtree', '450000', county, true],
    ['subtree: another city', 'subtree', '450300', county, false],
    ['column: the region the column holds (the province)', column, '450000', county, true],
    ['column: not its city, though it is above', column, '450200', county, false],
    ['column: not the record’s own region', column, '450202', county, false],
    ['column: the city when the column names the city', column, '450200', inspectedByCity, true],
    ['column: the province when the column names the city', column, '450000', inspectedByCity, false],
    ['column: given the region alone, never (the column is unknown)', column, '450000', '450202', false],
    ['column: a record without that column, never', column, '450000', { regionCode: '450202' }, false],
  ])('%s', (_case, level, actorRegion, record, expected) => {
    expect(levelMatches(level, actorRegion, record)).toBe(expected);
  });

  it('the engine’s decision and the action bar follow a column and an ancestor level', () => {
    const def: WorkflowDefinition = {
      resource: 'x',
      initial: 'a',
      approvedState: 'b',
      states: { a: { label: { zh: '甲', en: 'A' }, color: 'default' }, b: { label: { zh: '乙', en: 'B' }, color: 'default' } },
      actions: {
        decide: { from: ['a'], to: 'b', roles: ['province_supervisor', 'city_officer'], level: 'ancestor', label: { zh: '决定', en: 'Decide' } },
        start: { from: ['a'], to: 'b', roles: ['province_supervisor', 'city_officer'], level: column, label: { zh: '开始', en: 'Start' } },
      },
    };
    const province = { role: 'province_supervisor' as const, regionCode: '450000' };
    const city = { role: 'city_officer' as const, regionCode: '450200' };
    expect(availableActions(def, 'a', province, county)).toEqual(['decide', 'start']);
    expect(availableActions(def, 'a', city, county)).toEqual(['decide']);
    expect(availableActions(def, 'a', city, inspectedByCity)).toEqual(['decide', 'start']);
    expect(checkTransition(def, 'a', 'start', city, county)).toEqual({ ok: false, reason: 'forbidden' });
    expect(checkTransition(def, 'a', 'start', province, county)).toMatchObject({ ok: true });
    expect(checkTransition(def, 'a', 'decide', { role: 'county_officer', regionCode: '450202' }, county)).toEqual({ ok: false, reason: 'forbidden' });
  });
});
