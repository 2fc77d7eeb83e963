import {
  amountsOwed,
  collectiveDiscussionRefusal,
  decisionOverdueRefusal,
  exceedsNoticeRefusal,
  executionIncompleteRefusal,
  extensionRefusal,
  DEFAULT_DISCRETION_TIERS,
  fineRangeRefusal,
  FRAUD_GUARDS,
  FRAUD_THRESHOLDS,
  FRAUD_TIME_LIMITS,
  hearingRightsRefusal,
  legalReviewRefusal,
  limitationRefusal,
  noticeCeiling,
  officersRefusal,
  pauseOverlapRefusal,
  reviewerRefusal,
  statementWindowRefusal,
  type FraudGuardRefusal,
} from '.';

/** The refusal's code and field, or null: what each table states. */
const outcome = (r: FraudGuardRefusal | null) => (r ? `${r.code}:${r.field ?? ''}` : null);

/** Every refusal names its article and speaks both languages. */
function expectWellFormed(r: FraudGuardRefusal | null) {
  if (!r) return;
  expect(FRAUD_GUARDS).toContain(r.code);
  expect(r.article).toMatch(/令第4号|行政处罚法|条例/);
  expect(r.message).toMatch(/[\u4e00-\u9fff].* \(.*[a-z].*\)$/);
}

describe('limitation_expired (行政处罚法 art. 36; 令第4号 art. 6: 2 years, 5 where health was harmed)', () => {
  it.each<[string, string, boolean, string | null]>([
    ['filed 2 years to the day after the conduct ended', '2026-03-15', false, null],
    ['filed a day later', '2026-03-16', false, 'limitation_expired:conductEndedOn'],
    ['health harmed: 5 years', '2029-03-15', true, null],
    ['health harmed: a day past 5 years', '2029-03-16', true, 'limitation_expired:conductEndedOn'],
    ['health harmed, filed in year 3', '2027-01-01', true, null],
  ])('%s', (_case, filedOn, healthHarmed, expected) => {
    const r = limitationRefusal({ conductEndedOn: '2024-03-15', healthHarmed, filedOn });
    expectWellFormed(r);
    expect(outcome(r)).toBe(expected);
  });

  it('reads the years from the limits', () => {
    expect(
      limitationRefusal({ conductEndedOn: '2024-03-15', healthHarmed: false, filedOn: '2026-03-16' }, { ...FRAUD_TIME_LIMITS, limitationYears: 3 }),
    ).toBeNull();
  });
});

describe('officers_insufficient (令第4号 art. 16: two officers with enforcement certificates)', () => {
  it.each<[string, Array<{ id: number; enforcementCertNo: string | null }>, string | null]>([
    [
      'two certified officers',
      [
        { id: 1, enforcementCertNo: '45020012' },
        { id: 2, enforcementCertNo: '45020013' },
      ],
      null,
    ],
    [
      'one certified, one without a certificate',
      [
        { id: 1, enforcementCertNo: '45020012' },
        { id: 2, enforcementCertNo: null },
      ],
      'officers_insufficient:officerIds',
    ],
    [
      'a blank certificate number is none',
      [
        { id: 1, enforcementCertNo: '45020012' },
        { id: 2, enforcementCertNo: '  ' },
      ],
      'officers_insufficient:officerIds',
    ],
    [
      'the same officer twice',
      [
        { id: 1, enforcementCertNo: '45020012' },
        { id: 1, enforcementCertNo: '45020012' },
      ],
      'officers_insufficient:officerIds',
    ],
    ['nobody', [], 'officers_insufficient:officerIds'],
  ])('%s', (_case, officers, expected) => {
    const r = officersRefusal(officers);
    expectWellFormed(r);
    expect(outcome(r)).toBe(expected);
  });
});

describe('reviewer_is_investigator (令第4号 arts. 37–40: no investigator reviews)', () => {
  it.each<[string, number, string | null]>([
    ['a reviewer from outside the case', 9, null],
    ['one of the officers', 2, 'reviewer_is_investigator:reviewerId'],
  ])('%s', (_case, reviewerId, expected) => {
    const r = reviewerRefusal(reviewerId, [1, 2]);
    expectWellFormed(r);
    expect(outcome(r)).toBe(expected);
  });
});

