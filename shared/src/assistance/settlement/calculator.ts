import type { IdentityCategory } from '../../enrollment/codes';
import type { NoteCandidate, NoteParams } from '../../notes';
import type { HospitalLevel, SettlementFlag, VisitType } from '../codes';
import { AID_CATEGORY_SOURCE, settlementNoteText, STEP_RULES, type SettlementNoteCode } from './labels';
import {
  BP_SCALE,
  EMPTY_YEAR_TO_DATE,
  type BasicInsuranceParameters,
  type CriticalIllnessParameters,
  type GuardParameters,
  type MedicalAidParameters,
  type PolicyParameters,
  type SettlementInput,
  type SettlementResult,
  type SettlementTraceStep,
  type SettlementYearToDate,
  type SourcedValue,
  type TraceParameter,
} from './types';
import { CATEGORY_RANK, inputLooksValid, SettlementInputError, validateSettlementInput } from './validate';

// ---- arithmetic -----------------------------------------------------------------------------------------

/** floor(amount × bp / 10000), exact: the product is an integer below 2^53, and so is the remainder. */
export function applyBp(amount: number, bp: number): number {
  const p = amount * bp;
  return (p - (p % BP_SCALE)) / BP_SCALE;
}

const sub0 = (a: number, b: number): number => (a > b ? a - b : 0);
const min = (a: number, b: number): number => (a < b ? a : b);
const max = (a: number, b: number): number => (a > b ? a : b);

/** A share as bp, rounded down, for notes (e.g. in-catalogue share). */
const shareBp = (part: number, whole: number): number => (whole > 0 ? Math.floor((part * BP_SCALE) / whole) : 0);

function hasAny(categories: readonly IdentityCategory[], set: readonly IdentityCategory[]): boolean {
  for (let i = 0; i < categories.length; i++) if (set.includes(categories[i])) return true;
  return false;
}

// ---- the calculator -------------------------------------------------------------------------------------

function param(path: string, sv: SourcedValue<TraceParameter['value']>): TraceParameter {
  return { path, value: sv.value, source: sv.source };
}

/** A step's note: its code and figures (what the admin renders in either language) and its zh text. */
function said(code: SettlementNoteCode, params: NoteParams): { code: SettlementNoteCode; params: NoteParams; note: string } {
  return { code, params, note: settlementNoteText({ code, params }, 'zh') };
}

/**
 * Settle one case: basic → 大病 → 救助 → other → OOP (DOMAIN §3), given the person's sums so far this year.
 * Throws SettlementInputError on malformed input; `parameters` are trusted (check them once with
 * validatePolicyParameters when they are saved) and must not be mutated while a result's trace is unread.
 *
 * Invariants: every amount ≥ 0; basic + criticalIllness + medicalAid + other + outOfPocket = totalCost; the three
 * systems pay only on in-policy cost (together ≤ inPolicyCost); only `other`, the OOP-cap top-up (兜底), can
 * reach out-of-policy cost, because S1's cap is a share of the total.
 *
 * `trace` is built on first read (then kept): the notes cost several times the arithmetic, and bulk
 * re-checks never read them. Reading it re-runs this same code path with tracing on, over a snapshot of the
 * input taken now, so the explanation always matches the amounts.
 */
export function calculateSettlement(
  input: SettlementInput,
  parameters: PolicyParameters,
  yearToDate: SettlementYearToDate = EMPTY_YEAR_TO_DATE,
): SettlementResult {
  if (!inputLooksValid(input, yearToDate)) throw new SettlementInputError(validateSettlementInput(input, yearToDate));
  const amounts = settle(input, parameters, yearToDate, null);
  const inputCopy: SettlementInput = { ...input, identityCategories: input.identityCategories.slice() };
  const ytdCopy: SettlementYearToDate = yearToDate === EMPTY_YEAR_TO_DATE ? yearToDate : { ...yearToDate };
  let trace: SettlementTraceStep[] | undefined;
  return {
    basic: amounts.basic,
    criticalIllness: amounts.criticalIllness,
    medicalAid: amounts.medicalAid,
    other: amounts.other,
    outOfPocket: amounts.outOfPocket,
    flags: amounts.flags,
    get trace(): SettlementTraceStep[] {
      if (!trace) {
        trace = [];
        settle(inputCopy, parameters, ytdCopy, trace);
      }
      return trace;
    },
  };
}

