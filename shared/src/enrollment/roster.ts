import type { IdentityCategory } from './codes';

/**
 * The monthly roster comparison (按月比对, DOMAIN §2; S0 §三(二), S1 §一(一), S3 §五): template columns,
 * the kinds of difference it finds, and how a county closes each verification task.
 */
export const ROSTER_HEADERS = ['身份证号', '姓名', '行政区划代码', '身份类别', '来源部门', '状态'] as const;

/** Default deadline of a verification task: the end of the month after the roster's (a parameter later). */
export function defaultTaskDeadline(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const end = new Date(Date.UTC(y, m + 1, 0)); // day 0 of the month after next = last day of next month
  return end.toISOString().slice(0, 10);
}

/** The last day of a YYYY-MM month. */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Stored form of a set of identity codes: sorted and comma-wrapped, so `LIKE '%,code,%'` finds one. */
export function encodeCategories(categories: readonly IdentityCategory[]): string {
  return `,${[...new Set(categories)].sort().join(',')},`;
}

export function decodeCategories(stored: string): IdentityCategory[] {
  return stored.split(',').filter(Boolean) as IdentityCategory[];
}

/** Enrollment-rate targets in basis points, with their sources (DOMAIN §2, §7 ENR-1/ENR-2). */
export const ENROLLMENT_TARGETS: Partial<Record<IdentityCategory, { targetBp: number; source: string }>> = {
  registered_poor: { targetBp: 10000, source: 'S1 柳医保发〔2019〕6号 §一；S4 医保发〔2019〕57号 §三：建档立卡贫困人口参保率100%' },
  rural_low_income: { targetBp: 9900, source: '农村低收入人口和脱贫人口参保率稳定在99%以上（示例取值，非政策规定）' },
};