describe('legal_review_required (令第4号 art. 37; 行政处罚法 art. 58; thresholds 汕尾 art. 38)', () => {
  const base = { partyType: 'institution' as const, fine: 0, recoup: 0, measures: [] as const, hearingHeld: false, legalReviewPassed: false };
  it.each<[string, Partial<Parameters<typeof legalReviewRefusal>[0]>, string | null]>([
    ['an organisation fined below ¥100,000', { fine: 9_999_999 }, null],
    ['an organisation fined ¥100,000', { fine: 10_000_000 }, 'legal_review_required:legalReview'],
    ['an organisation ordered to return ¥100,000', { recoup: 10_000_000 }, 'legal_review_required:legalReview'],
    ['a person fined ¥5,000', { partyType: 'insured_person', fine: 500_000 }, 'legal_review_required:legalReview'],
    ['a person fined ¥4,999.99', { partyType: 'insured_person', fine: 499_999 }, null],
    ['after a hearing', { hearingHeld: true }, 'legal_review_required:legalReview'],
    ['a suspension', { measures: ['department_suspension'] }, 'legal_review_required:legalReview'],
    ['a termination', { measures: ['agreement_termination'] }, 'legal_review_required:legalReview'],
    ['an order to correct only', { measures: ['order_correction'] }, null],
    ['a passed review', { fine: 50_000_000, hearingHeld: true, legalReviewPassed: true }, null],
  ])('%s', (_case, d, expected) => {
    const r = legalReviewRefusal({ ...base, ...d });
    expectWellFormed(r);
    expect(outcome(r)).toBe(expected);
  });

  it('reviews every case where the province says so (Liaoning)', () => {
    expect(outcome(legalReviewRefusal(base, { ...FRAUD_THRESHOLDS, legalReviewAlways: true }))).toBe('legal_review_required:legalReview');
  });
});

describe('exceeds_notice (令第4号 art. 41; 行政处罚法 art. 45: not raised for stating one’s case)', () => {
  const n = (proposedFine: number, proposedRecoup: number, changeReason: string | null = null) => ({ proposedFine, proposedRecoup, changeReason });
  it.each<[string, ReturnType<typeof n>[], { fine: number; recoup: number }, string | null]>([
    ['the notified amounts', [n(200_000, 100_000)], { fine: 200_000, recoup: 100_000 }, null],
    ['less than notified', [n(200_000, 100_000)], { fine: 150_000, recoup: 100_000 }, null],
    ['a higher fine', [n(200_000, 100_000)], { fine: 200_001, recoup: 100_000 }, 'exceeds_notice:fine'],
    ['a higher recovery', [n(200_000, 100_000)], { fine: 200_000, recoup: 100_001 }, 'exceeds_notice:recoup'],
    ['above the lower of two notices', [n(200_000, 100_000), n(300_000, 100_000)], { fine: 250_000, recoup: 100_000 }, 'exceeds_notice:fine'],
    ['a re-notice with a reason may raise it', [n(200_000, 100_000), n(300_000, 100_000, '发现新的违法事实')], { fine: 300_000, recoup: 100_000 }, null],
    [
      'a lower notice after the raise binds again',
      [n(200_000, 100_000), n(300_000, 100_000, '新事实'), n(250_000, 90_000)],
      { fine: 300_000, recoup: 90_000 },
      'exceeds_notice:fine',
    ],
    ['no notice at all', [], { fine: 0, recoup: 0 }, 'exceeds_notice:notice'],
  ])('%s', (_case, notices, decided, expected) => {
    const r = exceedsNoticeRefusal(notices, decided);
    expectWellFormed(r);
    expect(outcome(r)).toBe(expected);
  });

  it('keeps the lowest amounts since the last reasoned re-notice', () => {
    expect(noticeCeiling([n(200_000, 50_000), n(100_000, 80_000)])).toEqual({ fine: 100_000, recoup: 50_000 });
    expect(noticeCeiling([])).toBeNull();
  });
});

