import { compliancePeriodTrend, monthPeriodOf, parseCompliancePeriod, shiftCompliancePeriod } from './period';

describe('compliance periods (issue 18: 2026-10, 2026-Q3, 2026)', () => {
  it.each([
    ['2026-10', 'month', '2026-10-01', '2026-10-31'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29'],
    ['2026-Q3', 'quarter', '2026-07-01', '2026-09-30'],
    ['2026-Q1', 'quarter', '2026-01-01', '2026-03-31'],
    ['2026', 'year', '2026-01-01', '2026-12-31'],
  ])('%s is a %s from %s to %s', (text, kind, from, to) => {
    expect(parseCompliancePeriod(text)).toEqual({ period: text, kind, year: Number(text.slice(0, 4)), from, to });
  });

  it.each(['2026-13', '2026-00', '2026-Q5', '2026-Q0', '26', '2026-1', '1999', '2101', ' 2026', '2026-10-01', '', null, 2026])('refuses %p', (text) =>
    expect(parseCompliancePeriod(text)).toBeNull(),
  );

  it.each([
    ['2026-01', -1, '2025-12'],
    ['2026-12', 1, '2027-01'],
    ['2026-Q1', -1, '2025-Q4'],
    ['2026-Q4', 1, '2027-Q1'],
    ['2026', -4, '2022'],
    ['2026-03', -14, '2025-01'],
  ])('%s shifted by %i is %s', (text, steps, expected) => {
    expect(shiftCompliancePeriod(parseCompliancePeriod(text)!, steps).period).toBe(expected);
  });

  it('the trend is the last 12 months, 4 quarters or 5 years, oldest first', () => {
    expect(compliancePeriodTrend(parseCompliancePeriod('2026-10')!).map((p) => p.period)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
    ]);
    expect(compliancePeriodTrend(parseCompliancePeriod('2026-Q1')!).map((p) => p.period)).toEqual(['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1']);
    expect(compliancePeriodTrend(parseCompliancePeriod('2026')!).map((p) => p.period)).toEqual(['2022', '2023', '2024', '2025', '2026']);
  });

  it('a date falls in its month', () => expect(monthPeriodOf('2026-12-06').period).toBe('2026-12'));
});