type Amounts = Omit<SettlementResult, 'trace'>;

/** Where the trace goes; null = amounts only (the bulk path). */
type Trace = SettlementTraceStep[] | null;

/** One case as every tier reads it: the input with its defaults applied. Input already validated. */
interface Case {
  visitType: VisitType;
  hospitalLevel: HospitalLevel;
  totalCost: number;
  inPolicyCost: number;
  inCatalogueCost: number;
  /** absent in the input = true (the one-stop case) */
  inCounty: boolean;
  /** deduped, in handbook order: the first candidate wins ties whatever order the caller listed them in */
  categories: IdentityCategory[];
}

/** The calculation proper, tier by tier in the order of DOMAIN §3; each tier sees what the earlier ones paid. */
function settle(input: SettlementInput, parameters: PolicyParameters, ytd: SettlementYearToDate, trace: Trace): Amounts {
  const c: Case = {
    visitType: input.visitType,
    hospitalLevel: input.hospitalLevel,
    totalCost: input.totalCost,
    inPolicyCost: input.inPolicyCost,
    inCatalogueCost: input.inCatalogueCost,
    inCounty: input.inCounty !== false,
    categories: dedupeCategories(input.identityCategories),
  };
  const basic = basicInsurance(c, parameters.basic, ytd, trace);
  const criticalIllness = criticalIllnessInsurance(c, parameters.criticalIllness, ytd, basic, trace);
  const flags: SettlementFlag[] = [];
  const g = parameters.guards;
  const aidBeforeCeiling = medicalAid(c, parameters.medicalAid.byCategory, ytd, c.inPolicyCost - basic - criticalIllness, trace);
  const aid = reimbursementCeilingGuard(c, g.reimbursementCeiling, basic, criticalIllness, aidBeforeCeiling, flags, trace);
  const { other, oop } = otherSchemes(c, g.oopCap, c.totalCost - basic - criticalIllness - aid, flags, trace);
  inCatalogueGuard(c, g.inCatalogue, flags, trace);
  outOfPocket(c, basic, criticalIllness, aid, other, oop, flags, trace);
  return { basic, criticalIllness, medicalAid: aid, other, outOfPocket: oop, flags };
}

/**
 * Tier 1, basic insurance (DOMAIN §3 第1步): (in-policy − the year's deductible left) × the ratio for the
 * visit type and hospital level, lowered outside the county (DOMAIN §3), within the annual cap left.
 */
