import { can, permissionsOf, PERMISSIONS, RESOURCES } from './permissions';
import { ROLES } from './roles';

describe('permission table', () => {
  it('covers every role', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...ROLES].sort());
  });

  it('separates the three administrators (三权分立)', () => {
    expect(can('system_admin', 'audit-logs', 'list')).toBe(false);
    expect(can('system_admin', 'users', 'create')).toBe(true);
    expect(can('security_admin', 'users', 'unlock')).toBe(true);
    expect(can('system_admin', 'users', 'unlock')).toBe(false);
    const auditWrites = RESOURCES.flatMap((r) => (PERMISSIONS.audit_admin[r] ?? []).filter((a) => !['list', 'show', 'verify'].includes(a)));
    expect(auditWrites).toEqual([]);
  });

  it('business roles only read reference data here', () => {
    for (const role of ['province_supervisor', 'city_officer', 'county_officer', 'inspector'] as const) {
      expect(permissionsOf(role)).toEqual({ regions: ['list', 'show'] });
      expect(can(role, 'users', 'list')).toBe(false);
    }
  });
});
