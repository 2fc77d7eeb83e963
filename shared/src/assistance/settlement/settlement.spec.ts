import {
  applyBp,
  calculateSettlement,
  EMPTY_YEAR_TO_DATE,
  EXAMPLE_PARAMETERS_LIUZHOU_2026,
  formatBp,
  formatFen,
  MAX_AMOUNT_FEN,
  SETTLEMENT_NOTE_CODES,
  SETTLEMENT_RULE_CODES,
  SETTLEMENT_STEPS,
  settlementNoteText,
  SettlementInputError,
  validatePolicyParameters,
  validateSettlementInput,
  type PolicyParameters,
  type SettlementFlag,
  type SettlementInput,
  type SettlementYearToDate,
  type SourcedValue,
} from '..';
import { IDENTITY_CATEGORIES } from '../../enrollment/codes';

const STEP_RULES_ZH = SETTLEMENT_RULE_CODES.zh;

/**
 * Worked cases from DOMAIN §3 with explicit parameters (round figures so each line can be checked by hand).
 * Money in fen; the comments work in 元. Ratios in basis points.
 */
const s = <T>(value: T): SourcedValue<T> => ({ value, source: 'test' });
const lv = (primary: number, secondary: number, tertiary: number) => ({ primary: s(primary), secondary: s(secondary), tertiary: s(tertiary) });

const TEST_PARAMETERS: PolicyParameters = {
  regionCode: '450200',
  year: 2026,
  effectiveFrom: '2026-01-01',
  effectiveTo: '2026-12-31',
  basic: {
    // annual deductibles: inpatient 200 / 500 / 1000 元, chronic outpatient 200 元 at tertiary only
    deductible: { outpatient: lv(0, 0, 0), chronic_outpatient: lv(0, 0, 20_000), inpatient: lv(20_000, 50_000, 100_000) },
    ratioBp: { outpatient: lv(6000, 5000, 4000), chronic_outpatient: lv(8000, 7500, 7000), inpatient: lv(9000, 8000, 6000) },
    outOfCountyRatioReductionBp: s(1000),
    annualCap: s(10_000_000), // 10 万元
  },
  criticalIllness: {
    deductible: s(1_000_000), // 1 万元
    segments: [
      { upToFen: 5_000_000, ratioBp: 6000, source: 'test' }, // up to 5 万元: 60%
      { upToFen: null, ratioBp: 7000, source: 'test' }, // above: 70%
    ],
    minRatioBp: s(6000),
    annualCap: s(20_000_000), // 20 万元
    tilt: { categories: s(['registered_poor']), deductibleReductionBp: s(5000), ratioBonusBp: s(500), removeCap: s(true) },
  },
  medicalAid: {
    byCategory: {
      rural_tekun: { ratioBp: s(9000), annualLimit: s(5_000_000), deductible: s(0) }, // 90%, 5 万元
      rural_dibao: { ratioBp: s(7000), annualLimit: s(3_000_000), deductible: s(0) }, // 70%, 3 万元
      registered_poor: { ratioBp: s(6500), annualLimit: s(3_000_000), deductible: s(0) }, // 65%, 3 万元
      dibao_marginal: { ratioBp: s(6000), annualLimit: s(4_000_000), deductible: s(300_000) }, // 60%, 4 万元, 3000 元 deductible
    },
  },
  guards: {
    oopCap: { categories: s(['registered_poor']), maxShareBp: { inpatient: s(1000), chronic_outpatient: s(2000) }, inCountyOnly: s(true), topUp: s(true) },
    inCatalogue: { categories: s(['registered_poor']), visitTypes: s(['inpatient']), minShareBp: s(9000) },
    reimbursementCeiling: { categories: s(['rural_tekun', 'rural_dibao', 'registered_poor']), visitTypes: s(['inpatient']), maxBp: s(9500) },
  },
  earlyWarning: { thresholdFen: s(200_000), categories: s(['dibao_marginal', 'monitored_unstable', 'monitored_marginal', 'monitored_sudden']) },
};

/** A deep copy with some fields changed (tests never mutate the shared parameter objects). */
function withParameters(base: PolicyParameters, change: (p: PolicyParameters) => void): PolicyParameters {
  const copy = JSON.parse(JSON.stringify(base)) as PolicyParameters;
  change(copy);
  return copy;
}

const NO_TOP_UP = withParameters(TEST_PARAMETERS, (p) => (p.guards.oopCap.topUp.value = false));
const BASIC_100 = withParameters(TEST_PARAMETERS, (p) => (p.basic.ratioBp.inpatient.primary.value = 10000));
const TEKUN_AID_100 = withParameters(TEST_PARAMETERS, (p) => (p.medicalAid.byCategory.rural_tekun!.ratioBp.value = 10000));

