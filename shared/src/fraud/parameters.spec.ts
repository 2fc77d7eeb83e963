import {
  applicableFraudParameters,
  DEFAULT_DISCRETION_TIERS,
  FRAUD_THRESHOLDS,
  FRAUD_TIME_LIMITS,
  nationalFraudParameters,
  validateFraudParameters,
  type FraudParameters,
} from '.';

/** The fields a document's problems name, in order. */
const fields = (doc: unknown) => validateFraudParameters(doc).map((p) => p.field);

/** The national defaults as 广西's 2026 document, changed by `change`. */
function gx(change: (d: FraudParameters) => void = () => {}): FraudParameters {
  const d = JSON.parse(JSON.stringify(nationalFraudParameters('450000', 2026))) as FraudParameters;
  change(d);
  return d;
}

describe('validateFraudParameters: a province’s 欺诈骗保 parameters for a year', () => {
  it('takes the national defaults as a province’s document', () => {
    expect(fields(gx())).toEqual([]);
  });

  it.each<[string, (d: FraudParameters) => void, string[]]>([
    // the document's key
    ['a city is not a province', (d) => (d.regionCode = '450200'), ['regionCode']],
    ['a year out of range', (d) => (d.year = 2018), ['year']],
    ['an unknown key at the top', (d) => Object.assign(d, { injected: 1 }), ['injected']],
    // days: positive, statutory maxima, fixed figures
    ['a shorter clue deadline', (d) => (d.timeLimits.clueVerifyWorkingDays.value = 10), []],
    ['no day count is zero', (d) => (d.timeLimits.clueVerifyWorkingDays.value = 0), ['timeLimits.clueVerifyWorkingDays.value']],
    ['nor negative', (d) => (d.timeLimits.serviceWorkingDays.value = -1), ['timeLimits.serviceWorkingDays.value']],
    ['nor a fraction', (d) => (d.timeLimits.decisionDays.value = 89.5), ['timeLimits.decisionDays.value']],
    [
      'the clue deadline above 令第4号 art. 14’s 15 working days',
      (d) => (d.timeLimits.clueVerifyWorkingDays.value = 16),
      ['timeLimits.clueVerifyWorkingDays.value'],
    ],
    ['the decision above art. 45’s 90 days', (d) => (d.timeLimits.decisionDays.value = 91), ['timeLimits.decisionDays.value']],
    ['the extension above 30 days', (d) => (d.timeLimits.decisionExtensionDays.value = 31), ['timeLimits.decisionExtensionDays.value']],
    ['service above 7 working days', (d) => (d.timeLimits.serviceWorkingDays.value = 8), ['timeLimits.serviceWorkingDays.value']],
    ['the party’s window shorter than 5 days', (d) => (d.timeLimits.statementWindowDays.value = 3), ['timeLimits.statementWindowDays.value']],
    ['the party’s window longer: lawful', (d) => (d.timeLimits.statementWindowDays.value = 7), []],
    ['the fine’s 15 days are fixed by law', (d) => (d.timeLimits.finePayableDays.value = 30), ['timeLimits.finePayableDays.value']],
    ['the 3 % late fee is fixed by law', (d) => (d.timeLimits.lateFeeBasisPointsPerDay.value = 100), ['timeLimits.lateFeeBasisPointsPerDay.value']],
    ['the limitation is fixed by law', (d) => (d.timeLimits.limitationYears.value = 3), ['timeLimits.limitationYears.value']],
    [
      'a day count missing',
      (d) => delete (d.timeLimits as Partial<FraudParameters['timeLimits']>).legalReviewWorkingDays,
      ['timeLimits.legalReviewWorkingDays'],
    ],
    // 疑点 stages (issue 17): the province's choice, 1–60 working days
    ['a shorter 疑点 appeal window: lawful', (d) => (d.timeLimits.suspicionAppealWorkingDays.value = 5), []],
    ['a 疑点 stage of zero days', (d) => (d.timeLimits.suspicionFirstReviewWorkingDays.value = 0), ['timeLimits.suspicionFirstReviewWorkingDays.value']],
    [
      'a 疑点 stage above 60 working days',
      (d) => (d.timeLimits.suspicionInvestigationWorkingDays.value = 61),
      ['timeLimits.suspicionInvestigationWorkingDays.value'],
    ],
    [
      'a 疑点 stage missing',
      (d) => delete (d.timeLimits as Partial<FraudParameters['timeLimits']>).suspicionSecondReviewWorkingDays,
      ['timeLimits.suspicionSecondReviewWorkingDays'],
    ],
    ['a day count without its source', (d) => (d.timeLimits.decisionDays.source = ' '), ['timeLimits.decisionDays.source']],
    ['a source too long', (d) => (d.timeLimits.decisionDays.source = '文'.repeat(256)), ['timeLimits.decisionDays.source']],
    ['a source citing another province’s document', (d) => (d.timeLimits.decisionDays.source = '辽医保〔2019〕8号'), ['timeLimits.decisionDays.source']],
    ['a source citing its own province’s: lawful', (d) => (d.timeLimits.decisionDays.source = '桂医保发〔2019〕14号'), []],
    ['an unknown key in an entry', (d) => Object.assign(d.timeLimits.decisionDays, { note: 'x' }), ['timeLimits.decisionDays.note']],
    ['a bare number instead of {value, source}', (d) => Object.assign(d.timeLimits, { decisionDays: 90 }), ['timeLimits.decisionDays']],
    // thresholds
    ['one officer', (d) => (d.thresholds.minOfficers.value = 1), ['thresholds.minOfficers.value']],
    ['three officers: lawful', (d) => (d.thresholds.minOfficers.value = 3), []],
    ['a zero threshold', (d) => (d.thresholds.hearingFinePerson.value = 0), ['thresholds.hearingFinePerson.value']],
    ['a threshold above 1 亿元', (d) => (d.thresholds.collectiveAmountOrganisation.value = 10_000_000_001), ['thresholds.collectiveAmountOrganisation.value']],
    ['"always review" not a boolean', (d) => Object.assign(d.thresholds.legalReviewAlways, { value: 'yes' }), ['thresholds.legalReviewAlways.value']],
    // tiers: cover the article's range in tenths without gaps or overlaps
    ['art. 38 in other tiers', (d) => Object.assign(d.discretion[38], { lenient: [10, 13], ordinary: [13, 17], severe: [17, 20] }), []],
    ['a gap between 从轻 and 一般', (d) => (d.discretion[38].ordinary = [13, 16]), ['discretion.38.ordinary']],
    ['an overlap of 一般 and 从重', (d) => (d.discretion[40].severe = [35, 50]), ['discretion.40.severe']],
    ['从轻 not starting at the article’s 1×', (d) => (d.discretion[38].lenient = [11, 12]), ['discretion.38.lenient']],
    ['从重 short of the article’s 5×', (d) => (d.discretion[41].severe = [40, 45]), ['discretion.41.severe']],
    ['从重 beyond the article’s 2×', (d) => (d.discretion[38].severe = [16, 25]), ['discretion.38.severe']],
    ['an empty tier', (d) => Object.assign(d.discretion[37], { ordinary: [30, 30], severe: [30, 50] }), ['discretion.37.ordinary']],
    ['not tenths', (d) => (d.discretion[40].lenient = [20, 25.5] as never), ['discretion.40.lenient']],
    ['an article missing', (d) => delete (d.discretion as Partial<FraudParameters['discretion']>)[37], ['discretion.37']],
    ['an article the 条例 has no fine for', (d) => Object.assign(d.discretion, { 39: d.discretion[38] }), ['discretion.39']],
    ['tiers without a source', (d) => (d.discretion[40].source = ''), ['discretion.40.source']],
  ])('%s', (_case, change, expected) => {
    expect(fields(gx(change))).toEqual(expected);
  });

  it('refuses what is not a document', () => {
    expect(fields(null)).toEqual(['']);
    expect(fields({ regionCode: '450000', year: 2026, timeLimits: [], thresholds: 'x', discretion: 1 })).toEqual(['timeLimits', 'thresholds', 'discretion']);
  });
});

