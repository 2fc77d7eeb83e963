import type { Role } from './roles';
import type { RegionLevel } from './regions';

/** zh-CN labels for codes the API speaks (the admin's locale files reuse these). */
export const ROLE_LABELS: Record<Role, string> = {
  system_admin: '系统管理员',
  security_admin: '安全管理员',
  audit_admin: '审计管理员',
  province_supervisor: '省级督导',
  city_officer: '市级医保局',
  county_officer: '县级医保局',
  inspector: '稽查员',
};

export const REGION_LEVEL_LABELS: Record<RegionLevel, string> = {
  national: '全国',
  province: '省级',
  city: '市级',
  county: '县级',
  township: '乡镇（街道）',
};