describe('fine_out_of_range (条例 art. 38: 1–2×; arts. 40, 41: 2–5×; a discretion tier and reason)', () => {
  const base = {
    decisionType: 'penalty' as const,
    causes: ['split_admission'] as const,
    loss: 1_000_000,
    fine: 1_500_000,
    discretionTier: 'ordinary' as const,
    discretionReason: '首次违法，主动退回',
  };
  it.each<[string, Partial<Parameters<typeof fineRangeRefusal>[0]>, string | null]>([
    ['art. 38: 1.5× the loss', {}, null],
    ['art. 38: exactly 1×', { fine: 1_000_000 }, null],
    ['art. 38: exactly 2×', { fine: 2_000_000 }, null],
    ['art. 38: below 1×', { fine: 999_999 }, 'fine_out_of_range:fine'],
    ['art. 38: above 2×', { fine: 2_000_001 }, 'fine_out_of_range:fine'],
    ['art. 38: no fine where there was a loss', { fine: 0 }, 'fine_out_of_range:fine'],
    ['art. 38: no loss, no fine', { loss: 0, fine: 0 }, null],
    ['art. 38: no loss, yet a fine', { loss: 0, fine: 100 }, 'fine_out_of_range:fine'],
    ['art. 40: 2× is the least', { causes: ['fictitious_service'], fine: 2_000_000 }, null],
    ['art. 40: 1.5× is too little', { causes: ['fictitious_service'], fine: 1_500_000 }, 'fine_out_of_range:fine'],
    ['art. 40: above 5×', { causes: ['fictitious_service'], fine: 5_000_001 }, 'fine_out_of_range:fine'],
    ['arts. 38 and 40 together: the fraud article governs', { causes: ['split_admission', 'forged_records'], fine: 1_500_000 }, 'fine_out_of_range:fine'],
    ['art. 41 impersonation: 3×', { causes: ['impersonation'], fine: 3_000_000 }, null],
    ['art. 41 first paragraph: no fine without intent', { causes: ['lending_credential'], fine: 0 }, null],
    ['art. 41 first paragraph: a fine is still 2–5×', { causes: ['lending_credential'], fine: 1_000_000 }, 'fine_out_of_range:fine'],
    ['art. 37 agency fraud: 5×', { causes: ['agency_fraud'], fine: 5_000_000 }, null],
    ['no tier', { discretionTier: null }, 'fine_out_of_range:discretionTier'],
    ['no reason', { discretionReason: ' ' }, 'fine_out_of_range:discretionReason'],
    ['no causes', { causes: [] }, 'fine_out_of_range:causes'],
    ['not a penalty: nothing to range', { decisionType: 'not_established', fine: 0, discretionTier: null, discretionReason: null }, null],
  ])('%s', (_case, d, expected) => {
    const r = fineRangeRefusal({ ...base, ...d });
    expectWellFormed(r);
    expect(outcome(r)).toBe(expected);
  });

  it.each<[string, Partial<Parameters<typeof fineRangeRefusal>[0]>, string | null]>([
    ['art. 38 一般 (1.2–1.8×): 1.5×', {}, null],
    ['art. 38 一般: 1.2× is its lowest', { fine: 1_200_000 }, null],
    ['art. 38 一般: 1.1× is the 从轻 tier’s', { fine: 1_100_000 }, 'fine_out_of_range:fine'],
    ['art. 38 从轻: 1.1×', { fine: 1_100_000, discretionTier: 'lenient' }, null],
    [
      'art. 38 从重: 1.7×, inside the statutory range, outside a province’s 从重 of 1.8–2.0×',
      { fine: 1_700_000, discretionTier: 'severe' },
      'fine_out_of_range:fine',
    ],
    ['no fine where none is required: no tier range applies', { causes: ['lending_credential'], fine: 0 }, null],
  ])('with a province’s tiers: %s', (_case, d, expected) => {
    const tiers = { ...DEFAULT_DISCRETION_TIERS, 38: { lenient: [10, 12], ordinary: [12, 18], severe: [18, 20] } } as const;
    const r = fineRangeRefusal({ ...base, ...d }, tiers);
    expectWellFormed(r);
    expect(outcome(r)).toBe(expected);
  });

  it('cites the governing article', () => {
    expect(fineRangeRefusal({ ...base, fine: 1 })?.article).toBe('条例第三十八条');
    expect(fineRangeRefusal({ ...base, causes: ['drug_resale'], fine: 1 })?.article).toBe('条例第四十一条');
  });
});

