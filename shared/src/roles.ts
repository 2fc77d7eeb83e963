import { defineCodes, type CodeOf } from './codes';

/** The roles of DOMAIN §1 (seven) and issue 16's 医保局负责人. Codes are fixed by the API contract (ARCHITECTURE §3). */
export const ROLE_CODES = defineCodes({
  system_admin: { zh: '系统管理员', en: 'System administrator' },
  security_admin: { zh: '安全管理员', en: 'Security administrator' },
  audit_admin: { zh: '审计管理员', en: 'Audit administrator' },
  province_supervisor: { zh: '省级督导', en: 'Provincial supervisor' },
  city_officer: { zh: '市级医保局', en: 'City bureau officer' },
  county_officer: { zh: '县级医保局', en: 'County bureau officer' },
  inspector: { zh: '稽查员', en: 'Inspector' },
  /** issue 16: approves filing, extensions, decisions and closure of fraud cases for its own unit (令第4号 arts. 15, 45, 56) */
  bureau_head: { zh: '医保局负责人', en: 'Bureau head' },
});
export const ROLES = ROLE_CODES.values;
export type Role = CodeOf<typeof ROLE_CODES>;
/** zh-CN labels (the API's exports and messages) */
export const ROLE_LABELS: Readonly<Record<Role, string>> = ROLE_CODES.zh;
export const isRole = ROLE_CODES.is;

/**
 * 三权分立 (MLPS 2.0 level 3): the three administrator roles. None of them is granted, changed, reset or
 * disabled by one of the others alone — only by the CLI at installation, or proposed by one administrator and
 * confirmed by an administrator of another of these roles (USER_CHANGE_WORKFLOW).
 */
export const ADMIN_ROLES = ['system_admin', 'security_admin', 'audit_admin'] as const satisfies readonly Role[];

export function isAdminRole(role: string | null | undefined): boolean {
  return (ADMIN_ROLES as readonly string[]).includes(role ?? '');
}
