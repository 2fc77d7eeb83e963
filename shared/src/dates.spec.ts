import { addDays, daysBetween, isCalendarDate } from './dates';

describe('calendar dates', () => {
  it.each<[unknown, boolean]>([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['0099-01-01', false],
    [20260101, false],
    [null, false],
  ])('%p is a date: %p', (value, ok) => {
    expect(isCalendarDate(value)).toBe(ok);
  });

  it('adds and counts days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-04-09', '2026-04-10')).toBe(1);
    expect(daysBetween('2026-04-10', '2026-04-09')).toBe(-1);
  });
});