type Expected = { basic: number; criticalIllness: number; medicalAid: number; other: number; outOfPocket: number; flags: SettlementFlag[] };
type Case = [name: string, input: SettlementInput, parameters: PolicyParameters, ytd: SettlementYearToDate, expected: Expected];

const ytd = (y: Partial<SettlementYearToDate>): SettlementYearToDate => ({ ...EMPTY_YEAR_TO_DATE, ...y });
const inp = (i: Partial<SettlementInput> & Pick<SettlementInput, 'visitType' | 'hospitalLevel' | 'totalCost'>): SettlementInput => ({
  inPolicyCost: i.totalCost,
  inCatalogueCost: i.totalCost,
  identityCategories: [],
  ...i,
});

const CASES: Case[] = [
  [
    // basic: (100000 − 1000) × 60% = 59400. 大病: burden 100000 − 59400 = 40600; (40600 − 10000) × 60% = 18360.
    // no aid identity. OOP = 120000 − 59400 − 18360 = 42240 (incl. 20000 out of policy).
    'not poor, inpatient tertiary',
    inp({ visitType: 'inpatient', hospitalLevel: 'tertiary', totalCost: 12_000_000, inPolicyCost: 10_000_000, inCatalogueCost: 11_000_000 }),
    TEST_PARAMETERS,
    EMPTY_YEAR_TO_DATE,
    { basic: 5_940_000, criticalIllness: 1_836_000, medicalAid: 0, other: 0, outOfPocket: 4_224_000, flags: [] },
  ],
  [
    // basic 59400 as above. 大病 tilt: deductible 10000 → 5000, ratio 60% → 65%: (40600 − 5000) × 65% = 23140.
    // aid (registered_poor 65%): (40600 − 23140) × 65% = 17460 × 65% = 11349.
    // 95% guard: 59400 + 23140 + 11349 = 93889 ≤ 95000, no trim. OOP 120000 − 93889 = 26111 > 10% × 120000 = 12000:
    // other (兜底) pays 14111, OOP 12000. In-catalogue 110000 / 120000 = 91.7% ≥ 90%.
    'registered poor, inpatient tertiary: tilt, aid, 10% cap topped up',
    inp({
      visitType: 'inpatient',
      hospitalLevel: 'tertiary',
      totalCost: 12_000_000,
      inPolicyCost: 10_000_000,
      inCatalogueCost: 11_000_000,
      identityCategories: ['registered_poor'],
    }),
    TEST_PARAMETERS,
    EMPTY_YEAR_TO_DATE,
    { basic: 5_940_000, criticalIllness: 2_314_000, medicalAid: 1_134_900, other: 1_411_100, outOfPocket: 1_200_000, flags: [] },
  ],
  [
    // same without the top-up: other 0, OOP 26111 > 12000 → flagged.
    'registered poor, inpatient tertiary, no 兜底: OOP over the 10% cap is flagged',
    inp({
      visitType: 'inpatient',
      hospitalLevel: 'tertiary',
      totalCost: 12_000_000,
      inPolicyCost: 10_000_000,
      inCatalogueCost: 11_000_000,
      identityCategories: ['registered_poor'],
    }),
    NO_TOP_UP,
    EMPTY_YEAR_TO_DATE,
    { basic: 5_940_000, criticalIllness: 2_314_000, medicalAid: 1_134_900, other: 0, outOfPocket: 2_611_100, flags: ['oop_over_cap'] },
  ],
  [
    // outpatient primary, no deductible: 150 × 60% = 90. 大病 burden 60 < 10000. OOP 200 − 90 = 110.
    'not poor, outpatient primary',
    inp({ visitType: 'outpatient', hospitalLevel: 'primary', totalCost: 20_000, inPolicyCost: 15_000 }),
    TEST_PARAMETERS,
    EMPTY_YEAR_TO_DATE,
    { basic: 9_000, criticalIllness: 0, medicalAid: 0, other: 0, outOfPocket: 11_000, flags: [] },
  ],
  [
    // rounding: 123.47 × 60% = 74.082 → 74.08 (rounded down), OOP 49.39.
    'rounding: every product is rounded down to the fen',
    inp({ visitType: 'outpatient', hospitalLevel: 'primary', totalCost: 12_347 }),
    TEST_PARAMETERS,
    EMPTY_YEAR_TO_DATE,
    { basic: 7_408, criticalIllness: 0, medicalAid: 0, other: 0, outOfPocket: 4_939, flags: [] },
  ],
  [
    // chronic outpatient tertiary: (4500 − 200) × 70% = 3010. burden 1490 < tilted 大病 deductible 5000.
    // aid 1490 × 65% = 968.50. OOP 5000 − 3010 − 968.50 = 1021.50 > 20% × 5000 = 1000 → other 21.50, OOP 1000.
    'registered poor, chronic outpatient in county: 20% cap',
    inp({
      visitType: 'chronic_outpatient',
      hospitalLevel: 'tertiary',
      totalCost: 500_000,
      inPolicyCost: 450_000,
      inCatalogueCost: 480_000,
      identityCategories: ['registered_poor'],
    }),
    TEST_PARAMETERS,
    EMPTY_YEAR_TO_DATE,
    { basic: 301_000, criticalIllness: 0, medicalAid: 96_850, other: 2_150, outOfPocket: 100_000, flags: [] },
  ],
  [
    // out of county: ratio 70% − 10 points = 60%: (4500 − 200) × 60% = 2580; aid 1920 × 65% = 1248;
    // OOP 5000 − 2580 − 1248 = 1172. The S1 cap is in-county only: no top-up, no flag.
    'registered poor, chronic outpatient out of county: lower ratio, no cap',
    inp({
      visitType: 'chronic_outpatient',
      hospitalLevel: 'tertiary',
      inCounty: false,
      totalCost: 500_000,
      inPolicyCost: 450_000,
      inCatalogueCost: 480_000,
      identityCategories: ['registered_poor'],
    }),
    TEST_PARAMETERS,
    EMPTY_YEAR_TO_DATE,
    { basic: 258_000, criticalIllness: 0, medicalAid: 124_800, other: 0, outOfPocket: 117_200, flags: [] },
  ],
  [
    // deductible (500) already met by 600 of in-policy cost this year: 1000 × 80% = 800; 大病 cumulative
    // burden 520 + 200 < 10000. OOP 200.
    'deductible already met earlier in the year',
    inp({ visitType: 'inpatient', hospitalLevel: 'secondary', totalCost: 100_000 }),
    TEST_PARAMETERS,
    ytd({ settlements: 1, inPolicyCost: 60_000, basic: 8_000 }),
    { basic: 80_000, criticalIllness: 0, medicalAid: 0, other: 0, outOfPocket: 20_000, flags: [] },
  ],
  [
    // 300 of the 500 deductible met: (1000 − 200) × 80% = 640. OOP 360.
    'deductible partly met earlier in the year',
    inp({ visitType: 'inpatient', hospitalLevel: 'secondary', totalCost: 100_000 }),
    TEST_PARAMETERS,
    ytd({ settlements: 1, inPolicyCost: 30_000, basic: 9_000 }),
    { basic: 64_000, criticalIllness: 0, medicalAid: 0, other: 0, outOfPocket: 36_000, flags: [] },
  ],
  [
    // basic cap 100000 with 99000 paid: 10000 × 90% = 9000 capped to 1000. 大病: cumulative burden
    // 120000 − 99000 = 21000 → 30000 (above 10000): 9000 × 60% = 5400. OOP 10000 − 1000 − 5400 = 3600.
    'basic annual cap reached mid-settlement',
    inp({ visitType: 'inpatient', hospitalLevel: 'primary', totalCost: 1_000_000 }),
    TEST_PARAMETERS,
    ytd({ settlements: 9, inPolicyCost: 12_000_000, basic: 9_900_000, criticalIllness: 660_000 }),
    { basic: 100_000, criticalIllness: 540_000, medicalAid: 0, other: 0, outOfPocket: 360_000, flags: [] },
  ],
  [
    // basic cap used up: 0. 大病: cumulative 400000 → 420000, all in the 70% segment: 14000, but the
    // 200000 cap has 1000 left → 1000. OOP 19000.
    '大病 annual cap reached mid-settlement (not poor)',
    inp({ visitType: 'inpatient', hospitalLevel: 'tertiary', totalCost: 2_000_000 }),
    TEST_PARAMETERS,
    ytd({ settlements: 20, inPolicyCost: 50_000_000, basic: 10_000_000, criticalIllness: 19_900_000 }),
    { basic: 0, criticalIllness: 100_000, medicalAid: 0, other: 0, outOfPocket: 1_900_000, flags: [] },
  ],
  [
    // tilt: 70% + 5 = 75% → 15000, no cap. aid 5000 × 65% = 3250 (limit 30000 untouched).
    // 95% guard: 0 + 15000 + 3250 = 18250 ≤ 19000. OOP 1750 ≤ 10% × 20000: no top-up.
    '大病 tilt: no cap for the registered poor',
    inp({ visitType: 'inpatient', hospitalLevel: 'tertiary', totalCost: 2_000_000, identityCategories: ['registered_poor'] }),
    TEST_PARAMETERS,
    ytd({ settlements: 20, inPolicyCost: 50_000_000, basic: 10_000_000, criticalIllness: 19_900_000 }),
    { basic: 0, criticalIllness: 1_500_000, medicalAid: 325_000, other: 0, outOfPocket: 175_000, flags: [] },
  ],
  [
    // basic (30000 − 500) × 80% = 23600; 大病 burden 6400 < 10000. aid candidates: 农村低保 6400 × 70% = 4480,
    // 低保边缘 (6400 − 3000) × 60% = 2040 → 4480, once. 95%: 23600 + 4480 = 28080 ≤ 28500. OOP 1920.
    'multi-identity: the most favourable category, once',
    inp({ visitType: 'inpatient', hospitalLevel: 'secondary', totalCost: 3_000_000, identityCategories: ['dibao_marginal', 'rural_dibao'] }),
    TEST_PARAMETERS,
    EMPTY_YEAR_TO_DATE,
    { basic: 2_360_000, criticalIllness: 0, medicalAid: 448_000, other: 0, outOfPocket: 192_000, flags: [] },
  ],
  [
    // basic 30000 × 80% = 24000 (deductible met). 大病: cumulative 30000 → 36000: 6000 × 60% = 3600.
    // aid base 2400, aid deductible met (cumulative 20000): 低保 2400 × 70% = 1680 but 500 left of 30000;
    // 低保边缘 2400 × 60% = 1440 with 10500 left of 40000 → 1440. 95%: 24000 + 3600 + 1440 = 29040 > 28500
    // → aid trimmed by 540 to 900. OOP 30000 − 24000 − 3600 − 900 = 1500 (5%).
    'multi-identity: the better ratio has no limit left, the other category wins; then the 95% trim',
    inp({ visitType: 'inpatient', hospitalLevel: 'secondary', totalCost: 3_000_000, identityCategories: ['rural_dibao', 'dibao_marginal'] }),
    TEST_PARAMETERS,
    ytd({ settlements: 3, inPolicyCost: 10_000_000, basic: 7_000_000, criticalIllness: 1_000_000, medicalAid: 2_950_000 }),
    { basic: 2_400_000, criticalIllness: 360_000, medicalAid: 90_000, other: 0, outOfPocket: 150_000, flags: [] },
  ],
  [
    // basic (10000 − 200) × 90% = 8820; burden 1180 < 10000; aid 1180 × 90% = 1062.
    // 95%: 8820 + 1062 = 9882 > 9500 → aid trimmed by 382 to 680; reimbursement exactly 95%, OOP 500.
    'the 95% trim (特困 inpatient)',
    inp({ visitType: 'inpatient', hospitalLevel: 'primary', totalCost: 1_000_000, identityCategories: ['rural_tekun'] }),
    TEST_PARAMETERS,
    EMPTY_YEAR_TO_DATE,
    { basic: 882_000, criticalIllness: 0, medicalAid: 68_000, other: 0, outOfPocket: 50_000, flags: [] },
  ],
  [
    // basic at 100%: (10000 − 200) × 100% = 9800 > 9500 on its own: aid trimmed to 0, and flagged.
    'basic alone above 95%: aid trimmed to zero, flagged',
    inp({ visitType: 'inpatient', hospitalLevel: 'primary', totalCost: 1_000_000, identityCategories: ['rural_tekun'] }),
    BASIC_100,
    EMPTY_YEAR_TO_DATE,
    { basic: 980_000, criticalIllness: 0, medicalAid: 0, other: 0, outOfPocket: 20_000, flags: ['reimbursement_over_ceiling'] },
  ],
  [
    // outpatient (no 95% guard for outpatients): 100 × 60% = 60; aid at 100%: 40; OOP 0 → zero-OOP flag.
    'zero OOP is flagged',
    inp({ visitType: 'outpatient', hospitalLevel: 'primary', totalCost: 10_000, identityCategories: ['rural_tekun'] }),
    TEKUN_AID_100,
    EMPTY_YEAR_TO_DATE,
    { basic: 6_000, criticalIllness: 0, medicalAid: 4_000, other: 0, outOfPocket: 0, flags: ['zero_oop'] },
  ],
  [
    // all 500 out of policy: the three systems pay nothing. The 10% cap (50) is a share of the total, so
    // 兜底 pays 450 of out-of-policy cost — the one place anything reaches it. In-catalogue 0% < 90% → flag.
    'zero in-policy cost, registered poor inpatient: only 兜底 reaches out-of-policy cost',
    inp({ visitType: 'inpatient', hospitalLevel: 'primary', totalCost: 50_000, inPolicyCost: 0, inCatalogueCost: 0, identityCategories: ['registered_poor'] }),
    TEST_PARAMETERS,
    EMPTY_YEAR_TO_DATE,
    { basic: 0, criticalIllness: 0, medicalAid: 0, other: 45_000, outOfPocket: 5_000, flags: ['in_catalogue_below_min'] },
  ],
  [
    'zero in-policy cost, not poor: all out of pocket',
    inp({ visitType: 'inpatient', hospitalLevel: 'primary', totalCost: 50_000, inPolicyCost: 0, inCatalogueCost: 0 }),
    TEST_PARAMETERS,
    EMPTY_YEAR_TO_DATE,
    { basic: 0, criticalIllness: 0, medicalAid: 0, other: 0, outOfPocket: 50_000, flags: [] },
  ],
  [
    'zero total cost: nothing, no flags',
    inp({ visitType: 'inpatient', hospitalLevel: 'primary', totalCost: 0, identityCategories: ['rural_tekun', 'registered_poor'] }),
    TEST_PARAMETERS,
    EMPTY_YEAR_TO_DATE,
    { basic: 0, criticalIllness: 0, medicalAid: 0, other: 0, outOfPocket: 0, flags: [] },
  ],
  [
    // basic (8000 − 200) × 90% = 7020; burden 980 < 5000; aid 980 × 65% = 637; 95%: 7657 > 7600 → trim 57 to 580.
    // OOP 10000 − 7020 − 580 = 2400 > 1000 → 兜底 1400. In-catalogue 85% < 90% → flag (hospital bears 500).
    'registered poor inpatient with in-catalogue share below 90%',
    inp({
      visitType: 'inpatient',
      hospitalLevel: 'primary',
      totalCost: 1_000_000,
      inPolicyCost: 800_000,
      inCatalogueCost: 850_000,
      identityCategories: ['registered_poor'],
    }),
    TEST_PARAMETERS,
    EMPTY_YEAR_TO_DATE,
    { basic: 702_000, criticalIllness: 0, medicalAid: 58_000, other: 140_000, outOfPocket: 100_000, flags: ['in_catalogue_below_min'] },
  ],
  [
    // the example parameters: basic (100000 − 1000) × 65% = 64350; tilt (特困 and 建档立卡 both tilted):
    // 大病 deductible 7500, (35650 − 7500) × 65% = 18297.50; aid: 特困 17352.50 × 90% = 15617.25 beats
    // 建档立卡 × 65% = 11279.12; 95%: 64350 + 18297.50 + 15617.25 = 98264.75 > 95000 → aid 12352.50.
    // OOP 15000 (10000 out of policy) > 10% of 110000; 2026 has no 兜底 → flagged.
    'example parameters (柳州 2026): 特困 + 建档立卡 inpatient tertiary',
    inp({
      visitType: 'inpatient',
      hospitalLevel: 'tertiary',
      totalCost: 11_000_000,
      inPolicyCost: 10_000_000,
      inCatalogueCost: 10_500_000,
      identityCategories: ['rural_tekun', 'registered_poor'],
    }),
    EXAMPLE_PARAMETERS_LIUZHOU_2026,
    EMPTY_YEAR_TO_DATE,
    { basic: 6_435_000, criticalIllness: 1_829_750, medicalAid: 1_235_250, other: 0, outOfPocket: 1_500_000, flags: ['oop_over_cap'] },
  ],
];