function basicInsurance(c: Case, b: BasicInsuranceParameters, ytd: SettlementYearToDate, trace: Trace): number {
  const { visitType: vt, hospitalLevel: lv, inPolicyCost: P } = c;
  const dedP = b.deductible[vt][lv];
  const dedLeft = sub0(dedP.value, ytd.inPolicyCost);
  const dedApplied = min(dedLeft, P);
  if (trace) {
    trace.push({
      step: 'basic_deductible',
      rule: STEP_RULES.basic_deductible,
      parameter: param(`basic.deductible.${vt}.${lv}`, dedP),
      amount: dedApplied,
      ...(dedLeft === 0
        ? said('basic_deductible_met', {
            visitType: vt,
            hospitalLevel: lv,
            deductibleFen: dedP.value,
            settlements: ytd.settlements,
            yearToDateFen: ytd.inPolicyCost,
          })
        : said('basic_deductible', {
            visitType: vt,
            hospitalLevel: lv,
            deductibleFen: dedP.value,
            yearToDateFen: ytd.inPolicyCost,
            inPolicyFen: P,
            appliedFen: dedApplied,
          })),
    });
  }
  const ratioP = b.ratioBp[vt][lv];
  let ratio = ratioP.value;
  if (!c.inCounty && b.outOfCountyRatioReductionBp.value > 0) {
    const reduced = sub0(ratio, b.outOfCountyRatioReductionBp.value);
    trace?.push({
      step: 'basic_out_of_county',
      rule: STEP_RULES.basic_out_of_county,
      parameter: param('basic.outOfCountyRatioReductionBp', b.outOfCountyRatioReductionBp),
      amount: 0,
      ...said('basic_out_of_county', { ratioBp: ratio, reductionBp: b.outOfCountyRatioReductionBp.value, reducedBp: reduced }),
    });
    ratio = reduced;
  }
  const basicPayable = applyBp(P - dedApplied, ratio);
  trace?.push({
    step: 'basic_ratio',
    rule: STEP_RULES.basic_ratio,
    parameter: param(`basic.ratioBp.${vt}.${lv}`, ratioP),
    amount: basicPayable,
    ...said('basic_ratio', { inPolicyFen: P, deductedFen: dedApplied, ratioBp: ratio, payableFen: basicPayable }),
  });
  const basicCap = b.annualCap.value;
  const basicCapLeft = basicCap === null ? Infinity : sub0(basicCap, ytd.basic);
  const basic = min(basicPayable, basicCapLeft);
  trace?.push({
    step: 'basic_cap',
    rule: STEP_RULES.basic_cap,
    parameter: param('basic.annualCap', b.annualCap),
    amount: basic,
    ...(basicCap === null
      ? said('basic_cap_none', { paidFen: basic })
      : said(basic < basicPayable ? 'basic_cap_trimmed' : 'basic_cap', {
          capFen: basicCap,
          usedFen: ytd.basic,
          leftFen: basicCapLeft,
          paidFen: basic,
          trimmedFen: basicPayable - basic,
        })),
  });
  return basic;
}

/**
 * Tier 2, 大病保险 (DOMAIN §3 第2步): on the year's cumulative in-policy burden after basic insurance, above
 * its deductible, paid by segments no lower than the statutory minimum (S0 §二(一)), within the annual cap;
 * the poor-person tilt lowers the deductible, raises every segment and removes the cap (S4 §四).
 */
function criticalIllnessInsurance(c: Case, ci: CriticalIllnessParameters, ytd: SettlementYearToDate, basic: number, trace: Trace): number {
  const tilt = hasAny(c.categories, ci.tilt.categories.value);
  const tiltCategory = tilt && trace ? firstIn(c.categories, ci.tilt.categories.value) : null;
  const burden = c.inPolicyCost - basic;
  const cum0 = sub0(ytd.inPolicyCost, ytd.basic);
  const cum1 = cum0 + burden;
  const ciDed = criticalIllnessDeductible(ci, tilt, tiltCategory, burden, cum0, cum1, trace);
  const bonus = tilt ? ci.tilt.ratioBonusBp.value : 0;
  const { payable: ciPayable, bonusPaid } = criticalIllnessSegments(ci, bonus, max(cum0, ciDed), cum1, trace);
  if (tilt && bonus > 0) {
    trace?.push({
      step: 'ci_tilt_ratio',
      rule: STEP_RULES.ci_tilt_ratio,
      parameter: param('criticalIllness.tilt.ratioBonusBp', ci.tilt.ratioBonusBp),
      amount: bonusPaid,
      ...said('ci_tilt_ratio', { category: tiltCategory, bonusBp: bonus, bonusPaidFen: bonusPaid }),
    });
  }
  const noCap = tilt && ci.tilt.removeCap.value;
  const ciCap = ci.annualCap.value;
  const ciCapLeft = noCap || ciCap === null ? Infinity : sub0(ciCap, ytd.criticalIllness);
  const criticalIllness = min(ciPayable, ciCapLeft);
  trace?.push({
    step: 'ci_cap',
    rule: STEP_RULES.ci_cap,
    parameter: noCap ? param('criticalIllness.tilt.removeCap', ci.tilt.removeCap) : param('criticalIllness.annualCap', ci.annualCap),
    amount: criticalIllness,
    ...(noCap
      ? said(ciCap !== null && ytd.criticalIllness + criticalIllness > ciCap ? 'ci_cap_removed_over' : 'ci_cap_removed', {
          category: tiltCategory,
          paidFen: criticalIllness,
          capFen: ciCap,
        })
      : ciCap === null
        ? said('ci_cap_none', { paidFen: criticalIllness })
        : said(criticalIllness < ciPayable ? 'ci_cap_trimmed' : 'ci_cap', {
            capFen: ciCap,
            usedFen: ytd.criticalIllness,
            leftFen: ciCapLeft,
            paidFen: criticalIllness,
            trimmedFen: ciPayable - criticalIllness,
          })),
  });
  return criticalIllness;
}

