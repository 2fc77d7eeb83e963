import { EXAMPLE_PARAMETERS_LIUZHOU_2026 as LZ } from '../../assistance/settlement/example';
import { calculateSettlement } from '../../assistance/settlement/calculator';
import type { CriticalIllnessParameters } from '../../assistance/settlement/types';
import { criticalIllnessSpan, medicalAidPersonFigure, medicalAidSpan, withinTierSpan } from './enrollment-assistance';

/** TIR-1's and TIR-3's spans: where a person's year stops counting toward a tier's ratio (its cap or limit used up). */
describe('tier spans (TIR-1 大病 cap, TIR-3 aid deductible and limit)', () => {
  const withCap = (cap: number | null, removeCap = true): CriticalIllnessParameters => ({
    ...LZ.criticalIllness,
    annualCap: { ...LZ.criticalIllness.annualCap, value: cap },
    tilt: { ...LZ.criticalIllness.tilt, removeCap: { ...LZ.criticalIllness.tilt.removeCap, value: removeCap } },
  });

  it.each([
    // 柳州: 1.5万 deductible; 60 % to 5万, 70 % to 10万, 80 % above; cap 40万: 2.1万 + 3.5万 paid by 10万, 34.4万 more at 80 % = 43万
    ['柳州 2026 without the tilt', LZ.criticalIllness, false, { deductible: 1_500_000, span: 51_500_000 }],
    ['柳州 2026 with the tilt (no cap)', LZ.criticalIllness, true, { deductible: 750_000, span: null }],
    ['a cap reached inside the first segment', withCap(2_100_000), false, { deductible: 1_500_000, span: 3_500_000 }],
    ['a cap not reached at a segment boundary exactly', withCap(2_100_001), false, { deductible: 1_500_000, span: 3_500_002 }],
    ['the tilt keeping the cap: halved deductible, +5 points', withCap(2_600_000, false), true, { deductible: 750_000, span: 4_000_000 }],
    ['no cap at all', withCap(null), false, { deductible: 1_500_000, span: null }],
  ])('%s', (_name, ci, tilt, expected) => {
    expect(criticalIllnessSpan(ci, tilt)).toEqual(expected);
  });

  it('the calculator pays exactly the cap at the span without the tilt, and less one fen before it', () => {
    const { deductible, span } = criticalIllnessSpan(withCap(2_100_000), false);
    const settle = (burden: number) =>
      calculateSettlement(
        { visitType: 'inpatient', hospitalLevel: 'secondary', totalCost: burden, inPolicyCost: burden, inCatalogueCost: burden, identityCategories: [] },
        {
          ...LZ,
          basic: { ...LZ.basic, ratioBp: { ...LZ.basic.ratioBp, inpatient: { ...LZ.basic.ratioBp.inpatient, secondary: { value: 0, source: 't' } } } },
          criticalIllness: withCap(2_100_000),
        },
      ).criticalIllness;
    expect(settle(deductible + span!)).toBe(2_100_000);
    expect(settle(deductible + span! - 2)).toBeLessThan(2_100_000);
  });

  it('medical aid: above the category’s deductible until its ratio reaches the annual limit', () => {
    // registered poor in 柳州: no deductible, 65 %, 5万 limit: 5万 / 65 % = 76,923.08 yuan, rounded up to the fen
    expect(medicalAidSpan(LZ.medicalAid.byCategory.registered_poor!)).toEqual({ deductible: 0, span: 7_692_308 });
    // 农村其他困难群体: 8,500 yuan deductible, 50 %, 2万 limit
    expect(medicalAidSpan(LZ.medicalAid.byCategory.rural_other_hardship!)).toEqual({ deductible: 850_000, span: 4_000_000 });
  });

  it.each([
    [0, 0],
    [100_000, 0],
    [100_001, 1],
    [2_100_000, 2_000_000],
    [9_000_000, 2_000_000],
  ])('withinTierSpan(%i) with a 1,000-yuan deductible and a 20,000-yuan span = %i', (cumulative, expected) => {
    expect(withinTierSpan(cumulative, { deductible: 100_000, span: 2_000_000 })).toBe(expected);
    expect(withinTierSpan(cumulative, { deductible: 100_000, span: null })).toBe(Math.max(0, cumulative - 100_000));
  });
});

/** TIR-3 per person (S0 §二(二)): every registered-poor person of the period, aid paid or refused. */
describe('medicalAidPersonFigure (TIR-3: the aid ratio within the annual limit)', () => {
  const span = { deductible: 100_000, span: 2_000_000 };
  it.each([
    ['paid 65 % of the 20,000 between deductible and limit', true, 1_300_000, 2_100_000, 0, { numerator: 1_300_000, denominator: 2_000_000 }],
    ['refused aid that was due: counts with nothing paid', true, 0, 300_000, 0, { numerator: 0, denominator: 200_000 }],
    ['inside the deductible, nothing due', true, 0, 60_000, 0, { numerator: 0, denominator: 0 }],
    ['the period’s part only: the year before it used the deductible', true, 65_000, 400_000, 300_000, { numerator: 65_000, denominator: 100_000 }],
    ['past the limit before the period: nothing more due', true, 0, 3_000_000, 2_500_000, { numerator: 0, denominator: 0 }],
    ['no registered-poor settlement in the period: not one of the persons', false, 0, 300_000, 0, null],
  ])('%s', (_, poorSettlementInPeriod, aidPaid, burdenToEnd, burdenBeforeStart, expected) => {
    expect(medicalAidPersonFigure({ poorSettlementInPeriod, aidPaid, burdenToEnd, burdenBeforeStart }, span)).toEqual(expected);
  });
});
