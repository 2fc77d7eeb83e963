import { IDENTITY_CATEGORIES } from '../../enrollment/codes';
import fc from 'fast-check';
import {
  addToYearToDate,
  applyBp,
  BP_SCALE,
  calculateSettlement,
  EMPTY_YEAR_TO_DATE,
  EXAMPLE_PARAMETERS_LIUZHOU_2026,
  HOSPITAL_LEVELS,
  SETTLEMENT_NOTE_CODES,
  settlementNoteText,
  settlementRuleText,
  validatePolicyParameters,
  VISIT_TYPES,
  type PolicyParameters,
  type SettlementInput,
  type SettlementResult,
  type SettlementYearToDate,
  type SourcedValue,
} from '..';

/** Property tests: the invariants of DOMAIN §3 over random cases, random year-to-date sums and random parameters. */
type Category = SettlementInput['identityCategories'][number];
const CATEGORIES: readonly Category[] = IDENTITY_CATEGORIES;
const RUNS = { numRuns: 400 };

const sourced = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<SourcedValue<T>> => arb.map((value) => ({ value, source: 'property' }));
const bp = fc.integer({ min: 0, max: BP_SCALE });
const money = (max: number) => fc.integer({ min: 0, max });
const capOrNone = fc.option(money(30_000_000), { nil: null });
const levels = (arb: fc.Arbitrary<number>) => fc.record({ primary: sourced(arb), secondary: sourced(arb), tertiary: sourced(arb) });
const table = (arb: fc.Arbitrary<number>) => fc.record({ outpatient: levels(arb), chronic_outpatient: levels(arb), inpatient: levels(arb) });
const categories = fc.subarray([...CATEGORIES]);

/** Random but valid parameter sets (validatePolicyParameters accepts every one), and the example. */
const randomParameters: fc.Arbitrary<PolicyParameters> = fc
  .record({
    basic: fc.record({
      deductible: table(money(200_000)),
      ratioBp: table(bp),
      outOfCountyRatioReductionBp: sourced(fc.integer({ min: 0, max: 3000 })),
      annualCap: sourced(capOrNone),
    }),
    ciDeductible: money(3_000_000),
    minRatioBp: fc.integer({ min: 0, max: 8000 }),
    segments: fc.array(fc.record({ width: fc.integer({ min: 1, max: 10_000_000 }), extraBp: bp }), { minLength: 1, maxLength: 4 }),
    ciCap: capOrNone,
    tilt: fc.record({
      categories: sourced(categories),
      deductibleReductionBp: sourced(bp),
      ratioBonusBp: sourced(fc.integer({ min: 0, max: 2000 })),
      removeCap: sourced(fc.boolean()),
    }),
    aid: fc.record(
      Object.fromEntries(
        CATEGORIES.map((c) => [c, fc.record({ ratioBp: sourced(bp), annualLimit: sourced(money(10_000_000)), deductible: sourced(money(1_000_000)) })]),
      ),
      { requiredKeys: [] },
    ),
    oopCap: fc.record({
      categories: sourced(categories),
      maxShareBp: fc.record({ outpatient: sourced(bp), chronic_outpatient: sourced(bp), inpatient: sourced(bp) }, { requiredKeys: [] }),
      inCountyOnly: sourced(fc.boolean()),
      topUp: sourced(fc.boolean()),
    }),
    inCatalogue: fc.record({ categories: sourced(categories), visitTypes: sourced(fc.subarray([...VISIT_TYPES])), minShareBp: sourced(bp) }),
    ceiling: fc.record({ categories: sourced(categories), visitTypes: sourced(fc.subarray([...VISIT_TYPES])), maxBp: sourced(bp) }),
  })
  .map((r) => {
    let bound = 0;
    const segments = r.segments.map((s, i) => {
      bound += s.width;
      return { upToFen: i === r.segments.length - 1 ? null : bound, ratioBp: Math.min(BP_SCALE, r.minRatioBp + s.extraBp), source: 'property' };
    });
    return {
      ...EXAMPLE_PARAMETERS_LIUZHOU_2026,
      basic: r.basic,
      criticalIllness: {
        deductible: { value: r.ciDeductible, source: 'p' },
        segments,
        minRatioBp: { value: r.minRatioBp, source: 'p' },
        annualCap: { value: r.ciCap, source: 'p' },
        tilt: r.tilt,
      },
      medicalAid: { byCategory: r.aid },
      guards: { oopCap: r.oopCap, inCatalogue: r.inCatalogue, reimbursementCeiling: r.ceiling },
    };
  });