/**
 * 大病保险 deductible for the year (DOMAIN §3 第2步), halved for the tilt categories (S4 §四); returns the
 * deductible in force. The cumulative burden runs from `cum0` (before this case) to `cum1`.
 */
function criticalIllnessDeductible(
  ci: CriticalIllnessParameters,
  tilt: boolean,
  tiltCategory: IdentityCategory | null,
  burden: number,
  cum0: number,
  cum1: number,
  trace: Trace,
): number {
  let ciDed = ci.deductible.value;
  if (tilt && ci.tilt.deductibleReductionBp.value > 0) {
    const lowered = applyBp(ciDed, BP_SCALE - ci.tilt.deductibleReductionBp.value);
    trace?.push({
      step: 'ci_tilt_deductible',
      rule: STEP_RULES.ci_tilt_deductible,
      parameter: param('criticalIllness.tilt.deductibleReductionBp', ci.tilt.deductibleReductionBp),
      amount: lowered,
      ...said('ci_tilt_deductible', {
        category: tiltCategory,
        deductibleFen: ciDed,
        reductionBp: ci.tilt.deductibleReductionBp.value,
        loweredFen: lowered,
      }),
    });
    ciDed = lowered;
  }
  if (trace) {
    const ciDedApplied = min(burden, sub0(ciDed, cum0));
    trace.push({
      step: 'ci_deductible',
      rule: STEP_RULES.ci_deductible,
      parameter: param('criticalIllness.deductible', ci.deductible),
      amount: ciDedApplied,
      ...said(cum1 <= ciDed ? 'ci_deductible_below' : 'ci_deductible', { fromFen: cum0, toFen: cum1, deductibleFen: ciDed, appliedFen: ciDedApplied }),
    });
  }
  return ciDed;
}

/**
 * 大病保险 by segments of the cumulative burden from `start` to `cum1` (S0 §二(一)): each segment's ratio is
 * raised to the statutory minimum, then by the tilt `bonus` (S4 §四), never above 100%. `bonusPaid` (what the
 * tilt added) is only summed when tracing.
 */
function criticalIllnessSegments(
  ci: CriticalIllnessParameters,
  bonus: number,
  start: number,
  cum1: number,
  trace: Trace,
): { payable: number; bonusPaid: number } {
  const floorBp = ci.minRatioBp.value;
  let payable = 0;
  let bonusPaid = 0;
  let segFrom = 0;
  for (let i = 0; i < ci.segments.length && segFrom < cum1; i++) {
    const seg = ci.segments[i];
    const segTo = seg.upToFen === null ? Infinity : seg.upToFen;
    const a = max(start, segFrom);
    const z = min(cum1, segTo);
    if (z > a) {
      const base = z - a;
      const r = min(BP_SCALE, max(seg.ratioBp, floorBp));
      const rt = min(BP_SCALE, r + bonus);
      const pay = applyBp(base, rt);
      payable += pay;
      if (trace) {
        if (rt > r) bonusPaid += pay - applyBp(base, r);
        trace.push({
          step: 'ci_segment',
          rule: STEP_RULES.ci_segment,
          parameter: { path: `criticalIllness.segments.${i}.ratioBp`, value: seg.ratioBp, source: seg.source },
          amount: pay,
          ...said(r > seg.ratioBp ? (rt > r ? 'ci_segment_min_tilt' : 'ci_segment_min') : rt > r ? 'ci_segment_tilt' : 'ci_segment', {
            fromFen: a,
            toFen: z,
            segmentFromFen: segFrom,
            segmentToFen: segTo === Infinity ? null : segTo,
            baseFen: base,
            ratioBp: rt,
            segmentBp: seg.ratioBp,
            minimumBp: r,
            bonusBp: rt - r,
            paidFen: pay,
          }),
        });
      }
    }
    segFrom = segTo;
  }
  return { payable, bonusPaid };
}