describe('calculateSettlement: worked cases (DOMAIN §3)', () => {
  it.each(CASES)('%s', (_name, input, parameters, yearToDate, expected) => {
    const r = calculateSettlement(input, parameters, yearToDate);
    expect({
      basic: r.basic,
      criticalIllness: r.criticalIllness,
      medicalAid: r.medicalAid,
      other: r.other,
      outOfPocket: r.outOfPocket,
      flags: r.flags,
    }).toEqual(expected);
    expect(r.basic + r.criticalIllness + r.medicalAid + r.other + r.outOfPocket).toBe(input.totalCost);
  });

  it('the trace explains each tier and the out-of-pocket total', () => {
    const r = calculateSettlement(CASES[1][1], TEST_PARAMETERS);
    const steps = r.trace.map((t) => t.step);
    expect(steps).toEqual([
      'basic_deductible',
      'basic_ratio',
      'basic_cap',
      'ci_tilt_deductible',
      'ci_deductible',
      'ci_segment',
      'ci_tilt_ratio',
      'ci_cap',
      'aid_category',
      'aid_deductible',
      'aid_ratio',
      'aid_limit',
      'guard_reimbursement_ceiling',
      'guard_oop_cap',
      'guard_in_catalogue',
      'out_of_pocket',
    ]);
    const at = (step: string) => r.trace.find((t) => t.step === step)!;
    expect(at('basic_deductible')).toMatchObject({
      amount: 100_000,
      parameter: { path: 'basic.deductible.inpatient.tertiary', value: 100_000, source: 'test' },
    });
    expect(at('basic_cap').amount).toBe(r.basic);
    expect(at('ci_tilt_deductible')).toMatchObject({ amount: 500_000, parameter: { path: 'criticalIllness.tilt.deductibleReductionBp', value: 5000 } });
    expect(at('ci_segment')).toMatchObject({ amount: 2_314_000, parameter: { path: 'criticalIllness.segments.0.ratioBp', value: 6000 } });
    expect(at('ci_tilt_ratio').amount).toBe(178_000); // 35600 × 5%
    expect(at('ci_cap')).toMatchObject({ amount: r.criticalIllness, parameter: { path: 'criticalIllness.tilt.removeCap', value: true } });
    expect(at('aid_category').parameter?.value).toBe('registered_poor');
    expect(at('guard_oop_cap').amount).toBe(r.other);
    expect(at('out_of_pocket')).toMatchObject({ amount: r.outOfPocket, parameter: null });
    expect(at('basic_ratio')).toMatchObject({
      code: 'basic_ratio',
      params: { inPolicyFen: 10_000_000, deductedFen: 100_000, ratioBp: 6000, payableFen: 5_940_000 },
    });
    // the zh text kept for the API's consumers is the code's zh template filled in
    expect(at('basic_ratio').note).toBe('（100000.00元 − 1000.00元）× 60% = 59400.00元（分以下舍去）');
    expect(settlementNoteText(at('basic_ratio'), 'en')).toBe('(¥100000.00 − ¥1000.00) × 60% = ¥59400.00 (fractions of a fen dropped)');
    expect(at('aid_category')).toMatchObject({ code: 'aid_category', params: { category: 'registered_poor' } });
    expect(at('guard_oop_cap').code).toBe('oop_topped_up');
    for (const t of r.trace) {
      expect(SETTLEMENT_STEPS).toContain(t.step);
      expect(SETTLEMENT_NOTE_CODES.is(t.code)).toBe(true);
      expect(t.rule).toBe(STEP_RULES_ZH[t.step]);
      expect(t.rule).not.toMatch(/DOMAIN/);
      expect(t.note).toMatch(/[\u4e00-\u9fa5]/);
      expect(Number.isSafeInteger(t.amount) && t.amount >= 0).toBe(true);
    }
  });

  it('the trace names the trimmed amount and the winning identity', () => {
    const trim = calculateSettlement(CASES[14][1], TEST_PARAMETERS).trace.find((t) => t.step === 'guard_reimbursement_ceiling')!;
    expect(trim).toMatchObject({ amount: 38_200, parameter: { path: 'guards.reimbursementCeiling.maxBp', value: 9500 } });
    const multi = calculateSettlement(CASES[13][1], TEST_PARAMETERS, CASES[13][3]).trace;
    expect(multi.find((t) => t.step === 'aid_category')).toMatchObject({ amount: 144_000, parameter: { value: 'dibao_marginal' } });
    expect(multi.find((t) => t.step === 'aid_category')).toMatchObject({
      code: 'aid_category_highest',
      params: {
        category: 'dibao_marginal',
        candidates: [
          { category: 'rural_dibao', fen: 50_000 },
          { category: 'dibao_marginal', fen: 144_000 },
        ],
      },
    });
    expect(multi.find((t) => t.step === 'aid_category')!.note).toContain('农村低保对象 500.00元；低保边缘对象 1440.00元');
    expect(multi.find((t) => t.step === 'guard_reimbursement_ceiling')!.amount).toBe(54_000);
    const catalogue = calculateSettlement(CASES[20][1], TEST_PARAMETERS).trace.find((t) => t.step === 'guard_in_catalogue')!;
    expect(catalogue.amount).toBe(50_000); // out-of-catalogue 1500 − allowed 10% × 10000
  });

  it('the trace is built once, on first read, from the input as it was', () => {
    const input = inp({ visitType: 'inpatient', hospitalLevel: 'primary', totalCost: 1_000_000, identityCategories: ['rural_tekun'] });
    const r = calculateSettlement(input, TEST_PARAMETERS);
    input.totalCost = 5; // the caller reuses its object
    (input.identityCategories as string[]).length = 0;
    expect(r.trace.at(-1)!.amount).toBe(r.outOfPocket);
    expect(r.trace.find((t) => t.step === 'aid_category')!.parameter?.value).toBe('rural_tekun');
    expect(r.trace).toBe(r.trace);
    expect(JSON.parse(JSON.stringify(r)).trace).toHaveLength(r.trace.length);
  });

  it('the order identities are listed in does not matter', () => {
    const a = calculateSettlement(CASES[13][1], TEST_PARAMETERS, CASES[13][3]);
    const b = calculateSettlement({ ...CASES[13][1], identityCategories: ['dibao_marginal', 'rural_dibao', 'dibao_marginal'] }, TEST_PARAMETERS, CASES[13][3]);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('a new identity can lower aid only by raising 大病 (tilt) or by the 95% guard — never the total', () => {
    // rural_dibao alone vs + registered_poor (tilted 大病 pays more, leaving less for aid)
    const input = inp({
      visitType: 'inpatient',
      hospitalLevel: 'tertiary',
      totalCost: 12_000_000,
      inPolicyCost: 10_000_000,
      identityCategories: ['rural_dibao'],
    });
    const before = calculateSettlement(input, NO_TOP_UP);
    const after = calculateSettlement({ ...input, identityCategories: ['rural_dibao', 'registered_poor'] }, NO_TOP_UP);
    expect(after.medicalAid).toBeLessThan(before.medicalAid);
    expect(after.criticalIllness + after.medicalAid).toBeGreaterThan(before.criticalIllness + before.medicalAid);
  });
});

describe('identity categories', () => {
  it('accepts exactly the identity codes of enrollment.ts', () => {
    const base = inp({ visitType: 'outpatient', hospitalLevel: 'primary', totalCost: 100 });
    expect(validateSettlementInput({ ...base, identityCategories: [...IDENTITY_CATEGORIES] })).toEqual([]);
    expect(validateSettlementInput({ ...base, identityCategories: ['registered'] })).toHaveLength(1);
    const aided = Object.keys(EXAMPLE_PARAMETERS_LIUZHOU_2026.medicalAid.byCategory).sort();
    expect(aided).toEqual([...IDENTITY_CATEGORIES].sort());
  });
});

describe('units and rounding', () => {
  it.each([
    [1, 9999, 0],
    [12_345, 6500, 8_024], // 8024.25 → 8024
    [12_347, 6000, 7_408], // 7408.2 → 7408
    [99_999, 5000, 49_999], // 49999.5 → 49999 (down, never half-up)
    [MAX_AMOUNT_FEN, 9999, 99_990_000_000],
    [MAX_AMOUNT_FEN - 1, 3333, 33_329_999_999], // 33329999999.6667 → exact even at the bound
    [0, 10000, 0],
  ])('applyBp(%d, %d) = %d', (amount, bp, expected) => {
    expect(applyBp(amount, bp)).toBe(expected);
  });

  it('formats for notes', () => {
    expect(formatFen(123_456)).toBe('1234.56元');
    expect(formatFen(5)).toBe('0.05元');
    expect(formatFen(-150)).toBe('-1.50元');
    expect(formatBp(6250)).toBe('62.5%');
    expect(formatBp(500)).toBe('5%');
  });
});

describe('bad input', () => {
  const good = inp({ visitType: 'inpatient', hospitalLevel: 'primary', totalCost: 10_000 });
  it.each([
    ['inPolicyCost', { inPolicyCost: 10_001 }],
    ['inCatalogueCost', { inCatalogueCost: 20_000 }],
    ['totalCost', { totalCost: -1 }],
    ['totalCost', { totalCost: 1.5 }],
    ['totalCost', { totalCost: MAX_AMOUNT_FEN + 1 }],
    ['visitType', { visitType: 'emergency' }],
    ['hospitalLevel', { hospitalLevel: 'quaternary' }],
    ['identityCategories.1', { identityCategories: ['rural_dibao', 'rich'] }],
    ['identityCategories.0', { identityCategories: ['toString'] }],
    ['identityCategories.0', { identityCategories: ['__proto__'] }],
    ['inCounty', { inCounty: 'yes' }],
  ])('%s is rejected with a field problem', (field, change) => {
    const input = { ...good, ...change } as unknown as SettlementInput;
    expect(validateSettlementInput(input).map((p) => p.field)).toContain(field);
    expect(() => calculateSettlement(input, TEST_PARAMETERS)).toThrow(SettlementInputError);
  });

  it('year-to-date sums are checked too', () => {
    const bad = { ...EMPTY_YEAR_TO_DATE, basic: -5 };
    expect(validateSettlementInput(good, bad)).toEqual([{ field: 'yearToDate.basic', message: expect.any(String) }]);
    try {
      calculateSettlement(good, TEST_PARAMETERS, bad);
      throw new Error('not thrown');
    } catch (e) {
      expect((e as SettlementInputError).problems.map((p) => p.field)).toEqual(['yearToDate.basic']);
    }
  });

  it('a valid case has no problems', () => {
    expect(validateSettlementInput(good, EMPTY_YEAR_TO_DATE)).toEqual([]);
  });
});

describe('validatePolicyParameters', () => {
  it('accepts the example and the test parameters', () => {
    expect(validatePolicyParameters(EXAMPLE_PARAMETERS_LIUZHOU_2026)).toEqual([]);
    expect(validatePolicyParameters(TEST_PARAMETERS)).toEqual([]);
  });

  it('every example value cites a source', () => {
    const walk = (v: unknown, path: string): string[] => {
      if (typeof v !== 'object' || v === null) return [];
      const o = v as Record<string, unknown>;
      if ('value' in o || ('ratioBp' in o && 'upToFen' in o)) return typeof o.source === 'string' && o.source.length > 5 ? [] : [path];
      return Object.entries(o).flatMap(([k, x]) => walk(x, `${path}.${k}`));
    };
    const { basic, criticalIllness, medicalAid, guards, earlyWarning } = EXAMPLE_PARAMETERS_LIUZHOU_2026;
    expect(walk({ basic, criticalIllness, medicalAid, guards, earlyWarning }, '')).toEqual([]);
  });

  const problemsOf = (change: (p: PolicyParameters) => void) => validatePolicyParameters(withParameters(TEST_PARAMETERS, change)).map((p) => p.field);

  it.each<[string, (p: PolicyParameters) => void, string]>([
    ['a ratio above 100%', (p) => (p.basic.ratioBp.inpatient.primary.value = 10001), 'basic.ratioBp.inpatient.primary.value'],
    ['a fractional ratio', (p) => (p.basic.ratioBp.outpatient.secondary.value = 55.5), 'basic.ratioBp.outpatient.secondary.value'],
    ['a missing source', (p) => (p.basic.annualCap.source = ' '), 'basic.annualCap.source'],
    [
      'a missing table cell',
      (p) => delete (p.basic.deductible.chronic_outpatient as Partial<Record<string, unknown>>).secondary,
      'basic.deductible.chronic_outpatient.secondary',
    ],
    ['a negative deductible', (p) => (p.criticalIllness.deductible.value = -1), 'criticalIllness.deductible.value'],
    ['a 大病 segment below the 60% floor', (p) => (p.criticalIllness.segments[0].ratioBp = 5500), 'criticalIllness.segments.0.ratioBp'],
    ['a closed last segment', (p) => (p.criticalIllness.segments[1].upToFen = 9_000_000), 'criticalIllness.segments.1.upToFen'],
    [
      'descending segment bounds',
      (p) => p.criticalIllness.segments.unshift({ upToFen: 8_000_000, ratioBp: 6000, source: 'x' }),
      'criticalIllness.segments.1.upToFen',
    ],
    ['no segments', (p) => (p.criticalIllness.segments = []), 'criticalIllness.segments'],
    [
      'an unknown tilt category',
      (p) => (p.criticalIllness.tilt.categories.value = ['registered_poor', 'vip' as never]),
      'criticalIllness.tilt.categories.value.1',
    ],
    ['a duplicate category', (p) => (p.guards.oopCap.categories.value = ['registered_poor', 'registered_poor']), 'guards.oopCap.categories.value.1'],
    ['removeCap not a boolean', (p) => ((p.criticalIllness.tilt.removeCap as SourcedValue<unknown>).value = 'yes'), 'criticalIllness.tilt.removeCap.value'],
    [
      'aid for an unknown category',
      (p) => ((p.medicalAid.byCategory as Record<string, unknown>).vip = p.medicalAid.byCategory.rural_dibao),
      'medicalAid.byCategory.vip',
    ],
    [
      'an aid entry without a limit',
      (p) => delete (p.medicalAid.byCategory.rural_dibao as unknown as Partial<Record<string, unknown>>).annualLimit,
      'medicalAid.byCategory.rural_dibao.annualLimit',
    ],
    [
      'an OOP cap for an unknown visit type',
      (p) => ((p.guards.oopCap.maxShareBp as Record<string, unknown>).dental = s(1000)),
      'guards.oopCap.maxShareBp.dental',
    ],
    [
      'an unknown guard visit type',
      (p) => (p.guards.reimbursementCeiling.visitTypes.value = ['inpatient', 'spa' as never]),
      'guards.reimbursementCeiling.visitTypes.value.1',
    ],
    ['a county as pooling region of the wrong shape', (p) => (p.regionCode = '4502'), 'regionCode'],
    ['a bad year', (p) => (p.year = 1999), 'year'],
    ['an end before the start', (p) => (p.effectiveTo = '2025-12-31'), 'effectiveTo'],
    ['a missing section', (p) => delete (p as Partial<PolicyParameters>).earlyWarning, 'earlyWarning'],
  ])('reports %s', (_what, change, field) => {
    expect(problemsOf(change)).toContain(field);
  });

  it('a null annual cap means none', () => {
    const p = withParameters(TEST_PARAMETERS, (q) => (q.basic.annualCap.value = null));
    expect(validatePolicyParameters(p)).toEqual([]);
    const r = calculateSettlement(inp({ visitType: 'inpatient', hospitalLevel: 'primary', totalCost: 1_000_000 }), p, ytd({ inPolicyCost: 1e9, basic: 5e8 }));
    expect(r.basic).toBe(900_000);
  });

  it('rejects what is not an object', () => {
    expect(validatePolicyParameters(null)).toEqual([{ field: '', message: expect.any(String) }]);
    expect(validatePolicyParameters([])).toHaveLength(1);
  });
});
