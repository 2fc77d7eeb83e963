import { HOLIDAY_NOTICES, holidayNoticeEntries } from './holiday-notices';
import { addWorkingDays, holidayEntryRefusal, isWeekend, isWorkingDay, workingDayCalendar } from './working-days';

const SEEDED = workingDayCalendar(HOLIDAY_NOTICES.flatMap(holidayNoticeEntries));

describe('the seeded notices (国办发明电〔2024〕12号 for 2025, the notice of 2025-11-04 for 2026)', () => {
  it.each([
    [2025, 28, 5],
    [2026, 33, 6],
  ])('%i: %i days off and %i 调休 working days', (year, holidays, workdays) => {
    const entries = holidayNoticeEntries(HOLIDAY_NOTICES.find((n) => n.year === year)!);
    expect(entries.filter((e) => e.kind === 'holiday')).toHaveLength(holidays);
    expect(entries.filter((e) => e.kind === 'workday')).toHaveLength(workdays);
    expect(new Set(entries.map((e) => e.date)).size).toBe(entries.length);
    expect(entries.every((e) => e.date.startsWith(`${year}-`))).toBe(true);
  });

  it('every 调休 working day is a Saturday or Sunday, as the notices say (2026-02-14 周六, 2026-09-20 周日)', () => {
    const workdays = HOLIDAY_NOTICES.flatMap(holidayNoticeEntries).filter((e) => e.kind === 'workday');
    expect(workdays.filter((e) => !isWeekend(e.date))).toEqual([]);
    expect(workdays.every((e) => holidayEntryRefusal(e) === null)).toBe(true);
  });

  it('every notice cites its source, and the 2026 one says its 文号 is not verified', () => {
    expect(HOLIDAY_NOTICES.every((n) => n.source.length > 10)).toBe(true);
    expect(HOLIDAY_NOTICES.find((n) => n.year === 2025)!.source).toMatch(/国办发明电〔2024〕12号/);
    expect(HOLIDAY_NOTICES.find((n) => n.year === 2026)!.source).toMatch(/未能.*核实/);
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2026-02-14', true, '周六 调休上班 (春节)'],
    ['2026-02-16', false, '周一 春节'],
    ['2026-02-24', true, '周二 after 春节'],
    ['2026-03-07', false, 'an ordinary Saturday'],
    ['2026-03-09', true, 'an ordinary Monday'],
    ['2025-10-08', false, '周三 国庆节、中秋节'],
    ['2025-10-11', true, '周六 调休上班'],
    ['2027-01-01', true, 'a Friday of a year without calendar: Monday–Friday'],
    ['2027-01-02', false, 'a Saturday of a year without calendar'],
  ])('%s → %s (%s)', (date, working) => {
    expect(isWorkingDay(date, SEEDED)).toBe(working);
  });
});

describe('addWorkingDays: counting starts the day after, holidays skipped, 调休 days counted', () => {
  it.each([
    // 国庆节 2025: 10-01 (Wed) … 10-08 off, 09-28 (Sun) and 10-11 (Sat) working
    ['2025-09-30', 1, '2025-10-09', 'the first working day after the eight days off'],
    ['2025-09-30', 3, '2025-10-11', 'the 调休 Saturday counts'],
    ['2025-09-26', 1, '2025-09-28', 'the 调休 Sunday before it counts'],
    ['2025-09-26', 2, '2025-09-29', ''],
    // 国庆节 2026: 10-01 (Thu) … 10-07 off, 09-20 (Sun) and 10-10 (Sat) working; 中秋节 09-25 … 09-27 before it
    ['2026-09-30', 1, '2026-10-08', ''],
    ['2026-09-30', 3, '2026-10-10', 'the 调休 Saturday counts'],
    ['2026-09-18', 1, '2026-09-20', 'the 调休 Sunday counts'],
    ['2026-09-21', 15, '2026-10-19', '令第4号 art. 14: a clue received on Monday 09-21 across 中秋节 and 国庆节'],
    // 春节 2025: 01-28 (除夕, Tue) … 02-04 off, 01-26 (Sun) and 02-08 (Sat) working
    ['2025-01-24', 1, '2025-01-26', 'the 调休 Sunday'],
    ['2025-01-24', 2, '2025-01-27', ''],
    ['2025-01-24', 3, '2025-02-05', 'over the eight days off'],
    ['2025-02-07', 1, '2025-02-08', 'the 调休 Saturday after it'],
    // 春节 2026: 02-15 (Sun) … 02-23 off, 02-14 (Sat) and 02-28 (Sat) working
    ['2026-02-13', 1, '2026-02-14', 'the 调休 Saturday before it'],
    ['2026-02-13', 2, '2026-02-24', 'over the nine days off'],
    ['2026-02-27', 1, '2026-02-28', 'the 调休 Saturday after it'],
    // starting on a holiday: the count still starts the next day
    ['2026-10-03', 1, '2026-10-08', ''],
    ['2026-10-03', 0, '2026-10-03', 'no days: the date itself'],
    // within the seeded years up to their last day
    ['2026-12-24', 5, '2026-12-31', ''],
  ])('%s + %i → %s %s', (from, n, expected) => {
    expect(addWorkingDays(from, n, SEEDED)).toEqual({ date: expected, approximate: false });
  });

  it.each([
    // 2027 has no calendar: 01-01 (Fri) is counted as a working day, and the answer says so
    ['2026-12-24', 10, '2027-01-07', 'across into 2027'],
    ['2024-12-30', 1, '2024-12-31', 'within 2024, which has no calendar'],
    ['2024-12-27', 3, '2025-01-02', 'across from 2024 into 2025 (2025-01-01 元旦 skipped)'],
  ])('%s + %i → %s, approximate (%s)', (from, n, expected) => {
    expect(addWorkingDays(from, n, SEEDED)).toEqual({ date: expected, approximate: true });
  });

  it('a calendar entered for a new year makes its count exact, and its holidays count', () => {
    const with2027 = workingDayCalendar([...HOLIDAY_NOTICES.flatMap(holidayNoticeEntries), { date: '2027-01-01', kind: 'holiday' }]);
    expect(addWorkingDays('2026-12-24', 10, with2027)).toEqual({ date: '2027-01-08', approximate: false });
  });

  it('refuses a malformed date or count', () => {
    expect(() => addWorkingDays('2026-02-30', 1, SEEDED)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-01', -1, SEEDED)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-01', 1.5, SEEDED)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-01', 1_000_000, SEEDED)).toThrow(RangeError);
    expect(() => isWorkingDay('2026/02/01', SEEDED)).toThrow(RangeError);
  });
});

describe('holidayEntryRefusal', () => {
  it('a 调休 working day on a weekday is refused, naming the date; holidays may fall on any day', () => {
    expect(holidayEntryRefusal({ date: '2026-10-09', kind: 'workday' })).toMatchObject({ field: 'date' });
    expect(holidayEntryRefusal({ date: '2026-10-10', kind: 'workday' })).toBeNull();
    expect(holidayEntryRefusal({ date: '2026-10-03', kind: 'holiday' })).toBeNull();
  });
});