/**
 * Tier 3, medical aid (DOMAIN §3 第3步, S0 §二(二)): on what remains of the in-policy burden (`aidBase`), above
 * the category's deductible, × its ratio, within its annual limit left — once, by the single most favourable
 * category (S3 §四 就高不就低).
 */
function medicalAid(c: Case, byCat: MedicalAidParameters['byCategory'], ytd: SettlementYearToDate, aidBase: number, trace: Trace): number {
  const cats = c.categories;
  const aidCum0 = sub0(ytd.inPolicyCost, ytd.basic + ytd.criticalIllness);
  let aidCat: IdentityCategory | null = null;
  let aid = 0;
  const candidates: NoteCandidate[] = [];
  for (let i = 0; i < cats.length; i++) {
    const entry = byCat[cats[i]];
    if (!entry) continue;
    const d = min(aidBase, sub0(entry.deductible.value, aidCum0));
    const pay = min(applyBp(aidBase - d, entry.ratioBp.value), sub0(entry.annualLimit.value, ytd.medicalAid));
    if (trace) candidates.push({ category: cats[i], fen: pay });
    if (aidCat === null || pay > aid) {
      aidCat = cats[i];
      aid = pay;
    }
  }
  if (trace) traceAid(trace, aidCat, cats, byCat, aidBase, aidCum0, ytd, candidates);
  return aid;
}

/**
 * S3 §四 (原则上重点救助对象三重保障制度保障后政策范围内住院费用报销比例控制在95%以内): whether a settlement is under the
 * reimbursement ceiling — a key aid recipient's (any of the pooling region's `categories`) of a visit type it lists.
 * The guard below, OVP-1's figure and its drill-down (the settlements list's `keyAidIn`) decide with this.
 */
export function reimbursementCeilingApplies(
  rc: Pick<GuardParameters['reimbursementCeiling'], 'categories' | 'visitTypes'>,
  visitType: VisitType,
  categories: readonly IdentityCategory[],
): boolean {
  return rc.visitTypes.value.includes(visitType) && hasAny(categories, rc.categories.value);
}

/**
 * Guard S3 §四: key aid recipients' in-policy reimbursement after the three systems ≤ the ceiling; only medical
 * aid is trimmed. Returns the aid left.
 */
function reimbursementCeilingGuard(
  c: Case,
  rc: GuardParameters['reimbursementCeiling'],
  basic: number,
  criticalIllness: number,
  aid: number,
  flags: SettlementFlag[],
  trace: Trace,
): number {
  const { inPolicyCost: P } = c;
  if (!reimbursementCeilingApplies(rc, c.visitType, c.categories)) return aid;
  const ceiling = applyBp(P, rc.maxBp.value);
  const three = basic + criticalIllness + aid;
  const trim = three > ceiling ? min(aid, three - ceiling) : 0;
  const left = aid - trim;
  trace?.push({
    step: 'guard_reimbursement_ceiling',
    rule: STEP_RULES.guard_reimbursement_ceiling,
    parameter: param('guards.reimbursementCeiling.maxBp', rc.maxBp),
    amount: trim,
    ...said(trim > 0 ? 'ceiling_trimmed' : 'ceiling_within', {
      threeFen: three,
      inPolicyFen: P,
      ceilingBp: rc.maxBp.value,
      ceilingFen: ceiling,
      trimmedFen: trim,
    }),
  });
  // S3 §四 trims aid only: when basic + 大病 alone exceed the ceiling it stays visible as a flag
  if ((basic + criticalIllness + left) * BP_SCALE > rc.maxBp.value * P) flags.push('reimbursement_over_ceiling');
  return left;
}