const parametersArb = fc.oneof(randomParameters, fc.constant(EXAMPLE_PARAMETERS_LIUZHOU_2026));

const inputArb: fc.Arbitrary<SettlementInput> = fc
  .record({
    visitType: fc.constantFrom(...VISIT_TYPES),
    hospitalLevel: fc.constantFrom(...HOSPITAL_LEVELS),
    inCounty: fc.option(fc.boolean(), { nil: undefined }),
    totalCost: fc.oneof(money(50_000), money(5_000_000), money(100_000_000)),
    policyBp: fc.oneof(bp, fc.constant(BP_SCALE), fc.constant(0)),
    catalogueBp: fc.oneof(bp, fc.constant(BP_SCALE)),
    identityCategories: categories,
  })
  .map(({ policyBp, catalogueBp, ...i }) => ({ ...i, inPolicyCost: applyBp(i.totalCost, policyBp), inCatalogueCost: applyBp(i.totalCost, catalogueBp) }));

const ytdArb: fc.Arbitrary<SettlementYearToDate> = fc.oneof(
  fc.constant(EMPTY_YEAR_TO_DATE),
  fc.record({
    settlements: money(100),
    inPolicyCost: money(50_000_000),
    basic: money(30_000_000),
    criticalIllness: money(30_000_000),
    medicalAid: money(10_000_000),
  }),
);

const three = (r: SettlementResult) => r.basic + r.criticalIllness + r.medicalAid;
const hasAny = (cats: readonly Category[], set: readonly Category[]) => cats.some((c) => set.includes(c));
const inCeilingScope = (p: PolicyParameters, i: SettlementInput) =>
  p.guards.reimbursementCeiling.visitTypes.value.includes(i.visitType) && hasAny(i.identityCategories, p.guards.reimbursementCeiling.categories.value);
const withoutTilt = (p: PolicyParameters): PolicyParameters => ({
  ...p,
  criticalIllness: { ...p.criticalIllness, tilt: { ...p.criticalIllness.tilt, categories: { value: [], source: 'off' } } },
});

