import {
  expectedReportingTasks,
  REPORTING_DUTY_CATALOGUE,
  reportingDueOn,
  reportingDueRuleFor,
  reportingDutiesRuledBy,
  reportingPeriodEnd,
  reportingPeriodKind,
  reportingPeriodsOf,
  reportingTaskState,
  reportingTimeliness,
  validateReportingDueRules,
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

describe('due rules as parameters of a region and year', () => {
  const bulletin10 = { daysAfterPeriodEnd: 10, source: '桂医保 2026 月通报 次月10日前' };
  const quarterly20 = { daysAfterPeriodEnd: 20, source: '柳州市 季后20日前' };
  const quarterly5 = { daysAfterPeriodEnd: 5, source: '广西 季后5日前' };
  const table0331 = { monthDay: '03-31', source: '广西 3月31日前' };
  const approved = new Map([
    ['450000', { monthly_bulletin: bulletin10, quarterly_statistics: quarterly5, responsibility_table: table0331 }],
    ['450200', { quarterly_statistics: quarterly20 }],
  ]);
  it.each([
    // the province's own duty: its own rule
    ['monthly_bulletin', '450000', bulletin10, '2026-10', '2026-11-10'],
    // a county of 柳州: its city's rule over the province's
    ['quarterly_statistics', '450202', quarterly20, '2026-Q3', '2026-10-20'],
    // 柳州市 itself: its own
    ['quarterly_statistics', '450200', quarterly20, '2026-Q3', '2026-10-20'],
    // a county of 桂林 (no city rule): the province's
    ['quarterly_statistics', '450302', quarterly5, '2026-Q3', '2026-10-05'],
    ['responsibility_table', '450202', table0331, '2026', '2026-03-31'],
    // no rule anywhere: the catalogue's default
    ['roster_comparison', '450202', REPORTING_DUTY_CATALOGUE.roster_comparison.due, '2026-05', '2026-06-10'],
    ['annual_report', '450000', REPORTING_DUTY_CATALOGUE.annual_report.due, '2026', '2026-12-10'],
    // another province: none of 广西's
    ['quarterly_statistics', '440302', REPORTING_DUTY_CATALOGUE.quarterly_statistics.due, '2026-Q3', '2026-10-15'],
  ] as const)('%s filed by %s follows %j: %s due %s', (duty, filer, rule, period, dueOn) => {
    expect(reportingDueRuleFor(duty, filer, approved)).toBe(rule);
    expect(reportingDueOn(reportingDueRuleFor(duty, filer, approved), period)).toBe(dueOn);
  });

  const doc = (regionCode: string, rules: unknown, year: unknown = 2026) => ({ regionCode, year, rules });
  const fields = (value: unknown) => validateReportingDueRules(value).map((p) => p.field);
  it.each([
    ['a province rules every duty', doc('450000', { monthly_bulletin: bulletin10, responsibility_table: table0331, quarterly_statistics: quarterly5 }), []],
    ['a city its own and its counties’', doc('450200', { quarterly_statistics: quarterly20, roster_comparison: { daysAfterPeriodEnd: 0, source: 'x' } }), []],
    ['no rules: the defaults', doc('450200', {}), []],
    ['a city cannot rule the province’s bulletin', doc('450200', { monthly_bulletin: bulletin10 }), ['rules.monthly_bulletin']],
    ['nor a county anything', doc('450202', {}), ['regionCode']],
    ['an unknown duty', doc('450000', { weekly: bulletin10 }), ['rules.weekly']],
    ['days above 90', doc('450000', { monthly_bulletin: { daysAfterPeriodEnd: 91, source: 'x' } }), ['rules.monthly_bulletin.daysAfterPeriodEnd']],
    ['negative days', doc('450000', { monthly_bulletin: { daysAfterPeriodEnd: -1, source: 'x' } }), ['rules.monthly_bulletin.daysAfterPeriodEnd']],
    ['fractional days', doc('450000', { monthly_bulletin: { daysAfterPeriodEnd: 1.5, source: 'x' } }), ['rules.monthly_bulletin.daysAfterPeriodEnd']],
    ['days as text', doc('450000', { monthly_bulletin: { daysAfterPeriodEnd: '10', source: 'x' } }), ['rules.monthly_bulletin.daysAfterPeriodEnd']],
    ['a fixed day for a monthly duty', doc('450000', { monthly_bulletin: { monthDay: '05-10', source: 'x' } }), ['rules.monthly_bulletin.monthDay']],
    ['30 February', doc('450000', { annual_report: { monthDay: '02-30', source: 'x' } }), ['rules.annual_report.monthDay']],
    ['29 February of a common year', doc('450000', { annual_report: { monthDay: '02-29', source: 'x' } }), ['rules.annual_report.monthDay']],
    ['29 February of a leap year', doc('450000', { annual_report: { monthDay: '02-29', source: 'x' } }, 2028), []],
    ['a day not MM-DD', doc('450000', { annual_report: { monthDay: '4-12', source: 'x' } }), ['rules.annual_report.monthDay']],
    ['both forms', doc('450000', { annual_report: { monthDay: '04-12', daysAfterPeriodEnd: 3, source: 'x' } }), ['rules.annual_report']],
    ['neither form', doc('450000', { annual_report: { source: 'x' } }), ['rules.annual_report']],
    ['no source', doc('450000', { annual_report: { monthDay: '04-12' } }), ['rules.annual_report.source']],
    ['a blank source', doc('450000', { annual_report: { monthDay: '04-12', source: '  ' } }), ['rules.annual_report.source']],
    ['a source of 256 characters', doc('450000', { annual_report: { monthDay: '04-12', source: '文'.repeat(256) } }), ['rules.annual_report.source']],
    ['an extra key in a rule', doc('450000', { annual_report: { monthDay: '04-12', source: 'x', note: 1 } }), ['rules.annual_report.note']],
    ['an extra key in the document', { ...doc('450000', {}), injected: true }, ['injected']],
    ['rules not an object', doc('450000', []), ['rules']],
    ['a year out of range', doc('450000', {}, 1999), ['year']],
    ['not an object', 'rules', ['']],
  ] as const)('%s', (_name, value, expected) => {
    expect(fields(value)).toEqual(expected);
  });

  it('lists the duties a unit rules', () => {
    expect(reportingDutiesRuledBy('450000')).toEqual(Object.keys(REPORTING_DUTY_CATALOGUE));
    expect(reportingDutiesRuledBy('450200')).toEqual(['quarterly_statistics', 'responsibility_table', 'roster_comparison']);
    expect(reportingDutiesRuledBy('450202')).toEqual([]);
  });
});
