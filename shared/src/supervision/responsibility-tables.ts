/**
 * 医疗保障扶贫责任分工表 (S0 Annex 2, DOMAIN §5): one per filing unit (city or county) and year — its due
 * date, the phone check and the lateness rule.
 */
import { RESPONSIBILITY_ROLES } from './codes';
import type { ResponsibilityRow } from './records';

/** Default due date (month-day) of the yearly table, with its source: S0 §四 and Annex 2 (12 April). */
export const RESPONSIBILITY_TABLE_DUE = { monthDay: '04-12', source: 'S0 辽医保〔2019〕8号 附件2：4月12日前报送' } as const;

/** 中国大陆手机号 or 固定电话 (area code 0xx/0xxx, optional dash, optional extension). */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;

export function blankResponsibilityRows(): ResponsibilityRow[] {
  return RESPONSIBILITY_ROLES.map((role) => ({ role, name: '', unit: '', title: '', phone: '' }));
}

/** The calendar date in China (UTC+8, no daylight saving) of an instant: due dates are Beijing dates. */
export function chinaDate(instant: Date | string): string {
  return new Date(new Date(instant).getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Filed after the due date, or not filed and the due date has passed (dates in China time). */
export function isLateFiling(dueDate: string, firstSubmittedAt: Date | string | null, now: Date | string): boolean {
  return (firstSubmittedAt ? chinaDate(firstSubmittedAt) : chinaDate(now)) > dueDate;
}