/**
 * Tier 4, other schemes under the S1 §二(六) OOP cap (a share of the total cost): paid as 兜底 where the region
 * still tops up, flagged otherwise. `oopAfterThree` is what the three systems left to the person.
 */
function otherSchemes(c: Case, oc: GuardParameters['oopCap'], oopAfterThree: number, flags: SettlementFlag[], trace: Trace): { other: number; oop: number } {
  const { visitType: vt, totalCost: T } = c;
  let oop = oopAfterThree;
  let other = 0;
  const capShare = oc.maxShareBp[vt];
  if (capShare && (c.inCounty || !oc.inCountyOnly.value) && hasAny(c.categories, oc.categories.value)) {
    const oopCeiling = applyBp(T, capShare.value);
    if (oc.topUp.value && oop > oopCeiling) {
      other = oop - oopCeiling;
      oop = oopCeiling;
    }
    trace?.push({
      step: 'guard_oop_cap',
      rule: STEP_RULES.guard_oop_cap,
      parameter: param(`guards.oopCap.maxShareBp.${vt}`, capShare),
      amount: other,
      ...said(other > 0 ? 'oop_topped_up' : oop > oopCeiling ? 'oop_over_no_top_up' : 'oop_within', {
        oopFen: oop + other,
        totalFen: T,
        capBp: capShare.value,
        ceilingFen: oopCeiling,
        otherFen: other,
      }),
    });
    if (oop > oopCeiling) flags.push('oop_over_cap');
  }
  return { other, oop };
}

/**
 * Guard S1 §二(七): out-of-catalogue cost above the allowed share is the hospital's, reported (trace and flag)
 * but not settled: no amount changes.
 */
function inCatalogueGuard(c: Case, ic: GuardParameters['inCatalogue'], flags: SettlementFlag[], trace: Trace): void {
  const { totalCost: T, inCatalogueCost } = c;
  if (!ic.visitTypes.value.includes(c.visitType) || !hasAny(c.categories, ic.categories.value)) return;
  const excess = sub0(T - inCatalogueCost, applyBp(T, BP_SCALE - ic.minShareBp.value));
  trace?.push({
    step: 'guard_in_catalogue',
    rule: STEP_RULES.guard_in_catalogue,
    parameter: param('guards.inCatalogue.minShareBp', ic.minShareBp),
    amount: excess,
    ...said(excess > 0 ? 'catalogue_below' : 'catalogue_ok', {
      inCatalogueFen: inCatalogueCost,
      shareBp: shareBp(inCatalogueCost, T),
      minimumBp: ic.minShareBp.value,
      excessFen: excess,
    }),
  });
  if (excess > 0) flags.push('in_catalogue_below_min');
}

/** The rest is the person's (DOMAIN §3 第4步): total − the three systems − other schemes; flags a zero OOP. */
function outOfPocket(c: Case, basic: number, criticalIllness: number, aid: number, other: number, oop: number, flags: SettlementFlag[], trace: Trace): void {
  const { totalCost: T, inPolicyCost: P } = c;
  if (T > 0 && oop === 0) flags.push('zero_oop');
  trace?.push({
    step: 'out_of_pocket',
    rule: STEP_RULES.out_of_pocket,
    parameter: null,
    amount: oop,
    ...said('out_of_pocket', {
      totalFen: T,
      basicFen: basic,
      criticalIllnessFen: criticalIllness,
      aidFen: aid,
      otherFen: other,
      oopFen: oop,
      outOfPolicyFen: T - P,
    }),
  });
}

