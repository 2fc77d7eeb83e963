import { defineCodes, type CodeOf } from '../codes';
import { addDays, isCalendarDate } from '../dates';

/**
 * The working-day calendar (工作日): statutory periods counted in working days (国家医保局令第4号 art. 14's
 * 15 working days to decide whether to file, the legal review's 10, service within 7) skip the State
 * Council's holidays and count its 调休 weekends as working days. Everything here is pure: the API keeps the
 * entries (platform/holidays) and hands them in as a calendar.
 */
export const HOLIDAY_KIND_CODES = defineCodes({
  holiday: { zh: '放假', en: 'Holiday' },
  workday: { zh: '调休上班', en: 'Make-up working day' },
});
export type HolidayKind = CodeOf<typeof HOLIDAY_KIND_CODES>;
export const HOLIDAY_KINDS = HOLIDAY_KIND_CODES.values;

/** The longest name of a calendar entry ('国庆节、中秋节'). */
export const HOLIDAY_NAME_MAX = 50;

/** One day of the State Council's arrangement: a day off, or a weekend made a working day (调休). */
export interface HolidayEntry {
  date: string;
  kind: HolidayKind;
  name: string;
}

/** `GET /api/holidays`: a calendar entry as the API answers it. */
export interface HolidayRecord extends HolidayEntry {
  id: number;
  version: number;
}

/**
 * What the counting needs: the entries by date, and the years that have a calendar. A year with no entry at
 * all has no published arrangement (every notice has at least 元旦), so its days are counted Monday–Friday and
 * the answer is marked approximate.
 */
export interface WorkingDayCalendar {
  readonly days: ReadonlyMap<string, HolidayKind>;
  readonly years: ReadonlySet<number>;
}

export function workingDayCalendar(entries: Iterable<Pick<HolidayEntry, 'date' | 'kind'>>): WorkingDayCalendar {
  const days = new Map<string, HolidayKind>();
  const years = new Set<number>();
  for (const e of entries) {
    days.set(e.date, e.kind);
    years.add(yearOf(e.date));
  }
  return { days, years };
}

/** The answer of addWorkingDays: the day the period ends, and whether a year without calendar was counted. */
export interface WorkingDayResult {
  date: string;
  /** true when a day counted lies in a year without calendar (counted Monday–Friday) */
  approximate: boolean;
}

/** The most working days one call counts (ten years): a bound, so a wrong input cannot spin. */
export const MAX_WORKING_DAYS = 2600;

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** 0 = Sunday … 6 = Saturday, without time zones. */
function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function isWeekend(date: string): boolean {
  const d = weekdayOf(date);
  return d === 0 || d === 6;
}

/** Whether people work on that day: a holiday no, a 调休 weekend yes, otherwise Monday–Friday. */
export function isWorkingDay(date: string, calendar: WorkingDayCalendar): boolean {
  if (!isCalendarDate(date)) throw new RangeError(`isWorkingDay: ${String(date)} is not a YYYY-MM-DD date`);
  const kind = calendar.days.get(date);
  if (kind === 'holiday') return false;
  if (kind === 'workday') return true;
  return !isWeekend(date);
}

/**
 * The date `n` working days after `fromDate`: counting starts the day after (a clue received on Monday with
 * 15 working days is due on the 15th working day after it, 令第4号 art. 14); n = 0 is `fromDate` itself.
 */
export function addWorkingDays(fromDate: string, n: number, calendar: WorkingDayCalendar): WorkingDayResult {
  if (!isCalendarDate(fromDate)) throw new RangeError(`addWorkingDays: ${String(fromDate)} is not a YYYY-MM-DD date`);
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) throw new RangeError(`addWorkingDays: n must be an integer from 0 to ${MAX_WORKING_DAYS}`);
  let date = fromDate;
  let approximate = false;
  for (let counted = 0; counted < n;) {
    date = addDays(date, 1);
    if (!calendar.years.has(yearOf(date))) approximate = true;
    if (isWorkingDay(date, calendar)) counted++;
  }
  return { date, approximate };
}

/**
 * Why an entry cannot be kept, or null: a 调休 working day is a Saturday or Sunday made a working day, so one on
 * a weekday says nothing (and is most likely a typo for the neighbouring weekend).
 */
export function holidayEntryRefusal(entry: Pick<HolidayEntry, 'date' | 'kind'>): { field: 'date'; message: string } | null {
  if (entry.kind === 'workday' && !isWeekend(entry.date)) {
    return { field: 'date', message: '调休上班日须为周六或周日 (a make-up working day is a Saturday or Sunday)' };
  }
  return null;
}
