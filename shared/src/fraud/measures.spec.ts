import { agreementStatusOn, institutionStatusAfterDecision, settledWhileBlocked, suspensionEndsOn, suspensionMonthsProblem } from '.';

describe('suspension months (条例 arts. 38, 40: 6–12 months; art. 41: 3–12)', () => {
  it.each<[string, Parameters<typeof suspensionMonthsProblem>[0], number | null, boolean]>([
    ['a department for 6 months', ['department_suspension'], 6, true],
    ['a department for 5 months', ['department_suspension'], 5, false],
    ['a department for 13 months', ['department_suspension'], 13, false],
    ['a department without months', ['department_suspension'], null, false],
    ['a person for 3 months', ['settlement_suspension'], 3, true],
    ['a person for 2 months', ['settlement_suspension'], 2, false],
    ['a person for 4.5 months', ['settlement_suspension'], 4.5, false],
    ['months without a suspension', ['order_correction'], 6, false],
    ['nothing suspended, no months', ['order_correction'], null, true],
  ])('%s', (_case, measures, months, ok) => {
    expect(suspensionMonthsProblem(measures, months) === null).toBe(ok);
  });
});

describe('the institution’s status from the service date', () => {
  it('suspends for the months decided, ending the day before the same date', () => {
    expect(suspensionEndsOn('2026-03-02', 6)).toBe('2026-09-01');
    expect(suspensionEndsOn('2026-08-31', 6)).toBe('2027-02-27');
    expect(institutionStatusAfterDecision(['order_correction', 'department_suspension'], 6, '2026-03-02')).toEqual({
      agreementStatus: 'suspended',
      from: '2026-03-02',
      suspendedUntil: '2026-09-01',
    });
  });

  it('terminates (over a suspension), and leaves it alone otherwise', () => {
    expect(institutionStatusAfterDecision(['department_suspension', 'agreement_termination'], 6, '2026-03-02')).toEqual({
      agreementStatus: 'terminated',
      from: '2026-03-02',
      suspendedUntil: null,
    });
    expect(institutionStatusAfterDecision(['order_correction', 'interview'], null, '2026-03-02')).toBeNull();
  });

  it.each<[string, string, boolean]>([
    ['the day before service', '2026-03-01', false],
    ['the service date', '2026-03-02', true],
    ['the suspension’s last day', '2026-09-01', true],
    ['the day after', '2026-09-02', false],
  ])('flags a settlement on %s (%s): %s', (_case, settledOn, flagged) => {
    expect(settledWhileBlocked([{ agreementStatus: 'suspended', from: '2026-03-02', suspendedUntil: '2026-09-01' }], settledOn)).toBe(flagged);
  });

  it('flags every settlement after a termination', () => {
    expect(settledWhileBlocked([{ agreementStatus: 'terminated', from: '2026-03-02', suspendedUntil: null }], '2030-01-01')).toBe(true);
    expect(settledWhileBlocked([{ agreementStatus: 'terminated', from: '2026-03-02', suspendedUntil: null }], '2026-03-01')).toBe(false);
  });
});

describe('the agreement status as of a day (a suspension past its last day reads as active)', () => {
  it.each([
    ['suspended, last day still ahead', 'suspended', '2026-12-31', '2026-12-06', 'suspended'],
    ['suspended, today its last day', 'suspended', '2026-12-06', '2026-12-06', 'suspended'],
    ['suspended, the last day passed', 'suspended', '2026-12-05', '2026-12-06', 'active'],
    ['terminated stays terminated', 'terminated', null, '2026-12-06', 'terminated'],
    ['active stays active', 'active', null, '2026-12-06', 'active'],
  ] as const)('%s', (_, stored, until, today, expected) => {
    expect(agreementStatusOn(stored, until, today)).toBe(expected);
  });
});