/** The four aid steps for the chosen category (re-derived: only the tracing run needs them). */
function traceAid(
  trace: SettlementTraceStep[],
  aidCat: IdentityCategory | null,
  cats: readonly IdentityCategory[],
  byCat: MedicalAidParameters['byCategory'],
  aidBase: number,
  aidCum0: number,
  ytd: SettlementYearToDate,
  candidates: NoteCandidate[],
): void {
  const entry = aidCat === null ? undefined : byCat[aidCat];
  if (aidCat === null || !entry) {
    trace.push({
      step: 'aid_category',
      rule: STEP_RULES.aid_category,
      parameter: null,
      amount: 0,
      ...said(cats.length ? 'aid_none_local' : 'aid_none', {}),
    });
    return;
  }
  const d = min(aidBase, sub0(entry.deductible.value, aidCum0));
  const raw = applyBp(aidBase - d, entry.ratioBp.value);
  const left = sub0(entry.annualLimit.value, ytd.medicalAid);
  const aid = min(raw, left);
  trace.push({
    step: 'aid_category',
    rule: STEP_RULES.aid_category,
    parameter: { path: 'medicalAid.byCategory', value: aidCat, source: AID_CATEGORY_SOURCE.zh.highest_once },
    amount: aid,
    ...said(cats.length > 1 ? 'aid_category_highest' : 'aid_category', { category: aidCat, candidates }),
  });
  trace.push({
    step: 'aid_deductible',
    rule: STEP_RULES.aid_deductible,
    parameter: param(`medicalAid.byCategory.${aidCat}.deductible`, entry.deductible),
    amount: d,
    ...said('aid_deductible', { baseFen: aidBase, yearToDateFen: aidCum0, deductibleFen: entry.deductible.value, appliedFen: d }),
  });
  trace.push({
    step: 'aid_ratio',
    rule: STEP_RULES.aid_ratio,
    parameter: param(`medicalAid.byCategory.${aidCat}.ratioBp`, entry.ratioBp),
    amount: raw,
    ...said('aid_ratio', { baseFen: aidBase, deductedFen: d, ratioBp: entry.ratioBp.value, payableFen: raw }),
  });
  trace.push({
    step: 'aid_limit',
    rule: STEP_RULES.aid_limit,
    parameter: param(`medicalAid.byCategory.${aidCat}.annualLimit`, entry.annualLimit),
    amount: aid,
    ...said(aid < raw ? 'aid_limit_trimmed' : 'aid_limit', {
      limitFen: entry.annualLimit.value,
      usedFen: ytd.medicalAid,
      leftFen: left,
      paidFen: aid,
      trimmedFen: raw - aid,
    }),
  });
}

function dedupeCategories(list: readonly IdentityCategory[]): IdentityCategory[] {
  if (list.length <= 1) return list as IdentityCategory[];
  const out: IdentityCategory[] = [];
  for (let i = 0; i < list.length; i++) if (!out.includes(list[i])) out.push(list[i]);
  return out.sort((a, b) => CATEGORY_RANK[a] - CATEGORY_RANK[b]);
}

function firstIn(cats: readonly IdentityCategory[], tiltCats: readonly IdentityCategory[]): IdentityCategory | null {
  for (const c of cats) if (tiltCats.includes(c)) return c;
  return null;
}

/** The sums after this settlement: feed them to the person's next settlement this year. */
export function addToYearToDate(ytd: SettlementYearToDate, input: SettlementInput, result: SettlementResult): SettlementYearToDate {
  return {
    settlements: ytd.settlements + 1,
    inPolicyCost: ytd.inPolicyCost + input.inPolicyCost,
    basic: ytd.basic + result.basic,
    criticalIllness: ytd.criticalIllness + result.criticalIllness,
    medicalAid: ytd.medicalAid + result.medicalAid,
  };
}

/** S3 §三: whether a yearly burden after basic + 大病 raises a high-cost warning for a person with these identities. */
export function crossesEarlyWarning(yearBurdenFen: number, identityCategories: readonly IdentityCategory[], parameters: PolicyParameters): boolean {
  const w = parameters.earlyWarning;
  return yearBurdenFen >= w.thresholdFen.value && hasAny(identityCategories, w.categories.value);
}