describe('applicableFraudParameters: the values in force', () => {
  it('no approved set: the national defaults, said so', () => {
    const p = applicableFraudParameters(2026, null);
    expect(p).toMatchObject({ basis: 'national', regionCode: null, setId: null, year: 2026, limits: FRAUD_TIME_LIMITS, thresholds: FRAUD_THRESHOLDS });
    expect(p.tiers).toEqual(DEFAULT_DISCRETION_TIERS);
    expect(p.limitSources.decisionDays).toMatch(/令第4号第四十五条/);
  });

  it('a province’s approved set: its values and sources', () => {
    const doc = gx((d) => {
      d.timeLimits.clueVerifyWorkingDays = { value: 10, source: '广西示例取值' };
      d.discretion[38] = { lenient: [10, 13], ordinary: [13, 17], severe: [17, 20], source: '广西裁量基准（示例取值）' };
    });
    const p = applicableFraudParameters(2026, { id: 7, document: doc });
    expect(p).toMatchObject({ basis: 'provincial', regionCode: '450000', setId: 7 });
    expect(p.limits.clueVerifyWorkingDays).toBe(10);
    expect(p.limitSources.clueVerifyWorkingDays).toBe('广西示例取值');
    expect(p.tiers[38]).toEqual({ lenient: [10, 13], ordinary: [13, 17], severe: [17, 20] });
    expect(p.tierSources[38]).toBe('广西裁量基准（示例取值）');
  });

  it('the 疑点 stages default to honest sources: no national day count exists (两库管理办法)', () => {
    const p = applicableFraudParameters(2026, null);
    expect(p.limits).toMatchObject({
      suspicionFirstReviewWorkingDays: 15,
      suspicionSecondReviewWorkingDays: 10,
      suspicionAppealWorkingDays: 10,
      suspicionInvestigationWorkingDays: 30,
    });
    for (const key of [
      'suspicionFirstReviewWorkingDays',
      'suspicionSecondReviewWorkingDays',
      'suspicionAppealWorkingDays',
      'suspicionInvestigationWorkingDays',
    ] as const)
      expect(p.limitSources[key]).toMatch(/无全国统一天数.*示例取值/);
  });

  it('a set approved before the 疑点 stages existed reads their national defaults', () => {
    const doc = gx((d) => {
      delete (d.timeLimits as Partial<FraudParameters['timeLimits']>).suspicionAppealWorkingDays;
      d.timeLimits.clueVerifyWorkingDays = { value: 10, source: '广西示例取值' };
    });
    const p = applicableFraudParameters(2026, { id: 7, document: doc });
    expect(p.limits.clueVerifyWorkingDays).toBe(10);
    expect(p.limits.suspicionAppealWorkingDays).toBe(FRAUD_TIME_LIMITS.suspicionAppealWorkingDays);
  });
});
