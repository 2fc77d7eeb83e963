/** The seven roles of DOMAIN §1. Codes are fixed by the API contract (ARCHITECTURE §3). */
export const ROLES = [
  'system_admin',
  'security_admin',
  'audit_admin',
  'province_supervisor',
  'city_officer',
  'county_officer',
  'inspector',
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * 三权分立 (MLPS 2.0 level 3): the three administrator roles. None of them is granted, changed, reset or
 * disabled by one of the others alone — only by the CLI at installation, or proposed by one administrator and
 * confirmed by an administrator of another of these roles (USER_CHANGE_WORKFLOW).
 */
export const ADMIN_ROLES = ['system_admin', 'security_admin', 'audit_admin'] as const satisfies readonly Role[];

export function isAdminRole(role: string | null | undefined): boolean {
  return (ADMIN_ROLES as readonly string[]).includes(role ?? '');
}
