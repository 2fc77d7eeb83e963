import { complianceValue } from './indicator';
import { complianceRunRegions, rollUpComplianceFigures, rollUpIntoAncestor, type ComplianceUnitFigure } from './rollup';

const f = (regionCode: string, numerator: number, denominator: number, indicatorId: ComplianceUnitFigure['indicatorId'] = 'ENR-1'): ComplianceUnitFigure => ({
  regionCode,
  indicatorId,
  numerator,
  denominator,
});

describe('compliance roll-up (issue 18: sums of numerators and denominators up the tree, never averages of rates)', () => {
  const tree = ['450000', '450200', '450202', '450203', '450300', '450302'];

  it('a parent is its own units plus its children: 柳州 = 城中区 + 鱼峰区 + the city’s own records; 广西 = both cities + its own', () => {
    const units = [f('450202', 1, 1), f('450203', 0, 99), f('450200', 5, 10), f('450302', 50, 100), f('450000', 2, 2)];
    const out = rollUpComplianceFigures(complianceRunRegions('450000', tree, units), ['ENR-1'], units);
    expect(out.get('450202')!.get('ENR-1')).toEqual({ numerator: 1, denominator: 1 });
    expect(out.get('450200')!.get('ENR-1')).toEqual({ numerator: 6, denominator: 110 });
    expect(out.get('450300')!.get('ENR-1')).toEqual({ numerator: 50, denominator: 100 });
    expect(out.get('450000')!.get('ENR-1')).toEqual({ numerator: 58, denominator: 212 });
    // 1/1 and 0/99 make 1 %, not the 50 % an average of the two counties' rates would
    expect(complianceValue({ measure: 'rate' }, { numerator: 1, denominator: 100 })).toBe(0.01);
  });

  it('every region × indicator is answered; nothing to count is 0/0', () => {
    const out = rollUpComplianceFigures(tree, ['ENR-1', 'OVP-2'], [f('450202', 3, 4, 'OVP-2')]);
    expect([...out.keys()].sort()).toEqual([...tree].sort());
    expect(out.get('450203')!.get('ENR-1')).toEqual({ numerator: 0, denominator: 0 });
    expect(out.get('450000')!.get('OVP-2')).toEqual({ numerator: 3, denominator: 4 });
  });

  it('a unit missing from the region table still reaches its parents; a township collapses onto its county chain; outside the root is dropped', () => {
    const units = [f('450299', 2, 3), f('450202001', 1, 1), f('460100', 9, 9)];
    const regions = complianceRunRegions('450200', ['450200', '450202'], units);
    expect(regions).toEqual(['450200', '450202', '450202001', '450299']);
    const out = rollUpComplianceFigures(regions, ['ENR-1'], units);
    expect(out.get('450202')!.get('ENR-1')).toEqual({ numerator: 1, denominator: 1 });
    expect(out.get('450200')!.get('ENR-1')).toEqual({ numerator: 3, denominator: 4 });
  });

  it('a county run is just the county', () => {
    const out = rollUpComplianceFigures(complianceRunRegions('450202', tree, [f('450202', 4, 5)]), ['ENR-1'], [f('450202', 4, 5)]);
    expect([...out.keys()]).toEqual(['450202']);
  });

  it('a city re-run moves its ancestors by its own change: the province is the same sum a province run would give', () => {
    const units = [f('450202', 1, 1), f('450203', 0, 99), f('450200', 5, 10), f('450302', 50, 100), f('450000', 2, 2)];
    const before = rollUpComplianceFigures(complianceRunRegions('450000', tree, units), ['ENR-1'], units);
    // 鱼峰区's records change; 柳州 is re-run alone
    const changed = [f('450202', 1, 1), f('450203', 90, 99), f('450200', 5, 10), f('450302', 50, 100), f('450000', 2, 2)];
    const city = rollUpComplianceFigures(complianceRunRegions('450200', tree, changed), ['ENR-1'], changed);
    const province = rollUpIntoAncestor(before.get('450000')!.get('ENR-1')!, before.get('450200')!.get('ENR-1')!, city.get('450200')!.get('ENR-1')!);
    const full = rollUpComplianceFigures(complianceRunRegions('450000', tree, changed), ['ENR-1'], changed);
    expect(province).toEqual(full.get('450000')!.get('ENR-1'));
    expect(province).toEqual({ numerator: 148, denominator: 212 });
    // nothing changed: the ancestor keeps its figure
    expect(rollUpIntoAncestor({ numerator: 7, denominator: 9 }, { numerator: 3, denominator: 4 }, { numerator: 3, denominator: 4 })).toEqual({
      numerator: 7,
      denominator: 9,
    });
  });
});
