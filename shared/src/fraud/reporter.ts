/**
 * 举报人 (实名举报): a named reporter's identity is kept confidential (《医疗保障基金使用监督管理违法违规行为举报奖励
 * 办法》 art. 22: 对举报人的信息予以保密); everyone but the clue's handlers and the province supervisor sees it masked.
 */

/** A mobile number (11 digits, 1…) or a landline with its area code (`0772-2801234`). */
export const REPORTER_PHONE_PATTERN = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

/** `张*`, `欧阳**`: the first character kept (the surname as one would address the person), the rest hidden. */
export function maskReporterName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '';
  // a one-character value is hidden whole: showing it would show everything
  if (chars.length === 1) return '*';
  return chars[0] + '*'.repeat(Math.min(chars.length - 1, 3));
}

/** `138****1234`: the first three and the last four digits of a mobile; a landline keeps its last four only. */
export function maskReporterPhone(phone: string): string {
  const p = phone.trim();
  if (/^1\d{10}$/.test(p)) return `${p.slice(0, 3)}****${p.slice(7)}`;
  return p.length > 4 ? `****${p.slice(-4)}` : '****';
}
