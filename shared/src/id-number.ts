/**
 * Resident identity card number, GB 11643-1999 (DOMAIN §2): 6-digit region code, 8-digit birth date
 * (YYYYMMDD), 3-digit sequence (odd = male, even = female), 1 check character (ISO 7064 MOD 11-2).
 * The old 15-digit numbers (before 1999) are not accepted: every beneficiary roster since carries 18.
 */

/** Weight of each of the first 17 digits (2^(17-i) mod 11). */
export const ID_NUMBER_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;

/** Check character for S mod 11 = 0 … 10. */
export const ID_NUMBER_CHECK_CHARS = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'] as const;

export const ID_NUMBER_LENGTH = 18;

/** Earliest birth year accepted: nobody alive on a roster was born before it. */
export const ID_NUMBER_MIN_BIRTH_YEAR = 1900;

export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];

export const SEX_LABELS: Record<Sex, string> = { male: '男', female: '女' };

/** Why a number was rejected, in the order the checks run (the first failing one is reported). */
export const ID_NUMBER_PROBLEMS = ['length', 'format', 'birth_date', 'checksum'] as const;
export type IdNumberProblem = (typeof ID_NUMBER_PROBLEMS)[number];

export type IdNumberCheck = { ok: true; idNumber: string; birthDate: string; sex: Sex } | { ok: false; reason: IdNumberProblem };

// Offices paste numbers from Word and WPS with full-width digits and letters; fold them to ASCII.
const FULL_WIDTH = /[\uFF10-\uFF19\uFF38\uFF58]/g;

/**
 * The canonical form of a typed or imported number: trimmed, inner whitespace removed (including the
 * full-width space U+3000 and no-break spaces), full-width digits and Ｘ folded to ASCII, and a
 * lowercase x check character upper-cased. Anything else is left as it is for the validator to judge.
 */
export function normalizeIdNumber(raw: string | null | undefined): string {
  if (typeof raw !== 'string') return '';
  return raw
    .replace(/\s+/g, '')
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toUpperCase();
}

/** The check character for the first 17 digits. Throws on anything but 17 ASCII digits. */
export function idNumberCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('idNumberCheckChar expects exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_NUMBER_WEIGHTS[i];
  return ID_NUMBER_CHECK_CHARS[sum % 11];
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a real Gregorian date given as 'YYYY-MM-DD' (no Date object: no time zone can shift it). */
function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  return day <= days;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Validates a number as typed or imported (it is normalised first). `today` is the caller's calendar
 * date, 'YYYY-MM-DD' — in China time, e.g. `chinaDate(new Date())` — so the result never depends on the
 * machine's clock or time zone. A birth date after `today`, before 1900 or not on the calendar is
 * rejected as 'birth_date'.
 */
export function validateIdNumber(raw: string | null | undefined, today: string): IdNumberCheck {
  const todayMatch = ISO_DATE.exec(today);
  if (!todayMatch || !isCalendarDate(Number(todayMatch[1]), Number(todayMatch[2]), Number(todayMatch[3]))) {
    throw new RangeError(`validateIdNumber: today must be a YYYY-MM-DD date, got ${JSON.stringify(today)}`);
  }
  const idNumber = normalizeIdNumber(raw);
  if (idNumber.length !== ID_NUMBER_LENGTH) return { ok: false, reason: 'length' };
  if (!/^\d{17}[\dX]$/.test(idNumber)) return { ok: false, reason: 'format' };

  const year = Number(idNumber.slice(6, 10));
  const month = Number(idNumber.slice(10, 12));
  const day = Number(idNumber.slice(12, 14));
  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  // ISO dates compare correctly as strings.
  if (year < ID_NUMBER_MIN_BIRTH_YEAR || !isCalendarDate(year, month, day) || birthDate > today) {
    return { ok: false, reason: 'birth_date' };
  }
  if (idNumberCheckChar(idNumber.slice(0, 17)) !== idNumber[17]) return { ok: false, reason: 'checksum' };

  const sex: Sex = Number(idNumber[16]) % 2 === 1 ? 'male' : 'female';
  return { ok: true, idNumber, birthDate, sex };
}

/** Characters a masked number keeps at most at the start (the county code) and at the end. */
const MASK_KEEP_START = 6;
const MASK_KEEP_END = 4;
/** Always eight stars, so the mask never tells the length of a malformed value. */
const MASK = '********';

/**
 * `450202********123X`: the county code and the last four characters, the rest hidden. For malformed
 * input it never shows more than that, and always hides at least eight characters: a short value keeps
 * fewer characters (the start first, since the county code is shown next to the person anyway), and a
 * value of eight characters or fewer is all stars.
 */
export function maskIdNumber(id: string | null | undefined): string {
  const value = normalizeIdNumber(id);
  if (value.length === 0) return '';
  const visible = Math.max(0, Math.min(value.length - MASK.length, MASK_KEEP_START + MASK_KEEP_END));
  const start = Math.min(MASK_KEEP_START, visible);
  const end = visible - start;
  return value.slice(0, start) + MASK + (end > 0 ? value.slice(value.length - end) : '');
}

/**
 * Every ID-number-shaped run in free text (17 digits and a digit or X, not part of a longer number) masked
 * as `maskIdNumber` does: for log lines and driver messages that may quote a row ("Duplicate entry '…'").
 */
export function maskIdNumbersIn(text: string): string {
  return text.replace(/(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])/g, (id) => maskIdNumber(id));
}

/** Bilingual text for each problem, so the API, the import error report and the admin say the same thing. */
export function describeIdNumberProblem(problem: IdNumberProblem): string {
  switch (problem) {
    case 'length':
      return '身份证号应为 18 位（15 位旧号码请换用 18 位号码） (an ID number has 18 characters; convert old 15-digit numbers)';
    case 'format':
      return '身份证号应为 17 位数字加 1 位校验码（数字或 X） (17 digits followed by a check digit or X)';
    case 'birth_date':
      return '身份证号中的出生日期无效（不存在、早于 1900 年或晚于今天） (the birth date in the ID number is not a real date, before 1900, or in the future)';
    case 'checksum':
      return '身份证号校验码错误，请核对号码 (the check digit does not match; please check the number)';
  }
}