describe('calculateSettlement: properties', () => {
  it('generated parameter sets are valid', () => {
    fc.assert(
      fc.property(randomParameters, (p) => expect(validatePolicyParameters(p)).toEqual([])),
      { numRuns: 100 },
    );
  });

  it('tiers + OOP = total; no negative or fractional amount; the three systems pay only in-policy cost', () => {
    fc.assert(
      fc.property(inputArb, parametersArb, ytdArb, (input, p, ytd) => {
        const r = calculateSettlement(input, p, ytd);
        for (const v of [r.basic, r.criticalIllness, r.medicalAid, r.other, r.outOfPocket]) expect(Number.isSafeInteger(v) && v >= 0).toBe(true);
        expect(r.basic + r.criticalIllness + r.medicalAid + r.other + r.outOfPocket).toBe(input.totalCost);
        expect(three(r)).toBeLessThanOrEqual(input.inPolicyCost);
        expect(new Set(r.flags).size).toBe(r.flags.length);
        expect(r.flags.includes('zero_oop')).toBe(input.totalCost > 0 && r.outOfPocket === 0);
      }),
      RUNS,
    );
  });

  it('annual caps and limits hold given what was already paid', () => {
    fc.assert(
      fc.property(inputArb, parametersArb, ytdArb, (input, p, ytd) => {
        const r = calculateSettlement(input, p, ytd);
        const left = (cap: number | null, used: number) => (cap === null ? Infinity : Math.max(0, cap - used));
        expect(r.basic).toBeLessThanOrEqual(left(p.basic.annualCap.value, ytd.basic));
        const uncapped = hasAny(input.identityCategories, p.criticalIllness.tilt.categories.value) && p.criticalIllness.tilt.removeCap.value;
        if (!uncapped) expect(r.criticalIllness).toBeLessThanOrEqual(left(p.criticalIllness.annualCap.value, ytd.criticalIllness));
        const limits = input.identityCategories
          .map((c) => p.medicalAid.byCategory[c])
          .filter((e) => e !== undefined)
          .map((e) => left(e.annualLimit.value, ytd.medicalAid));
        expect(r.medicalAid).toBeLessThanOrEqual(Math.max(0, ...limits));
      }),
      RUNS,
    );
  });

  it('the 大病 tilt never lowers a payment', () => {
    fc.assert(
      fc.property(inputArb, parametersArb, ytdArb, (input, p, ytd) => {
        const on = calculateSettlement(input, p, ytd);
        const off = calculateSettlement(input, withoutTilt(p), ytd);
        expect(on.basic).toBe(off.basic);
        expect(on.criticalIllness).toBeGreaterThanOrEqual(off.criticalIllness);
        // aid may shrink (大病 left it less to cover) but never by more than 大病 grew, trimmed or not
        expect(three(on)).toBeGreaterThanOrEqual(three(off));
        expect(on.outOfPocket).toBeLessThanOrEqual(off.outOfPocket);
      }),
      RUNS,
    );
  });

  it('the 95% guard holds for key aid recipients, and the flag says when basic + 大病 alone break it', () => {
    fc.assert(
      fc.property(inputArb, parametersArb, ytdArb, (input, p, ytd) => {
        const r = calculateSettlement(input, p, ytd);
        const maxBp = p.guards.reimbursementCeiling.maxBp.value;
        if (inCeilingScope(p, input)) {
          expect(three(r)).toBeLessThanOrEqual(Math.max(applyBp(input.inPolicyCost, maxBp), r.basic + r.criticalIllness));
          expect(r.flags.includes('reimbursement_over_ceiling')).toBe(three(r) * BP_SCALE > maxBp * input.inPolicyCost);
          if (r.flags.includes('reimbursement_over_ceiling')) expect(r.medicalAid).toBe(0);
        } else {
          expect(r.flags).not.toContain('reimbursement_over_ceiling');
        }
      }),
      RUNS,
    );
  });

  it('adding an identity never lowers the aid, unless it brings the tilt or the 95% guard — and never the benefit', () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...CATEGORIES), parametersArb, ytdArb, (input, extra, p, ytd) => {
        const more: SettlementInput = { ...input, identityCategories: [...input.identityCategories, extra] };
        const before = calculateSettlement(input, p, ytd);
        const after = calculateSettlement(more, p, ytd);
        const tiltSame =
          hasAny(input.identityCategories, p.criticalIllness.tilt.categories.value) ===
          hasAny(more.identityCategories, p.criticalIllness.tilt.categories.value);
        const guardSame = inCeilingScope(p, input) === inCeilingScope(p, more);
        if (tiltSame && guardSame) expect(after.medicalAid).toBeGreaterThanOrEqual(before.medicalAid);
        if (guardSame) expect(after.outOfPocket).toBeLessThanOrEqual(before.outOfPocket);
        else expect(three(after)).toBeGreaterThanOrEqual(Math.min(three(before), applyBp(input.inPolicyCost, p.guards.reimbursementCeiling.maxBp.value)));
      }),
      RUNS,
    );
  });

  it('the result does not depend on the order or repetition of identities', () => {
    fc.assert(
      fc.property(inputArb, parametersArb, ytdArb, (input, p, ytd) => {
        const a = calculateSettlement(input, p, ytd);
        const b = calculateSettlement({ ...input, identityCategories: [...input.identityCategories].reverse().concat(input.identityCategories) }, p, ytd);
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 200 },
    );
  });

  it('the trace agrees with the amounts and cites the parameters it used', () => {
    fc.assert(
      fc.property(inputArb, parametersArb, ytdArb, (input, p, ytd) => {
        const r = calculateSettlement(input, p, ytd);
        const amountOf = (step: string) => r.trace.filter((t) => t.step === step).reduce((sum, t) => sum + t.amount, 0);
        expect(r.trace.at(-1)).toMatchObject({ step: 'out_of_pocket', amount: r.outOfPocket });
        expect(amountOf('basic_cap')).toBe(r.basic);
        expect(amountOf('ci_cap')).toBe(r.criticalIllness);
        expect(amountOf('aid_limit') - amountOf('guard_reimbursement_ceiling')).toBe(r.medicalAid);
        expect(amountOf('guard_oop_cap')).toBe(r.other);
        for (const t of r.trace) {
          if (!t.parameter) continue;
          const found = t.parameter.path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], p);
          if (t.step === 'aid_category') expect((found as Record<string, unknown>)[t.parameter.value as string]).toBeDefined();
          else if (t.step === 'ci_segment') expect(found).toBe(t.parameter.value);
          else expect(found).toEqual({ value: t.parameter.value, source: t.parameter.source });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('every trace step says itself as codes: each note code the calculator emits renders whole in zh and en', () => {
    const emitted = new Set<string>();
    const check = (input: SettlementInput, p: PolicyParameters, ytd: SettlementYearToDate) => {
      for (const t of calculateSettlement(input, p, ytd).trace) {
        emitted.add(t.code);
        expect(SETTLEMENT_NOTE_CODES.is(t.code)).toBe(true);
        expect(t.note).toBe(settlementNoteText(t, 'zh'));
        const en = settlementNoteText(t, 'en');
        // no Chinese left in English mode, no unfilled template, no code or parameter path shown as text
        expect(en).not.toMatch(/[\u4e00-\u9fff]/);
        expect(en).not.toMatch(/\{\{|—$|[a-z]+_[a-z_]+|[a-z]+\.[a-z]+/);
        expect(settlementRuleText(t.step, 'en')).not.toMatch(/DOMAIN|[a-z]+_[a-z_]+/);
      }
    };
    // a fixed seed: the coverage below is then the same on every run
    fc.assert(fc.property(inputArb, parametersArb, ytdArb, check), { numRuns: 300, seed: 13 });
    // a segment below the statutory minimum is refused when parameters are saved; the calculator still explains it
    const belowMinimum: PolicyParameters = {
      ...EXAMPLE_PARAMETERS_LIUZHOU_2026,
      criticalIllness: { ...EXAMPLE_PARAMETERS_LIUZHOU_2026.criticalIllness, minRatioBp: { value: 9000, source: 'test' } },
    };
    const big = { visitType: 'inpatient', hospitalLevel: 'tertiary', totalCost: 50_000_000, inPolicyCost: 50_000_000, inCatalogueCost: 50_000_000 } as const;
    check({ ...big, identityCategories: [] }, belowMinimum, EMPTY_YEAR_TO_DATE);
    check({ ...big, identityCategories: ['registered_poor'] }, belowMinimum, EMPTY_YEAR_TO_DATE);
    // the random cases reach every wording, so the check above covered each one
    expect([...SETTLEMENT_NOTE_CODES.values].filter((c) => !emitted.has(c))).toEqual([]);
  });

  it('over a year: deductibles are taken once, caps and limits hold across settlements', () => {
    fc.assert(
      fc.property(fc.array(inputArb, { minLength: 1, maxLength: 8 }), categories, parametersArb, (inputs, cats, p) => {
        let ytd: SettlementYearToDate = EMPTY_YEAR_TO_DATE;
        let deductibles = 0;
        let maxDeductible = 0;
        for (const raw of inputs) {
          const input = { ...raw, identityCategories: cats };
          const r = calculateSettlement(input, p, ytd);
          deductibles += r.trace.find((t) => t.step === 'basic_deductible')!.amount;
          maxDeductible = Math.max(maxDeductible, p.basic.deductible[input.visitType][input.hospitalLevel].value);
          ytd = addToYearToDate(ytd, input, r);
        }
        expect(deductibles).toBeLessThanOrEqual(maxDeductible);
        if (p.basic.annualCap.value !== null) expect(ytd.basic).toBeLessThanOrEqual(p.basic.annualCap.value);
        const uncapped = hasAny(cats, p.criticalIllness.tilt.categories.value) && p.criticalIllness.tilt.removeCap.value;
        if (!uncapped && p.criticalIllness.annualCap.value !== null) expect(ytd.criticalIllness).toBeLessThanOrEqual(p.criticalIllness.annualCap.value);
        const limits = cats.map((c) => p.medicalAid.byCategory[c]?.annualLimit.value ?? 0);
        expect(ytd.medicalAid).toBeLessThanOrEqual(Math.max(0, ...limits));
        expect(ytd.settlements).toBe(inputs.length);
      }),
      { numRuns: 200 },
    );
  });
});
