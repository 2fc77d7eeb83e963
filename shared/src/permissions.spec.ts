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
    // creating an account and authorising its role are separate duties
    expect(can('security_admin', 'users', 'authorize')).toBe(true);
    expect(can('system_admin', 'users', 'authorize')).toBe(false);
    expect(can('security_admin', 'users', 'create')).toBe(false);
    // each administrator reaches the pending changes to administrator accounts, to confirm them
    for (const role of ['system_admin', 'security_admin', 'audit_admin'] as const) expect(can(role, 'user-changes', 'show')).toBe(true);
    const auditWrites = RESOURCES.flatMap((r) => (PERMISSIONS.audit_admin[r] ?? []).filter((a) => !['list', 'show', 'verify'].includes(a)));
    expect(auditWrites).toEqual([]);
  });

  it('business roles read reference data and manage no users', () => {
    for (const role of ['province_supervisor', 'city_officer', 'county_officer', 'inspector'] as const) {
      expect(permissionsOf(role).regions).toEqual(['list', 'show']);
      expect(can(role, 'users', 'list')).toBe(false);
    }
  });

  it('responsibility tables are filed by cities and counties and read by the province', () => {
    expect(can('city_officer', 'responsibility-tables', 'create')).toBe(true);
    expect(can('county_officer', 'responsibility-tables', 'edit')).toBe(true);
    expect(can('province_supervisor', 'responsibility-tables', 'create')).toBe(false);
    expect(can('province_supervisor', 'responsibility-tables', 'show')).toBe(true);
    expect(can('system_admin', 'responsibility-tables', 'list')).toBe(false);
  });
});
