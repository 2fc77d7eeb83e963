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
