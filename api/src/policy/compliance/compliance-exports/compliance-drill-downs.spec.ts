import { COMPLIANCE_INDICATOR_LIST } from '@yibao/shared';
import { DRILL_DOWN_LISTS } from './compliance-drill-downs';

describe('the drill-down lists', () => {
  it('reach every list the catalogue drills into, through a method its service has', () => {
    for (const def of COMPLIANCE_INDICATOR_LIST) {
      const target = DRILL_DOWN_LISTS[def.drillDown.resource];
      expect({ indicator: def.id, resource: def.drillDown.resource, mapped: !!target }).toEqual({
        indicator: def.id,
        resource: def.drillDown.resource,
        mapped: true,
      });
      expect(typeof (target.service.prototype as Record<string, unknown>)[target.read]).toBe('function');
    }
  });
});
