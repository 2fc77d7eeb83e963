import { complianceDrillDownFilter } from './drill-down';
import { COMPLIANCE_INDICATOR_LIST } from './indicators';
import { parseCompliancePeriod } from './period';

describe('complianceDrillDownFilter', () => {
  it('fills every placeholder from the cell and leaves fixed values alone', () => {
    const def = {
      drillDown: {
        resource: 'settlements',
        filter: { regionCode: '{regionCode}', settledFrom: '{from}', settledTo: '{to}', year: '{year}', label: 'p{period}', flag: 'zero_oop' },
      },
    };
    expect(complianceDrillDownFilter(def, '450202', parseCompliancePeriod('2026-Q3')!)).toEqual({
      regionCode: '450202',
      settledFrom: '2026-07-01',
      settledTo: '2026-09-30',
      year: '2026',
      label: 'p2026-Q3',
      flag: 'zero_oop',
    });
  });

  it('leaves an unknown placeholder as written', () => {
    expect(complianceDrillDownFilter({ drillDown: { resource: 'settlements', filter: { x: '{unknown}' } } }, '450202', parseCompliancePeriod('2026')!)).toEqual(
      {
        x: '{unknown}',
      },
    );
  });

  it('fills the scope of every catalogue entry with the cell’s region', () => {
    for (const def of COMPLIANCE_INDICATOR_LIST) {
      const filter = complianceDrillDownFilter(def, '450200', parseCompliancePeriod('2026')!);
      expect(Object.values(filter).join(' ')).not.toMatch(/\{(regionCode|from|to|year|period)\}/);
      expect(Object.values(filter)).toContain('450200');
    }
  });
});
