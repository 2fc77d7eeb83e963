import { addDays } from '../dates';
import {
  clueFilingDueOn,
  decisionCountdown,
  decisionDueOn,
  finePayableBy,
  FRAUD_TIME_LIMITS,
  lateFee,
  legalReviewDueOn,
  limitationEndsOn,
  onWorkingDay,
  reporterNoticeDueOn,
  serviceDueOn,
  statementWindowEndsOn,
  totalPausedDays,
  type FraudPause,
  type WorkingDaysAdder,
} from '.';

/**
 * A test calendar standing in for platform/working-days.ts: Monday–Friday, with the 2025 National Day week as the
 * State Council's 2025 notice sets it (10月1日至8日放假；9月28日（周日）、10月11日（周六）上班).
 */
const HOLIDAYS = new Set(['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06', '2025-10-07', '2025-10-08']);
const WORKDAYS = new Set(['2025-09-28', '2025-10-11']);
const isWorkingDay = (d: string) => {
  if (WORKDAYS.has(d)) return true;
  if (HOLIDAYS.has(d)) return false;
  const day = new Date(`${d}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6;
};
const workingDays: WorkingDaysAdder = (date, n) => {
  let d = date;
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) left--;
  }
  return d;
};

describe('working-day limits (令第4号 arts. 14, 37–40, 59; 令第5号), over the National Day week', () => {
  it.each<[string, () => string, string]>([
    // art. 14: 15 working days; 9-28 (a Sunday made a working day) counts, 10-01…10-08 do not, 10-11 (Saturday) does
    ['clue filing decision, 15 working days across the holiday', () => clueFilingDueOn('2025-09-26', false, workingDays), '2025-10-23'],
    ['clue filing decision, extended once by 15', () => clueFilingDueOn('2025-09-26', true, workingDays), '2025-11-13'],
    ['clue filing decision in an ordinary month', () => clueFilingDueOn('2026-03-02', false, workingDays), '2026-03-23'],
    ['legal review, 10 working days', () => legalReviewDueOn('2025-09-29', workingDays), '2025-10-20'],
    ['service, 7 working days after the decision', () => serviceDueOn('2025-09-30', workingDays), '2025-10-16'],
    ['reporter told within 5 working days of the filing decision', () => reporterNoticeDueOn('2026-03-02', workingDays), '2026-03-09'],
  ])('%s', (_case, due, expected) => {
    expect(due()).toBe(expected);
  });

  it('takes its day counts from the limits given (a province’s own)', () => {
    expect(clueFilingDueOn('2026-03-02', false, workingDays, { ...FRAUD_TIME_LIMITS, clueVerifyWorkingDays: 10 })).toBe('2026-03-16');
    expect(serviceDueOn('2026-03-02', workingDays, { ...FRAUD_TIME_LIMITS, serviceWorkingDays: 5 })).toBe('2026-03-09');
  });
});

describe('the decision deadline (令第4号 art. 45: 90 days, +30, pauses not counted)', () => {
  const filedOn = '2026-01-10';
  const pause = (from: string, to: string | null, kind: FraudPause['kind'] = 'appraisal'): FraudPause => ({ kind, from, to });
  const today = '2026-03-01';

  it.each<[string, FraudPause[], Array<{ days: number; collective: boolean }>, string]>([
    ['90 days after filing', [], [], '2026-04-10'],
    // 2026-01-25 … 2026-02-05: 7 days in January and 5 in February, both ends counted
    ['a pause across a month end adds its 12 days', [pause('2026-01-25', '2026-02-05')], [], '2026-04-22'],
    ['an extension of 30 days with the pause', [pause('2026-01-25', '2026-02-05')], [{ days: 30, collective: false }], '2026-05-22'],
    [
      'a further collective extension adds on',
      [],
      [
        { days: 30, collective: false },
        { days: 20, collective: true },
      ],
      '2026-05-30',
    ],
    ['a one-day pause counts one day', [pause('2026-02-10', '2026-02-10', 'testing')], [], '2026-04-11'],
    ['a pause from the deadline’s last day still counts', [pause('2026-04-10', '2026-04-11')], [], '2026-04-12'],
    ['a pause after the deadline does not move it', [pause('2026-04-11', '2026-04-20')], [], '2026-04-10'],
    // the first pause moves the deadline to 04-15, so the second, from 04-12, began in time and counts
    [
      'a pause in time only because an earlier one moved the deadline',
      [pause('2026-04-12', '2026-04-13'), pause('2026-04-01', '2026-04-05')],
      [],
      '2026-04-17',
    ],
  ])('%s', (_case, pauses, extensions, expected) => {
    expect(decisionDueOn({ filedOn, pauses, extensions }, today)).toBe(expected);
  });

  it('counts an open pause up to today, so the countdown stands still while it lasts', () => {
    const c = { filedOn, pauses: [pause('2026-03-01', null, 'expert_review')], extensions: [] };
    const first = decisionCountdown(c, '2026-03-10');
    expect(first).toEqual({ dueOn: '2026-04-20', daysLeft: 41, paused: true, pausedKind: 'expert_review', overdue: false });
    const next = decisionCountdown(c, '2026-03-11');
    expect(next).toMatchObject({ dueOn: '2026-04-21', daysLeft: 41, paused: true });
    expect(totalPausedDays(c.pauses, '2026-03-11')).toBe(11);
  });

  it('counts down to 0 on the last day and is overdue the day after', () => {
    const c = { filedOn, pauses: [pause('2026-01-25', '2026-02-05')], extensions: [] };
    expect(decisionCountdown(c, '2026-02-06')).toMatchObject({ daysLeft: 75, paused: false, pausedKind: null });
    expect(decisionCountdown(c, '2026-04-22')).toMatchObject({ daysLeft: 0, overdue: false });
    expect(decisionCountdown(c, '2026-04-23')).toMatchObject({ daysLeft: -1, overdue: true });
  });
});

describe('paying the fine (行政处罚法 arts. 67, 72; 令第4号 arts. 55, 58)', () => {
  it('is payable 15 days after service, moved past a holiday when a calendar is given', () => {
    expect(finePayableBy('2026-03-02')).toBe('2026-03-17');
    // 2025-10-01 is a holiday: the period ends on the first working day after it (art. 58)
    expect(finePayableBy('2025-09-16')).toBe('2025-10-01');
    expect(finePayableBy('2025-09-16', FRAUD_TIME_LIMITS, workingDays)).toBe('2025-10-09');
    expect(onWorkingDay('2025-10-10', workingDays)).toBe('2025-10-10');
  });

  it.each<[string, number, string, number]>([
    ['paid on the last day', 100_000, '2026-03-17', 0],
    ['paid before', 100_000, '2026-03-10', 0],
    ['one day late: 3 %', 100_000, '2026-03-18', 3_000],
    ['ten days late', 100_000, '2026-03-27', 30_000],
    ['33 days late: 99 %', 100_000, '2026-04-19', 99_000],
    ['34 days late: capped at the fine', 100_000, '2026-04-20', 100_000],
    ['a year late: still the fine', 100_000, '2027-03-17', 100_000],
    ['fractions of a fen are not owed', 333, '2026-03-18', 9],
    ['no fine, no fee', 0, '2026-06-01', 0],
    ['a large fine does not overflow before the cap', 1_000_000_000_000, '2026-03-20', 90_000_000_000],
  ])('%s', (_case, fine, paidOn, expected) => {
    expect(lateFee(fine, '2026-03-17', paidOn)).toBe(expected);
  });
});

describe('the limitation period and the statement window', () => {
  it.each<[string, boolean, string]>([
    ['2024-03-15', false, '2026-03-15'],
    ['2024-03-15', true, '2029-03-15'],
    // a leap day ends on the last day of February
    ['2024-02-29', false, '2026-02-28'],
  ])('conduct ended %s (health harmed %s) may be punished until %s', (ended, harmed, expected) => {
    expect(limitationEndsOn(ended, harmed)).toBe(expected);
  });

  it('closes 5 days after the notice (行政处罚法 art. 64), or as the province sets it', () => {
    expect(statementWindowEndsOn('2026-03-30')).toBe('2026-04-04');
    expect(statementWindowEndsOn('2026-03-30', { ...FRAUD_TIME_LIMITS, statementWindowDays: 3 })).toBe('2026-04-02');
  });
});
