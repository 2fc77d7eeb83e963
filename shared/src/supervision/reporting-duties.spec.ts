import {
  expectedReportingTasks,
  REPORTING_DUTY_CATALOGUE,
  reportingDueOn,
  reportingPeriodEnd,
  reportingPeriodKind,
  reportingPeriodsOf,
  reportingTaskState,
  reportingTimeliness,
} from '.';

describe('reporting periods', () => {
  it.each([
    ['2026-10', 'month'],
    ['2026-Q3', 'quarter'],
    ['2026', 'year'],
    ['2026-13', null],
    ['2026-Q5', null],
    ['2026-1', null],
    ['26', null],
    ['2026-10 ', null],
  ])('%s is a %s period', (period, kind) => {
    expect(reportingPeriodKind(period)).toBe(kind);
  });

  it.each([
    ['2026-02', '2026-02-28'],
    ['2024-02', '2024-02-29'],
    ['2026-12', '2026-12-31'],
    ['2026-Q1', '2026-03-31'],
    ['2026-Q3', '2026-09-30'],
    ['2026', '2026-12-31'],
  ])('%s ends on %s', (period, end) => {
    expect(reportingPeriodEnd(period)).toBe(end);
  });

  it('lists every period of a year in order', () => {
    expect(reportingPeriodsOf('year', 2026)).toEqual(['2026']);
    expect(reportingPeriodsOf('quarter', 2026)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(reportingPeriodsOf('month', 2026)).toHaveLength(12);
    expect(reportingPeriodsOf('month', 2026)[9]).toBe('2026-10');
  });
});

describe('due dates (the catalogue’s default rules)', () => {
  const due = (duty: keyof typeof REPORTING_DUTY_CATALOGUE, period: string) => reportingDueOn(REPORTING_DUTY_CATALOGUE[duty].due, period);
  it.each([
    // S4 §八: by 10 December of the year
    ['annual_report', '2026', '2026-12-10'],
    // S0 §四 / Annex 2: by 12 April, the table's own due date
    ['responsibility_table', '2026', '2026-04-12'],
    // days after the period's end (working values, marked as such in their source)
    ['monthly_bulletin', '2026-10', '2026-11-15'],
    ['monthly_bulletin', '2026-12', '2027-01-15'],
    ['roster_comparison', '2026-01', '2026-02-10'],
    ['quarterly_statistics', '2026-Q3', '2026-10-15'],
    ['quarterly_statistics', '2026-Q4', '2027-01-15'],
  ] as const)('%s for %s is due on %s', (duty, period, dueOn) => {
    expect(due(duty, period)).toBe(dueOn);
  });

  it('a rule is a parameter: another region’s or year’s rule moves the date', () => {
    expect(reportingDueOn({ monthDay: '03-31', source: 'test' }, '2027')).toBe('2027-03-31');
    expect(reportingDueOn({ daysAfterPeriodEnd: 5, source: 'test' }, '2026-Q2')).toBe('2026-07-05');
  });

  it('every duty cites its source clause', () => {
    for (const def of Object.values(REPORTING_DUTY_CATALOGUE)) {
      expect(def.due.source).toMatch(/^S\d/);
      expect(def.clause).toMatch(/^S\d §/);
    }
  });
});

describe('expected tasks per filer level', () => {
  it('a province files the monthly bulletin and the annual report', () => {
    const tasks = expectedReportingTasks('province', 2026);
    expect(tasks.filter((t) => t.duty === 'monthly_bulletin')).toHaveLength(12);
    expect(tasks.filter((t) => t.duty === 'annual_report')).toEqual([{ duty: 'annual_report', period: '2026' }]);
    expect(tasks).toHaveLength(13);
  });
  it('a city files the quarterly statistics and its responsibility table', () => {
    expect(expectedReportingTasks('city', 2026)).toHaveLength(5);
  });
  it('a county also compares its roster every month', () => {
    expect(expectedReportingTasks('county', 2026)).toHaveLength(17);
  });
  it('a township files nothing', () => {
    expect(expectedReportingTasks('township', 2026)).toEqual([]);
  });
});

describe('timeliness (Beijing dates)', () => {
  it.each([
    // received on the due day, late in UTC but still the due day in Beijing
    ['2026-12-10', '2026-12-10T15:59:59Z', true, 0],
    // 00:00 on the 11th in Beijing is a day late
    ['2026-12-10', '2026-12-10T16:00:00Z', false, 1],
    ['2026-04-12', '2026-04-01T02:00:00Z', true, 0],
    ['2026-04-12', '2026-04-22T02:00:00Z', false, 10],
  ])('due %s, received %s → onTime %s, %s days late', (dueOn, receivedAt, onTime, daysLate) => {
    expect(reportingTimeliness(dueOn, receivedAt, '2027-01-01T00:00:00Z')).toEqual({ onTime, daysLate });
  });

  it('not received: no verdict yet, late by the days since the due day', () => {
    expect(reportingTimeliness('2026-12-10', null, '2026-12-01T00:00:00Z')).toEqual({ onTime: null, daysLate: 0 });
    expect(reportingTimeliness('2026-12-10', null, '2026-12-13T00:00:00Z')).toEqual({ onTime: null, daysLate: 3 });
  });

  it.each([
    ['2026-12-10', null, '2026-12-10T15:00:00Z', 'pending'],
    ['2026-12-10', null, '2026-12-10T16:00:00Z', 'overdue'],
    ['2026-12-10', '2026-12-20T00:00:00Z', '2026-12-30T00:00:00Z', 'received'],
  ])('due %s, received %s, now %s → %s', (dueOn, receivedAt, now, state) => {
    expect(reportingTaskState(dueOn, receivedAt, now)).toBe(state);
  });
});