describe('hearing_rights_missing (行政处罚法 art. 63; thresholds 汕尾 art. 36)', () => {
  const base = { partyType: 'institution' as const, proposedFine: 0, measures: [] as const, hearingOffered: false };
  it.each<[string, Partial<Parameters<typeof hearingRightsRefusal>[0]>, string | null]>([
    ['an organisation, ¥99,999.99', { proposedFine: 9_999_999 }, null],
    ['an organisation, ¥100,000', { proposedFine: 10_000_000 }, 'hearing_rights_missing:hearingOffered'],
    ['a person, ¥5,000', { partyType: 'insured_person', proposedFine: 500_000 }, 'hearing_rights_missing:hearingOffered'],
    ['a person, ¥4,999.99', { partyType: 'insured_person', proposedFine: 499_999 }, null],
    ['a suspension of settlement', { partyType: 'insured_person', measures: ['settlement_suspension'] }, 'hearing_rights_missing:hearingOffered'],
    ['a termination, small fine', { measures: ['agreement_termination'] }, 'hearing_rights_missing:hearingOffered'],
    ['offered', { proposedFine: 50_000_000, measures: ['agreement_termination'], hearingOffered: true }, null],
  ])('%s', (_case, d, expected) => {
    const r = hearingRightsRefusal({ ...base, ...d });
    expectWellFormed(r);
    expect(outcome(r)).toBe(expected);
  });

  it('reads the thresholds from the parameters', () => {
    expect(hearingRightsRefusal({ ...base, proposedFine: 5_000_000 }, { ...FRAUD_THRESHOLDS, hearingFineOrganisation: 5_000_000 })).not.toBeNull();
  });
});

describe('statement_window_open (令第4号 art. 41; 行政处罚法 arts. 44, 64)', () => {
  it.each<[string, string, boolean, string | null]>([
    ['on the window’s last day', '2026-04-04', false, 'statement_window_open:decidedOn'],
    ['the day after', '2026-04-05', false, null],
    ['on the notice day, waived', '2026-03-30', true, null],
  ])('%s', (_case, decidedOn, statementWaived, expected) => {
    const r = statementWindowRefusal({ noticedOn: '2026-03-30', decidedOn, statementWaived });
    expectWellFormed(r);
    expect(outcome(r)).toBe(expected);
  });
});

describe('collective_discussion_required (令第4号 arts. 44, 45; 行政处罚法 art. 57; thresholds Liaoning)', () => {
  it.each<[string, Parameters<typeof collectiveDiscussionRefusal>[0], string | null]>([
    [
      'a person, ¥10,000',
      { partyType: 'insured_person', fine: 1_000_000, confiscate: 0, collectiveDiscussionHeld: false },
      'collective_discussion_required:collectiveDiscussion',
    ],
    ['a person, ¥9,999.99', { partyType: 'insured_person', fine: 999_999, confiscate: 0, collectiveDiscussionHeld: false }, null],
    [
      'an organisation, fine and confiscation reach ¥100,000',
      { partyType: 'institution', fine: 6_000_000, confiscate: 4_000_000, collectiveDiscussionHeld: false },
      'collective_discussion_required:collectiveDiscussion',
    ],
    ['held', { partyType: 'institution', fine: 60_000_000, confiscate: 0, collectiveDiscussionHeld: true }, null],
  ])('%s', (_case, d, expected) => {
    const r = collectiveDiscussionRefusal(d);
    expectWellFormed(r);
    expect(outcome(r)).toBe(expected);
  });

  it.each<[string, Array<{ days: number; collective: boolean }>, { days: number; collective: boolean }, string | null]>([
    ['the head’s first extension of 30 days', [], { days: 30, collective: false }, null],
    ['the head’s first extension of 31 days', [], { days: 31, collective: false }, 'collective_discussion_required:collective'],
    ['a second extension by the head', [{ days: 10, collective: false }], { days: 10, collective: false }, 'collective_discussion_required:collective'],
    ['a second extension by collective discussion', [{ days: 30, collective: false }], { days: 60, collective: true }, null],
  ])('extensions: %s', (_case, granted, requested, expected) => {
    const r = extensionRefusal(granted, requested);
    expectWellFormed(r);
    expect(outcome(r)).toBe(expected);
  });
});

describe('decision_overdue (令第4号 art. 45)', () => {
  it.each<[string, string, string | null]>([
    ['on the last day', '2026-04-10', null],
    ['a day late', '2026-04-11', 'decision_overdue:decidedOn'],
  ])('%s', (_case, decidedOn, expected) => {
    const r = decisionOverdueRefusal({ decidedOn, decisionDueOn: '2026-04-10' });
    expectWellFormed(r);
    expect(outcome(r)).toBe(expected);
  });
});

describe('execution_incomplete (令第4号 art. 56)', () => {
  const decided = { fine: 200_000, recoup: 100_000, confiscate: 0 };
  const paid = [
    { kind: 'fine' as const, amount: 200_000 },
    { kind: 'recoup' as const, amount: 100_000 },
  ];
  it.each<[string, Parameters<typeof executionIncompleteRefusal>[0], string | null]>([
    ['all paid', { decided, lateFeeDue: 0, executions: paid, courtEnforcementAccepted: false }, null],
    [
      'the recovery in part',
      { decided, lateFeeDue: 0, executions: [paid[0], { kind: 'recoup', amount: 99_999 }], courtEnforcementAccepted: false },
      'execution_incomplete:executions',
    ],
    ['a late fee unpaid', { decided, lateFeeDue: 6_000, executions: paid, courtEnforcementAccepted: false }, 'execution_incomplete:executions'],
    ['nothing paid, the court accepted enforcement', { decided, lateFeeDue: 6_000, executions: [], courtEnforcementAccepted: true }, null],
    ['nothing to execute', { decided: { fine: 0, recoup: 0, confiscate: 0 }, lateFeeDue: 0, executions: [], courtEnforcementAccepted: false }, null],
  ])('%s', (_case, d, expected) => {
    const r = executionIncompleteRefusal(d);
    expectWellFormed(r);
    expect(outcome(r)).toBe(expected);
  });

  it('shows what is still owed, never below zero', () => {
    expect(
      amountsOwed(decided, 3_000, [
        { kind: 'fine', amount: 250_000 },
        { kind: 'late_fee', amount: 1_000 },
      ]),
    ).toEqual({
      fine: 0,
      recoup: 100_000,
      confiscate: 0,
      late_fee: 2_000,
    });
  });
});

describe('pause_overlap (令第4号 art. 45: each uncounted day once)', () => {
  const existing = [
    { kind: 'appraisal' as const, from: '2026-02-01', to: '2026-02-10' },
    { kind: 'hearing' as const, from: '2026-03-01', to: '2026-03-01' },
  ];
  it.each<[string, string, string | null, string | null]>([
    ['between the two', '2026-02-11', '2026-02-28', null],
    ['touching the first’s last day', '2026-02-10', '2026-02-12', 'pause_overlap:from'],
    ['around the one-day hearing', '2026-02-25', '2026-03-05', 'pause_overlap:from'],
    ['inside the first', '2026-02-03', '2026-02-04', 'pause_overlap:from'],
    ['an open pause after both', '2026-03-02', null, null],
    ['an open pause before the second', '2026-02-20', null, 'pause_overlap:from'],
  ])('%s', (_case, from, to, expected) => {
    const r = pauseOverlapRefusal(existing, { kind: 'testing', from, to });
    expectWellFormed(r);
    expect(outcome(r)).toBe(expected);
  });

  it('a pause after an open one overlaps it', () => {
    expect(outcome(pauseOverlapRefusal([{ kind: 'testing', from: '2026-04-01', to: null }], { kind: 'appraisal', from: '2026-05-01', to: '2026-05-02' }))).toBe(
      'pause_overlap:from',
    );
  });
});
