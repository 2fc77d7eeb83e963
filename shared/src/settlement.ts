import { IDENTITY_CATEGORIES, IDENTITY_CATEGORY_LABELS as CATEGORY_LABELS, type IdentityCategory } from './enrollment';

import { isRegionCode } from './regions';
import { unknownKeyProblems } from './documents';

/**
 * One-stop settlement (一站式结算) under the three systems (三重制度, DOMAIN §3): basic insurance → 大病保险 →
 * 医疗救助 → other schemes, the rest out of pocket. Pure and dependency-free so the API (save, import, bulk
 * re-check) and the admin's calculator page compute the same fen.
 *
 * Units. Money is integer fen (分). Ratios are integer basis points (万分比, 10000 = 100%): policies state whole
 * percents and "+5 个百分点" (= 500 bp), but a local rule may use a fractional percent (62.5%, 92.25%), which
 * per-mille cannot always hold. Amounts are bounded by MAX_AMOUNT_FEN (10 亿元) so amount × bp ≤ 10^15 < 2^53 and
 * every product is an exact double.
 *
 * Rounding: every ratio × amount product is rounded DOWN to the whole fen (舍去分以下), nothing else is rounded
 * (the rest is integer addition and subtraction). So a payment never exceeds its exact ratio, a ceiling
 * (95% of in-policy cost, 10% of total) never exceeds its exact share and therefore holds exactly, and a
 * fraction of a fen always stays with the next tier and finally with the person.
 */


/** Handbook order, used to break ties between equally favourable categories deterministically. Null
 * prototype: the fast input check looks codes up here, and 'toString' must not be found. */
const CATEGORY_RANK: Record<string, number> = Object.assign(Object.create(null), Object.fromEntries(IDENTITY_CATEGORIES.map((c, i) => [c, i])));

export const VISIT_TYPES = ['outpatient', 'chronic_outpatient', 'inpatient'] as const;
export type VisitType = (typeof VISIT_TYPES)[number];
export const VISIT_TYPE_LABELS: Record<VisitType, string> = {
  outpatient: '普通门诊',
  chronic_outpatient: '门诊特慢病',
  inpatient: '住院',
};

export const HOSPITAL_LEVELS = ['primary', 'secondary', 'tertiary'] as const;
export type HospitalLevel = (typeof HOSPITAL_LEVELS)[number];
export const HOSPITAL_LEVEL_LABELS: Record<HospitalLevel, string> = {
  primary: '一级',
  secondary: '二级',
  tertiary: '三级',
};

/** 100% in basis points. */
export const BP_SCALE = 10000;
/** Largest amount (fen) accepted anywhere: 10 亿元, so amount × BP_SCALE stays an exact double. */
export const MAX_AMOUNT_FEN = 100_000_000_000;
/** S3 §三: 2020 poverty line × 50% = 2000 元, the default high-cost early-warning line. */
export const DEFAULT_EARLY_WARNING_THRESHOLD_FEN = 200_000;

// ---- parameters ---------------------------------------------------------------------------------------

/** Every parameter value carries the clause it comes from, shown in the editor and in each trace step. */
export interface SourcedValue<T> {
  value: T;
  source: string;
}

export type VisitLevelTable = Record<VisitType, Record<HospitalLevel, SourcedValue<number>>>;

export interface BasicInsuranceParameters {
  /** annual deductible (起付线, fen) by visit type and level; met by the year's cumulative in-policy cost */
  deductible: VisitLevelTable;
  /** reimbursement ratio (bp) by visit type and level */
  ratioBp: VisitLevelTable;
  /** points (bp) taken off the ratio when treated outside the county (县外就医) */
  outOfCountyRatioReductionBp: SourcedValue<number>;
  /** annual cap on basic-insurance payments (fen); null = none */
  annualCap: SourcedValue<number | null>;
}

export interface CriticalIllnessSegment {
  /** upper bound (fen, inclusive) of the year's cumulative in-policy burden after basic insurance; null = open */
  upToFen: number | null;
  ratioBp: number;
  source: string;
}

export interface CriticalIllnessParameters {
  /** annual deductible (fen) on the cumulative in-policy burden left after basic insurance */
  deductible: SourcedValue<number>;
  /** segments by cumulative burden, ascending; the first starts at the deductible */
  segments: CriticalIllnessSegment[];
  /** statutory minimum ratio (S0 §二(一): 60%); a lower segment is raised to it */
  minRatioBp: SourcedValue<number>;
  annualCap: SourcedValue<number | null>;
  /** the poor-person tilt (S4 §四) */
  tilt: {
    categories: SourcedValue<IdentityCategory[]>;
    /** share of the deductible waived: 5000 = halved */
    deductibleReductionBp: SourcedValue<number>;
    /** points added to every segment: 500 = +5 个百分点 */
    ratioBonusBp: SourcedValue<number>;
    /** true: no annual cap (取消封顶线) */
    removeCap: SourcedValue<boolean>;
  };
}

export interface MedicalAidCategoryParameters {
  ratioBp: SourcedValue<number>;
  /** annual limit (fen) on aid paid to the person, whatever category paid it */
  annualLimit: SourcedValue<number>;
  /** annual deductible (fen) on the in-policy burden left after basic + 大病; 0 = none */
  deductible: SourcedValue<number>;
}

export interface MedicalAidParameters {
  /** categories absent here receive no medical aid */
  byCategory: Partial<Record<IdentityCategory, MedicalAidCategoryParameters>>;
}

export interface GuardParameters {
  /** S1 §二(六): OOP share of total cost for registered-poor patients */
  oopCap: {
    categories: SourcedValue<IdentityCategory[]>;
    /** by visit type; absent = no cap for that visit type */
    maxShareBp: Partial<Record<VisitType, SourcedValue<number>>>;
    inCountyOnly: SourcedValue<boolean>;
    /** true: other schemes (兜底保障) pay the excess; false: it is only flagged */
    topUp: SourcedValue<boolean>;
  };
  /** S1 §二(七): in-catalogue share of a poor inpatient's total cost; the excess is the hospital's */
  inCatalogue: {
    categories: SourcedValue<IdentityCategory[]>;
    visitTypes: SourcedValue<VisitType[]>;
    minShareBp: SourcedValue<number>;
  };
  /** S3 §四: in-policy reimbursement after the three systems for key aid recipients (重点救助对象) */
  reimbursementCeiling: {
    categories: SourcedValue<IdentityCategory[]>;
    visitTypes: SourcedValue<VisitType[]>;
    maxBp: SourcedValue<number>;
  };
}

export interface EarlyWarningParameters {
  /** S3 §三: yearly personal burden after basic + 大病 at or above this raises a warning (fen) */
  thresholdFen: SourcedValue<number>;
  categories: SourcedValue<IdentityCategory[]>;
}

/** Policy parameters of one pooling region (统筹地区) and year. */
export interface PolicyParameters {
  regionCode: string;
  year: number;
  /** YYYY-MM-DD */
  effectiveFrom: string;
  effectiveTo: string;
  basic: BasicInsuranceParameters;
  criticalIllness: CriticalIllnessParameters;
  medicalAid: MedicalAidParameters;
  guards: GuardParameters;
  earlyWarning: EarlyWarningParameters;
}

// ---- input and result ---------------------------------------------------------------------------------

export interface SettlementInput {
  visitType: VisitType;
  hospitalLevel: HospitalLevel;
  /** treated inside the insured person's county; absent = true (the one-stop case) */
  inCounty?: boolean;
  totalCost: number;
  inPolicyCost: number;
  inCatalogueCost: number;
  identityCategories: readonly IdentityCategory[];
}

/** The person's sums this year before this settlement (fen). */
export interface SettlementYearToDate {
  settlements: number;
  inPolicyCost: number;
  basic: number;
  criticalIllness: number;
  medicalAid: number;
}

export const EMPTY_YEAR_TO_DATE: Readonly<SettlementYearToDate> = Object.freeze({
  settlements: 0,
  inPolicyCost: 0,
  basic: 0,
  criticalIllness: 0,
  medicalAid: 0,
});

export const SETTLEMENT_FLAGS = ['oop_over_cap', 'zero_oop', 'in_catalogue_below_min', 'reimbursement_over_ceiling'] as const;
export type SettlementFlag = (typeof SETTLEMENT_FLAGS)[number];
export const SETTLEMENT_FLAG_LABELS: Record<SettlementFlag, string> = {
  oop_over_cap: '个人自付超过控制比例',
  zero_oop: '个人零自付',
  in_catalogue_below_min: '目录内费用占比不足',
  reimbursement_over_ceiling: '政策范围内报销比例超过上限',
};

export const SETTLEMENT_STEPS = [
  'basic_deductible',
  'basic_ratio',
  'basic_out_of_county',
  'basic_cap',
  'ci_deductible',
  'ci_tilt_deductible',
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
] as const;
export type SettlementStep = (typeof SETTLEMENT_STEPS)[number];
export const SETTLEMENT_STEP_LABELS: Record<SettlementStep, string> = {
  basic_deductible: '基本医保起付线',
  basic_ratio: '基本医保支付比例',
  basic_out_of_county: '县外就医比例调整',
  basic_cap: '基本医保年度最高支付限额',
  ci_deductible: '大病保险起付线',
  ci_tilt_deductible: '大病保险倾斜：起付线降低',
  ci_segment: '大病保险分段支付',
  ci_tilt_ratio: '大病保险倾斜：支付比例提高',
  ci_cap: '大病保险年度最高支付限额',
  aid_category: '医疗救助身份（就高不就低）',
  aid_deductible: '医疗救助起付线',
  aid_ratio: '医疗救助比例',
  aid_limit: '医疗救助年度限额',
  guard_reimbursement_ceiling: '报销比例上限（防止过度保障）',
  guard_oop_cap: '个人自付比例控制',
  guard_in_catalogue: '目录内费用占比',
  out_of_pocket: '个人自付',
};

/** The rule each step applies, with its source (static text, so the trace costs no formatting). */
const STEP_RULES: Record<SettlementStep, string> = {
  basic_deductible: '基本医保起付线按年度计算，以本年累计政策范围内费用抵扣（DOMAIN §3 第1步）',
  basic_ratio: '基本医保支付 =（政策范围内费用 − 起付线）× 医院等级和就诊类型对应的支付比例（DOMAIN §3 第1步）',
  basic_out_of_county: '县外就医按参数降低基本医保支付比例（DOMAIN §3）',
  basic_cap: '基本医保支付不超过年度最高支付限额的剩余额度（DOMAIN §3 第1步）',
  ci_deductible: '大病保险对经基本医保后的政策范围内个人累计负担超过起付线的部分支付（DOMAIN §3 第2步）',
  ci_tilt_deductible: '困难群体大病保险起付线降低50%（S4 医保发〔2019〕57号 §四）',
  ci_segment: '大病保险按累计负担分段支付，各段比例不低于60%（S0 辽医保〔2019〕8号 §二(一)）',
  ci_tilt_ratio: '困难群体大病保险支付比例提高5个百分点（S4 医保发〔2019〕57号 §四）',
  ci_cap: '大病保险支付不超过年度最高支付限额；困难群体取消封顶线（S4 医保发〔2019〕57号 §四）',
  aid_category: '多重身份按待遇最高的一种身份救助一次，不重复救助（S3 §四 就高不就低）',
  aid_deductible: '医疗救助起付线按年度计算，以经基本医保、大病保险后的政策范围内个人累计负担抵扣（DOMAIN §3 第3步）',
  aid_ratio: '医疗救助 =（政策范围内个人负担 − 起付线）× 身份类别救助比例（DOMAIN §3 第3步，S0 §二(二)）',
  aid_limit: '医疗救助不超过年度救助限额的剩余额度（DOMAIN §3 第3步）',
  guard_reimbursement_ceiling: '重点救助对象经三重制度保障后政策范围内报销比例控制在95%以内，超出部分核减医疗救助（S3 §四）',
  guard_oop_cap: '建档立卡贫困患者个人自付住院不高于总费用10%、门诊特慢病不高于20%（S1 桂医保发〔2019〕14号 §二(六)）',
  guard_in_catalogue: '贫困患者住院目录内费用应占总费用90%以上，超出部分由医疗机构承担（S1 桂医保发〔2019〕14号 §二(七)）',
  out_of_pocket: '个人自付 = 总费用 − 基本医保 − 大病保险 − 医疗救助 − 其他保障（DOMAIN §3 第4步）',
};

export interface TraceParameter {
  path: string;
  value: number | boolean | string | null | readonly string[];
  source: string;
}

export interface SettlementTraceStep {
  step: SettlementStep;
  rule: string;
  parameter: TraceParameter | null;
  /** fen: what this step decided (deductible absorbed, amount paid, amount trimmed…) */
  amount: number;
  /** zh-CN explanation with the figures of this case */
  note: string;
}

export interface SettlementResult {
  basic: number;
  criticalIllness: number;
  medicalAid: number;
  other: number;
  outOfPocket: number;
  flags: SettlementFlag[];
  trace: SettlementTraceStep[];
}

/** One problem with one field, in the shape the API turns into a 400 `details` entry. */
export interface FieldProblem {
  field: string;
  message: string;
}

export class SettlementInputError extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(`结算数据有误 (invalid settlement input): ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
    this.name = 'SettlementInputError';
  }
}

// ---- arithmetic and formatting -------------------------------------------------------------------------

/** floor(amount × bp / 10000), exact: the product is an integer below 2^53, and so is the remainder. */
export function applyBp(amount: number, bp: number): number {
  const p = amount * bp;
  return (p - (p % BP_SCALE)) / BP_SCALE;
}

const sub0 = (a: number, b: number): number => (a > b ? a - b : 0);
const min = (a: number, b: number): number => (a < b ? a : b);
const max = (a: number, b: number): number => (a > b ? a : b);

/** 123456 → "1234.56元" (display only). */
export function formatFen(fen: number): string {
  if (fen === Infinity) return '不限';
  const neg = fen < 0;
  const abs = neg ? -fen : fen;
  const cents = abs % 100;
  return `${neg ? '-' : ''}${(abs - cents) / 100}.${cents < 10 ? '0' : ''}${cents}元`;
}

/** 6250 → "62.5%" (display only; the division never touches money). */
export function formatBp(bp: number): string {
  return `${bp / 100}%`;
}

/** A share as bp, rounded down, for notes (e.g. in-catalogue share). */
const shareBp = (part: number, whole: number): number => (whole > 0 ? Math.floor((part * BP_SCALE) / whole) : 0);

function hasAny(categories: readonly IdentityCategory[], set: readonly IdentityCategory[]): boolean {
  for (let i = 0; i < categories.length; i++) if (set.includes(categories[i])) return true;
  return false;
}

// ---- input validation -----------------------------------------------------------------------------------

const isAmount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= MAX_AMOUNT_FEN;
const AMOUNT_MESSAGE = `须为 0 至 ${MAX_AMOUNT_FEN} 之间的整数（分） (must be an integer amount in fen, 0…${MAX_AMOUNT_FEN})`;

const isBp = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= BP_SCALE;
const BP_MESSAGE = '须为 0–10000 之间的整数（万分比，10000 = 100%） (an integer in basis points, 0…10000)';

/** Problems with a settlement case and its year-to-date sums (empty = valid). */
export function validateSettlementInput(input: unknown, yearToDate?: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const o = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  if (!(VISIT_TYPES as readonly unknown[]).includes(o.visitType)) {
    problems.push({ field: 'visitType', message: `须为 ${VISIT_TYPES.join(' / ')} 之一 (unknown visit type)` });
  }
  if (!(HOSPITAL_LEVELS as readonly unknown[]).includes(o.hospitalLevel)) {
    problems.push({ field: 'hospitalLevel', message: `须为 ${HOSPITAL_LEVELS.join(' / ')} 之一 (unknown hospital level)` });
  }
  if (o.inCounty !== undefined && typeof o.inCounty !== 'boolean') {
    problems.push({ field: 'inCounty', message: '须为 true 或 false (must be a boolean)' });
  }
  for (const k of ['totalCost', 'inPolicyCost', 'inCatalogueCost'] as const) {
    if (!isAmount(o[k])) problems.push({ field: k, message: AMOUNT_MESSAGE });
  }
  if (isAmount(o.totalCost)) {
    for (const k of ['inPolicyCost', 'inCatalogueCost'] as const) {
      if (isAmount(o[k]) && o[k] > o.totalCost) problems.push({ field: k, message: '不得超过总费用 (must not exceed totalCost)' });
    }
  }
  if (!Array.isArray(o.identityCategories)) {
    problems.push({ field: 'identityCategories', message: '须为身份类别代码数组 (must be an array of category codes)' });
  } else {
    o.identityCategories.forEach((c, i) => {
      if (!(IDENTITY_CATEGORIES as readonly unknown[]).includes(c)) {
        problems.push({ field: `identityCategories.${i}`, message: `未知身份类别 ${String(c)} (unknown identity category)` });
      }
    });
  }
  if (yearToDate !== undefined) {
    const y = (typeof yearToDate === 'object' && yearToDate !== null ? yearToDate : {}) as Record<string, unknown>;
    for (const k of ['settlements', 'inPolicyCost', 'basic', 'criticalIllness', 'medicalAid'] as const) {
      if (!isAmount(y[k])) problems.push({ field: `yearToDate.${k}`, message: AMOUNT_MESSAGE });
    }
  }
  return problems;
}

/** The cheap check run on every call; the full list is built only when it fails. */
function inputLooksValid(i: SettlementInput, y: SettlementYearToDate): boolean {
  return (
    isAmount(i.totalCost) &&
    isAmount(i.inPolicyCost) &&
    isAmount(i.inCatalogueCost) &&
    i.inPolicyCost <= i.totalCost &&
    i.inCatalogueCost <= i.totalCost &&
    VISIT_TYPES.includes(i.visitType) &&
    HOSPITAL_LEVELS.includes(i.hospitalLevel) &&
    (i.inCounty === undefined || typeof i.inCounty === 'boolean') &&
    Array.isArray(i.identityCategories) &&
    i.identityCategories.every((c) => CATEGORY_RANK[c] !== undefined) &&
    isAmount(y.settlements) &&
    isAmount(y.inPolicyCost) &&
    isAmount(y.basic) &&
    isAmount(y.criticalIllness) &&
    isAmount(y.medicalAid)
  );
}

// ---- the calculator -------------------------------------------------------------------------------------

function param(path: string, sv: SourcedValue<TraceParameter['value']>): TraceParameter {
  return { path, value: sv.value, source: sv.source };
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
 * `trace` is built on first read (then kept): the zh-CN notes cost several times the arithmetic, and bulk
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

/** The calculation proper; `trace` null = amounts only. Input already validated. */
function settle(input: SettlementInput, parameters: PolicyParameters, ytd: SettlementYearToDate, trace: SettlementTraceStep[] | null): Amounts {
  const { visitType: vt, hospitalLevel: lv, totalCost: T, inPolicyCost: P } = input;
  const inCounty = input.inCounty !== false;
  // deduped, in handbook order: the first candidate wins ties whatever order the caller listed them in
  const cats = dedupeCategories(input.identityCategories);

  // 1. Basic insurance: (in-policy − deductible) × ratio, within the annual cap.
  const b = parameters.basic;
  const dedP = b.deductible[vt][lv];
  const dedLeft = sub0(dedP.value, ytd.inPolicyCost);
  const dedApplied = min(dedLeft, P);
  if (trace) {
    trace.push({
      step: 'basic_deductible',
      rule: STEP_RULES.basic_deductible,
      parameter: param(`basic.deductible.${vt}.${lv}`, dedP),
      amount: dedApplied,
      note:
        dedLeft === 0
          ? `${VISIT_TYPE_LABELS[vt]}${HOSPITAL_LEVEL_LABELS[lv]}医院年度起付线 ${formatFen(dedP.value)} 已由本年此前 ${ytd.settlements} 次结算的政策范围内费用 ${formatFen(ytd.inPolicyCost)} 达到，本次不再扣除`
          : `${VISIT_TYPE_LABELS[vt]}${HOSPITAL_LEVEL_LABELS[lv]}医院年度起付线 ${formatFen(dedP.value)}，本年此前已累计 ${formatFen(ytd.inPolicyCost)}，本次政策范围内费用 ${formatFen(P)} 中 ${formatFen(dedApplied)} 计入起付线`,
    });
  }
  const ratioP = b.ratioBp[vt][lv];
  let ratio = ratioP.value;
  if (!inCounty && b.outOfCountyRatioReductionBp.value > 0) {
    const reduced = sub0(ratio, b.outOfCountyRatioReductionBp.value);
    trace?.push({
      step: 'basic_out_of_county',
      rule: STEP_RULES.basic_out_of_county,
      parameter: param('basic.outOfCountyRatioReductionBp', b.outOfCountyRatioReductionBp),
      amount: 0,
      note: `县外就医，支付比例 ${formatBp(ratio)} 降低 ${formatBp(b.outOfCountyRatioReductionBp.value)} 为 ${formatBp(reduced)}`,
    });
    ratio = reduced;
  }
  const basicPayable = applyBp(P - dedApplied, ratio);
  trace?.push({
    step: 'basic_ratio',
    rule: STEP_RULES.basic_ratio,
    parameter: param(`basic.ratioBp.${vt}.${lv}`, ratioP),
    amount: basicPayable,
    note: `（${formatFen(P)} − ${formatFen(dedApplied)}）× ${formatBp(ratio)} = ${formatFen(basicPayable)}（分以下舍去）`,
  });
  const basicCap = b.annualCap.value;
  const basicCapLeft = basicCap === null ? Infinity : sub0(basicCap, ytd.basic);
  const basic = min(basicPayable, basicCapLeft);
  trace?.push({
    step: 'basic_cap',
    rule: STEP_RULES.basic_cap,
    parameter: param('basic.annualCap', b.annualCap),
    amount: basic,
    note:
      basicCap === null
        ? `未设年度最高支付限额，基本医保支付 ${formatFen(basic)}`
        : `年度限额 ${formatFen(basicCap)}，本年已支付 ${formatFen(ytd.basic)}，剩余 ${formatFen(basicCapLeft)}；基本医保支付 ${formatFen(basic)}${basic < basicPayable ? `（限额截去 ${formatFen(basicPayable - basic)}）` : ''}`,
  });

  // 2. 大病保险 on the year's cumulative in-policy burden after basic, above its deductible, by segments.
  const ci = parameters.criticalIllness;
  const tilt = hasAny(cats, ci.tilt.categories.value);
  const tiltLabel = tilt && trace ? firstLabelIn(cats, ci.tilt.categories.value) : '';
  const burden = P - basic;
  const cum0 = sub0(ytd.inPolicyCost, ytd.basic);
  const cum1 = cum0 + burden;
  let ciDed = ci.deductible.value;
  if (tilt && ci.tilt.deductibleReductionBp.value > 0) {
    const lowered = applyBp(ciDed, BP_SCALE - ci.tilt.deductibleReductionBp.value);
    trace?.push({
      step: 'ci_tilt_deductible',
      rule: STEP_RULES.ci_tilt_deductible,
      parameter: param('criticalIllness.tilt.deductibleReductionBp', ci.tilt.deductibleReductionBp),
      amount: lowered,
      note: `${tiltLabel}：起付线 ${formatFen(ciDed)} 降低 ${formatBp(ci.tilt.deductibleReductionBp.value)} 为 ${formatFen(lowered)}`,
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
      note: `经基本医保后政策范围内个人累计负担由 ${formatFen(cum0)} 增至 ${formatFen(cum1)}；年度起付线 ${formatFen(ciDed)}，本次 ${formatFen(ciDedApplied)} 计入起付线${cum1 <= ciDed ? '，未超过起付线' : ''}`,
    });
  }
  const floorBp = ci.minRatioBp.value;
  const bonus = tilt ? ci.tilt.ratioBonusBp.value : 0;
  const start = max(cum0, ciDed);
  let ciPayable = 0;
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
      ciPayable += pay;
      if (trace) {
        if (rt > r) bonusPaid += pay - applyBp(base, r);
        trace.push({
          step: 'ci_segment',
          rule: STEP_RULES.ci_segment,
          parameter: { path: `criticalIllness.segments.${i}.ratioBp`, value: seg.ratioBp, source: seg.source },
          amount: pay,
          note: `累计负担 ${formatFen(a)}–${formatFen(z)} 段（本段 ${formatFen(segFrom)} 至 ${formatFen(segTo)}）${formatFen(base)} × ${formatBp(rt)}${r > seg.ratioBp ? `（段比例 ${formatBp(seg.ratioBp)} 低于最低比例，按 ${formatBp(r)}）` : ''}${rt > r ? `（含倾斜 +${formatBp(rt - r)}）` : ''} = ${formatFen(pay)}`,
        });
      }
    }
    segFrom = segTo;
  }
  if (tilt && bonus > 0) {
    trace?.push({
      step: 'ci_tilt_ratio',
      rule: STEP_RULES.ci_tilt_ratio,
      parameter: param('criticalIllness.tilt.ratioBonusBp', ci.tilt.ratioBonusBp),
      amount: bonusPaid,
      note: `${tiltLabel}：各段支付比例提高 ${formatBp(bonus)}，本次因此多支付 ${formatFen(bonusPaid)}`,
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
    note: noCap
      ? `${tiltLabel}取消封顶线，大病保险支付 ${formatFen(criticalIllness)}${ciCap !== null && ytd.criticalIllness + criticalIllness > ciCap ? `（超过一般封顶线 ${formatFen(ciCap)} 的部分照付）` : ''}`
      : ciCap === null
        ? `未设年度最高支付限额，大病保险支付 ${formatFen(criticalIllness)}`
        : `年度限额 ${formatFen(ciCap)}，本年已支付 ${formatFen(ytd.criticalIllness)}，剩余 ${formatFen(ciCapLeft)}；大病保险支付 ${formatFen(criticalIllness)}${criticalIllness < ciPayable ? `（限额截去 ${formatFen(ciPayable - criticalIllness)}）` : ''}`,
  });

  // 3. Medical aid on what remains of the in-policy burden, by the single most favourable category.
  const aidBase = burden - criticalIllness;
  const aidCum0 = sub0(ytd.inPolicyCost, ytd.basic + ytd.criticalIllness);
  const byCat = parameters.medicalAid.byCategory;
  let aidCat: IdentityCategory | null = null;
  let aid = 0;
  let candidates = '';
  for (let i = 0; i < cats.length; i++) {
    const entry = byCat[cats[i]];
    if (!entry) continue;
    const d = min(aidBase, sub0(entry.deductible.value, aidCum0));
    const pay = min(applyBp(aidBase - d, entry.ratioBp.value), sub0(entry.annualLimit.value, ytd.medicalAid));
    if (trace) candidates += `${candidates ? '；' : ''}${CATEGORY_LABELS[cats[i]]} ${formatFen(pay)}`;
    if (aidCat === null || pay > aid) {
      aidCat = cats[i];
      aid = pay;
    }
  }
  if (trace) traceAid(trace, aidCat, cats, byCat, aidBase, aidCum0, ytd, candidates);

  // Guard S3 §四: key aid recipients' in-policy reimbursement ≤ ceiling; only medical aid is trimmed.
  const flags: SettlementFlag[] = [];
  const g = parameters.guards;
  const rc = g.reimbursementCeiling;
  if (rc.visitTypes.value.includes(vt) && hasAny(cats, rc.categories.value)) {
    const ceiling = applyBp(P, rc.maxBp.value);
    const three = basic + criticalIllness + aid;
    const trim = three > ceiling ? min(aid, three - ceiling) : 0;
    aid -= trim;
    trace?.push({
      step: 'guard_reimbursement_ceiling',
      rule: STEP_RULES.guard_reimbursement_ceiling,
      parameter: param('guards.reimbursementCeiling.maxBp', rc.maxBp),
      amount: trim,
      note:
        trim > 0
          ? `三重制度合计 ${formatFen(three)} 超过政策范围内费用 ${formatFen(P)} 的 ${formatBp(rc.maxBp.value)}（${formatFen(ceiling)}），核减医疗救助 ${formatFen(trim)}`
          : `三重制度合计 ${formatFen(three)}，未超过政策范围内费用的 ${formatBp(rc.maxBp.value)}（${formatFen(ceiling)}）`,
    });
    // S3 §四 trims aid only: when basic + 大病 alone exceed the ceiling it stays visible as a flag
    if ((basic + criticalIllness + aid) * BP_SCALE > rc.maxBp.value * P) flags.push('reimbursement_over_ceiling');
  }

  // 4. Other schemes: the S1 OOP cap, paid as 兜底 where the region still tops up, flagged otherwise.
  let oop = T - basic - criticalIllness - aid;
  let other = 0;
  const oc = g.oopCap;
  const capShare = oc.maxShareBp[vt];
  if (capShare && (inCounty || !oc.inCountyOnly.value) && hasAny(cats, oc.categories.value)) {
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
      note:
        other > 0
          ? `个人自付 ${formatFen(oop + other)} 超过总费用 ${formatFen(T)} 的 ${formatBp(capShare.value)}（${formatFen(oopCeiling)}），其他保障（兜底）支付 ${formatFen(other)}`
          : oop > oopCeiling
            ? `个人自付 ${formatFen(oop)} 超过总费用的 ${formatBp(capShare.value)}（${formatFen(oopCeiling)}）；本年度参数不兜底（guards.oopCap.topUp = false），仅预警`
            : `个人自付 ${formatFen(oop)} 未超过总费用的 ${formatBp(capShare.value)}（${formatFen(oopCeiling)}）`,
    });
    if (oop > oopCeiling) flags.push('oop_over_cap');
  }

  // Guard S1 §二(七): out-of-catalogue cost above the allowed share is the hospital's, reported not settled.
  const ic = g.inCatalogue;
  if (ic.visitTypes.value.includes(vt) && hasAny(cats, ic.categories.value)) {
    const excess = sub0(T - input.inCatalogueCost, applyBp(T, BP_SCALE - ic.minShareBp.value));
    trace?.push({
      step: 'guard_in_catalogue',
      rule: STEP_RULES.guard_in_catalogue,
      parameter: param('guards.inCatalogue.minShareBp', ic.minShareBp),
      amount: excess,
      note:
        excess > 0
          ? `目录内费用 ${formatFen(input.inCatalogueCost)} 占总费用 ${formatBp(shareBp(input.inCatalogueCost, T))}，低于 ${formatBp(ic.minShareBp.value)}；超出部分 ${formatFen(excess)} 应由医疗机构承担（医保与医院间处理，不改变本结算各项金额）`
          : `目录内费用占总费用 ${formatBp(shareBp(input.inCatalogueCost, T))}，不低于 ${formatBp(ic.minShareBp.value)}`,
    });
    if (excess > 0) flags.push('in_catalogue_below_min');
  }

  if (T > 0 && oop === 0) flags.push('zero_oop');
  trace?.push({
    step: 'out_of_pocket',
    rule: STEP_RULES.out_of_pocket,
    parameter: null,
    amount: oop,
    note: `${formatFen(T)} − ${formatFen(basic)} − ${formatFen(criticalIllness)} − ${formatFen(aid)} − ${formatFen(other)} = ${formatFen(oop)}（其中政策范围外费用 ${formatFen(T - P)}）`,
  });

  return { basic, criticalIllness, medicalAid: aid, other, outOfPocket: oop, flags };
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
  candidates: string,
): void {
  const entry = aidCat === null ? undefined : byCat[aidCat];
  if (aidCat === null || !entry) {
    trace.push({
      step: 'aid_category',
      rule: STEP_RULES.aid_category,
      parameter: null,
      amount: 0,
      note: cats.length ? '所持身份均不在本地医疗救助范围内，医疗救助不支付' : '无困难群体身份，医疗救助不支付',
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
    parameter: { path: 'medicalAid.byCategory', value: aidCat, source: 'S3 §四：具有多重救助对象身份的，待遇就高不就低，避免重复救助' },
    amount: aid,
    note: `按 ${CATEGORY_LABELS[aidCat]} 救助${cats.length > 1 ? `（各身份可得：${candidates}，取最高者一次）` : ''}`,
  });
  trace.push({
    step: 'aid_deductible',
    rule: STEP_RULES.aid_deductible,
    parameter: param(`medicalAid.byCategory.${aidCat}.deductible`, entry.deductible),
    amount: d,
    note: `经基本医保、大病保险后本次政策范围内个人负担 ${formatFen(aidBase)}，本年此前累计 ${formatFen(aidCum0)}；年度起付线 ${formatFen(entry.deductible.value)}，本次 ${formatFen(d)} 计入起付线`,
  });
  trace.push({
    step: 'aid_ratio',
    rule: STEP_RULES.aid_ratio,
    parameter: param(`medicalAid.byCategory.${aidCat}.ratioBp`, entry.ratioBp),
    amount: raw,
    note: `（${formatFen(aidBase)} − ${formatFen(d)}）× ${formatBp(entry.ratioBp.value)} = ${formatFen(raw)}（分以下舍去）`,
  });
  trace.push({
    step: 'aid_limit',
    rule: STEP_RULES.aid_limit,
    parameter: param(`medicalAid.byCategory.${aidCat}.annualLimit`, entry.annualLimit),
    amount: aid,
    note: `年度救助限额 ${formatFen(entry.annualLimit.value)}，本年已救助 ${formatFen(ytd.medicalAid)}，剩余 ${formatFen(left)}；医疗救助 ${formatFen(aid)}${aid < raw ? `（限额截去 ${formatFen(raw - aid)}）` : ''}`,
  });
}

function dedupeCategories(list: readonly IdentityCategory[]): IdentityCategory[] {
  if (list.length <= 1) return list as IdentityCategory[];
  const out: IdentityCategory[] = [];
  for (let i = 0; i < list.length; i++) if (!out.includes(list[i])) out.push(list[i]);
  return out.sort((a, b) => CATEGORY_RANK[a] - CATEGORY_RANK[b]);
}

function firstLabelIn(cats: readonly IdentityCategory[], tiltCats: readonly IdentityCategory[]): string {
  for (const c of cats) if (tiltCats.includes(c)) return CATEGORY_LABELS[c];
  return '';
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

// ---- parameter validation -------------------------------------------------------------------------------

/**
 * Problems with a PolicyParameters object (empty = valid), one per field, for the API's 400 and the editor.
 * Checks shape, units and ranges, every source present, and the policy floors that are themselves parameters
 * (segments not below the 大病 minimum ratio, ascending segment bounds).
 */
export function validatePolicyParameters(value: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const bad = (field: string, message: string) => problems.push({ field, message });
  const obj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  /** Only the declared keys: anything else is reported by path. */
  const known = (v: Record<string, unknown>, keys: readonly string[], field: string) => problems.push(...unknownKeyProblems(v, keys, field));

  /** A `{value, source}` leaf: returns the value when the leaf is well formed. */
  const sourced = (v: unknown, field: string): unknown => {
    if (!obj(v)) {
      bad(field, '缺少参数，须为 {value, source} (required: {value, source})');
      return undefined;
    }
    known(v, ['value', 'source'], field);
    if (typeof v.source !== 'string' || !v.source.trim()) bad(`${field}.source`, '须注明政策依据 (a source citation is required)');
    else if (v.source.length > 500) bad(`${field}.source`, '政策依据不超过 500 字 (at most 500 characters)');
    return v.value;
  };
  const amount = (v: unknown, field: string, nullable = false) => {
    const x = sourced(v, field);
    if (x === undefined && !obj(v)) return;
    if (nullable && x === null) return;
    if (!isAmount(x)) bad(`${field}.value`, nullable ? `${AMOUNT_MESSAGE}，或 null 表示不设限额 (or null for none)` : AMOUNT_MESSAGE);
  };
  const bp = (v: unknown, field: string) => {
    const x = sourced(v, field);
    if (x === undefined && !obj(v)) return;
    if (!isBp(x)) bad(`${field}.value`, BP_MESSAGE);
  };
  const bool = (v: unknown, field: string) => {
    const x = sourced(v, field);
    if (x === undefined && !obj(v)) return;
    if (typeof x !== 'boolean') bad(`${field}.value`, '须为 true 或 false (must be a boolean)');
  };
  const codes = (v: unknown, field: string, allowed: readonly string[], what: string) => {
    const x = sourced(v, field);
    if (x === undefined && !obj(v)) return;
    if (!Array.isArray(x)) return bad(`${field}.value`, `须为${what}代码数组 (must be an array of codes)`);
    x.forEach((c, i) => {
      if (!allowed.includes(c as string)) bad(`${field}.value.${i}`, `未知${what} ${String(c)} (unknown code)`);
      else if (x.indexOf(c) !== i) bad(`${field}.value.${i}`, `重复的${what} ${String(c)} (duplicate)`);
    });
  };
  /** A nested object; with `keys`, only those keys (maps keyed by code check their keys themselves). */
  const section = (v: unknown, field: string, keys?: readonly string[]): Record<string, unknown> => {
    if (obj(v)) {
      if (keys) known(v, keys, field);
      return v;
    }
    bad(field, '缺少该部分参数 (required section)');
    return {};
  };
  const table = (v: unknown, field: string, leaf: (x: unknown, f: string) => void) => {
    const t = section(v, field, VISIT_TYPES);
    for (const vt of VISIT_TYPES) {
      const row = section(t[vt], `${field}.${vt}`, HOSPITAL_LEVELS);
      for (const lv of HOSPITAL_LEVELS) leaf(row[lv], `${field}.${vt}.${lv}`);
    }
  };

  if (!obj(value)) return [{ field: '', message: '须为参数对象 (must be an object)' }];
  const p = value;
  known(p, ['regionCode', 'year', 'effectiveFrom', 'effectiveTo', 'basic', 'criticalIllness', 'medicalAid', 'guards', 'earlyWarning'], '');
  if (!isRegionCode(p.regionCode) || (p.regionCode as string).length !== 6) bad('regionCode', '须为 6 位统筹地区行政区划代码 (a six-digit pooling-region code)');
  if (!Number.isInteger(p.year) || (p.year as number) < 2000 || (p.year as number) > 2100) bad('year', '须为 2000–2100 之间的年份 (a year 2000–2100)');
  const dateOk = (d: unknown) => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d));
  if (!dateOk(p.effectiveFrom)) bad('effectiveFrom', '须为 YYYY-MM-DD 日期 (a date YYYY-MM-DD)');
  if (!dateOk(p.effectiveTo)) bad('effectiveTo', '须为 YYYY-MM-DD 日期 (a date YYYY-MM-DD)');
  else if (dateOk(p.effectiveFrom) && (p.effectiveTo as string) < (p.effectiveFrom as string)) bad('effectiveTo', '不得早于生效日期 (must not precede effectiveFrom)');

  const basic = section(p.basic, 'basic', ['deductible', 'ratioBp', 'outOfCountyRatioReductionBp', 'annualCap']);
  table(basic.deductible, 'basic.deductible', (x, f) => amount(x, f));
  table(basic.ratioBp, 'basic.ratioBp', bp);
  bp(basic.outOfCountyRatioReductionBp, 'basic.outOfCountyRatioReductionBp');
  amount(basic.annualCap, 'basic.annualCap', true);

  const ci = section(p.criticalIllness, 'criticalIllness', ['deductible', 'segments', 'minRatioBp', 'annualCap', 'tilt']);
  amount(ci.deductible, 'criticalIllness.deductible');
  bp(ci.minRatioBp, 'criticalIllness.minRatioBp');
  const floorBp = obj(ci.minRatioBp) && isBp(ci.minRatioBp.value) ? ci.minRatioBp.value : 0;
  if (!Array.isArray(ci.segments) || ci.segments.length === 0) {
    bad('criticalIllness.segments', '至少一段，最后一段上限为 null (at least one segment; the last one open-ended)');
  } else {
    let prev = -1;
    ci.segments.forEach((s: unknown, i: number) => {
      const f = `criticalIllness.segments.${i}`;
      if (!obj(s)) return bad(f, '须为 {upToFen, ratioBp, source} (required)');
      known(s, ['upToFen', 'ratioBp', 'source'], f);
      const last = i === (ci.segments as unknown[]).length - 1;
      if (last && s.upToFen !== null) bad(`${f}.upToFen`, '最后一段上限须为 null（不设上限） (the last segment must be open: null)');
      if (!last) {
        if (!isAmount(s.upToFen)) bad(`${f}.upToFen`, AMOUNT_MESSAGE);
        else if (s.upToFen <= prev) bad(`${f}.upToFen`, '分段上限须递增 (segment bounds must ascend)');
        else prev = s.upToFen;
      }
      if (!isBp(s.ratioBp)) bad(`${f}.ratioBp`, BP_MESSAGE);
      else if (s.ratioBp < floorBp) bad(`${f}.ratioBp`, `不得低于大病保险最低支付比例 ${formatBp(floorBp)} (below the statutory minimum)`);
      if (typeof s.source !== 'string' || !s.source.trim()) bad(`${f}.source`, '须注明政策依据 (a source citation is required)');
    });
  }
  amount(ci.annualCap, 'criticalIllness.annualCap', true);
  const tilt = section(ci.tilt, 'criticalIllness.tilt', ['categories', 'deductibleReductionBp', 'ratioBonusBp', 'removeCap']);
  codes(tilt.categories, 'criticalIllness.tilt.categories', IDENTITY_CATEGORIES, '身份类别');
  bp(tilt.deductibleReductionBp, 'criticalIllness.tilt.deductibleReductionBp');
  bp(tilt.ratioBonusBp, 'criticalIllness.tilt.ratioBonusBp');
  bool(tilt.removeCap, 'criticalIllness.tilt.removeCap');

  const aid = section(p.medicalAid, 'medicalAid', ['byCategory']);
  const byCat = section(aid.byCategory, 'medicalAid.byCategory');
  for (const [cat, entry] of Object.entries(byCat)) {
    const f = `medicalAid.byCategory.${cat}`;
    if (!(IDENTITY_CATEGORIES as readonly string[]).includes(cat)) {
      bad(f, `未知身份类别 ${cat} (unknown identity category)`);
      continue;
    }
    const e = section(entry, f, ['ratioBp', 'annualLimit', 'deductible']);
    bp(e.ratioBp, `${f}.ratioBp`);
    amount(e.annualLimit, `${f}.annualLimit`);
    amount(e.deductible, `${f}.deductible`);
  }

  const guards = section(p.guards, 'guards', ['oopCap', 'inCatalogue', 'reimbursementCeiling']);
  const oc = section(guards.oopCap, 'guards.oopCap', ['categories', 'maxShareBp', 'inCountyOnly', 'topUp']);
  codes(oc.categories, 'guards.oopCap.categories', IDENTITY_CATEGORIES, '身份类别');
  const shares = section(oc.maxShareBp, 'guards.oopCap.maxShareBp');
  for (const [vt, share] of Object.entries(shares)) {
    if (!(VISIT_TYPES as readonly string[]).includes(vt)) bad(`guards.oopCap.maxShareBp.${vt}`, `未知就诊类型 ${vt} (unknown visit type)`);
    else bp(share, `guards.oopCap.maxShareBp.${vt}`);
  }
  bool(oc.inCountyOnly, 'guards.oopCap.inCountyOnly');
  bool(oc.topUp, 'guards.oopCap.topUp');
  const ic = section(guards.inCatalogue, 'guards.inCatalogue', ['categories', 'visitTypes', 'minShareBp']);
  codes(ic.categories, 'guards.inCatalogue.categories', IDENTITY_CATEGORIES, '身份类别');
  codes(ic.visitTypes, 'guards.inCatalogue.visitTypes', VISIT_TYPES, '就诊类型');
  bp(ic.minShareBp, 'guards.inCatalogue.minShareBp');
  const rc = section(guards.reimbursementCeiling, 'guards.reimbursementCeiling', ['categories', 'visitTypes', 'maxBp']);
  codes(rc.categories, 'guards.reimbursementCeiling.categories', IDENTITY_CATEGORIES, '身份类别');
  codes(rc.visitTypes, 'guards.reimbursementCeiling.visitTypes', VISIT_TYPES, '就诊类型');
  bp(rc.maxBp, 'guards.reimbursementCeiling.maxBp');

  const ew = section(p.earlyWarning, 'earlyWarning', ['thresholdFen', 'categories']);
  amount(ew.thresholdFen, 'earlyWarning.thresholdFen');
  codes(ew.categories, 'earlyWarning.categories', IDENTITY_CATEGORIES, '身份类别');
  return problems;
}

// ---- example parameters ---------------------------------------------------------------------------------

const sv = <T>(value: T, source: string): SourcedValue<T> => ({ value, source });
const LZ_BASIC = '柳州市城乡居民基本医疗保险待遇标准（2026年度，示例取值）';
const LZ_CI = '广西城乡居民大病保险实施办法（2026年度，示例取值）';
const LZ_AID = '柳州市重特大疾病医疗保险和救助制度实施细则（2026年度，示例取值；依据新政办发〔2022〕40号同类规定）';
const S4_TILT = 'S4 医保发〔2019〕57号 §四：对贫困人口起付线降低50%、支付比例提高5个百分点，全面取消封顶线';
const KEY_AID: IdentityCategory[] = ['urban_tekun', 'rural_tekun', 'urban_dibao', 'rural_dibao', 'registered_poor', 'monitored_unstable', 'monitored_marginal', 'monitored_sudden'];
const aidEntry = (ratioBp: number, limitYuan: number, deductibleYuan: number, note: string): MedicalAidCategoryParameters => ({
  ratioBp: sv(ratioBp, `${LZ_AID}：${note}`),
  annualLimit: sv(limitYuan * 100, `${LZ_AID}：年度救助限额`),
  deductible: sv(deductibleYuan * 100, `${LZ_AID}：${deductibleYuan ? '起付标准约为上年居民人均可支配收入的一定比例' : '不设起付标准'}`),
});
const levels = (primary: number, secondary: number, tertiary: number, source: string): Record<HospitalLevel, SourcedValue<number>> => ({
  primary: sv(primary, source),
  secondary: sv(secondary, source),
  tertiary: sv(tertiary, source),
});

/**
 * 柳州市 (450200) 2026: plausible figures, each with its source. Figures marked 示例取值 are illustrative, not
 * quoted from a published document; the clauses of S0–S4 are quoted. Tests and the demo seed use it.
 */
export const EXAMPLE_PARAMETERS_LIUZHOU_2026: PolicyParameters = {
  regionCode: '450200',
  year: 2026,
  effectiveFrom: '2026-01-01',
  effectiveTo: '2026-12-31',
  basic: {
    deductible: {
      outpatient: levels(0, 0, 0, `${LZ_BASIC}：普通门诊统筹不设起付线`),
      chronic_outpatient: levels(0, 0, 0, `${LZ_BASIC}：门诊特慢病不设起付线`),
      inpatient: levels(20_000, 50_000, 100_000, `${LZ_BASIC}：住院起付线一级200元、二级500元、三级1000元（按年度累计）`),
    },
    ratioBp: {
      outpatient: levels(5500, 5000, 4000, `${LZ_BASIC}：普通门诊统筹支付比例`),
      chronic_outpatient: levels(8000, 7500, 7000, `${LZ_BASIC}：门诊特慢病支付比例`),
      inpatient: levels(9000, 8000, 6500, `${LZ_BASIC}：住院支付比例一级90%、二级80%、三级65%`),
    },
    outOfCountyRatioReductionBp: sv(500, `${LZ_BASIC}：县外就医支付比例降低5个百分点`),
    annualCap: sv(25_000_000, `${LZ_BASIC}：统筹基金年度最高支付限额25万元`),
  },
  criticalIllness: {
    deductible: sv(1_500_000, `${LZ_CI}：起付线1.5万元（约上年居民人均可支配收入的50%）`),
    segments: [
      { upToFen: 5_000_000, ratioBp: 6000, source: `${LZ_CI}：起付线以上至5万元部分支付60%` },
      { upToFen: 10_000_000, ratioBp: 7000, source: `${LZ_CI}：5万元以上至10万元部分支付70%` },
      { upToFen: null, ratioBp: 8000, source: `${LZ_CI}：10万元以上部分支付80%` },
    ],
    minRatioBp: sv(6000, 'S0 辽医保〔2019〕8号 §二(一)：城乡居民大病保险最低支付比例由50%提高到60%'),
    annualCap: sv(40_000_000, `${LZ_CI}：年度最高支付限额40万元`),
    tilt: {
      categories: sv(
        ['registered_poor', 'urban_tekun', 'rural_tekun', 'urban_dibao', 'rural_dibao'],
        `${S4_TILT}；国办发〔2021〕42号延及特困人员、低保对象、返贫致贫人口（示例取值）`,
      ),
      deductibleReductionBp: sv(5000, S4_TILT),
      ratioBonusBp: sv(500, S4_TILT),
      removeCap: sv(true, S4_TILT),
    },
  },
  medicalAid: {
    byCategory: {
      urban_tekun: aidEntry(9000, 60_000, 0, '特困人员救助比例90%'),
      rural_tekun: aidEntry(9000, 60_000, 0, '特困人员救助比例90%'),
      urban_dibao: aidEntry(7000, 50_000, 0, '低保对象救助比例70%'),
      rural_dibao: aidEntry(7000, 50_000, 0, '低保对象救助比例70%'),
      registered_poor: aidEntry(6500, 50_000, 0, '年度限额内重特大疾病救助比例65%（S0 §二(二)）'),
      monitored_unstable: aidEntry(6500, 50_000, 0, '监测对象过渡期内参照低保对象救助（S3 §一）'),
      monitored_marginal: aidEntry(6500, 50_000, 0, '监测对象过渡期内参照低保对象救助（S3 §一）'),
      monitored_sudden: aidEntry(6500, 50_000, 0, '监测对象过渡期内参照低保对象救助（S3 §一）'),
      dibao_marginal: aidEntry(6000, 30_000, 3_500, '低保边缘对象救助比例60%'),
      urban_low_income: aidEntry(6000, 30_000, 3_500, '低收入对象救助比例60%'),
      rural_low_income: aidEntry(6000, 30_000, 3_500, '低收入对象救助比例60%'),
      rural_other_hardship: aidEntry(5000, 20_000, 8_500, '其他困难群体（因病致贫重病患者）救助比例50%'),
    },
  },
  guards: {
    oopCap: {
      categories: sv(['registered_poor'], 'S1 桂医保发〔2019〕14号 §二(六)：建档立卡贫困患者'),
      maxShareBp: {
        inpatient: sv(1000, 'S1 桂医保发〔2019〕14号 §二(六)：个人自付费用不高于住院医疗费用总额的10%'),
        chronic_outpatient: sv(2000, 'S1 桂医保发〔2019〕14号 §二(六)：门诊特殊慢性病个人自付费用不高于门诊医疗费用总额20%'),
      },
      inCountyOnly: sv(true, 'S1 桂医保发〔2019〕14号 §二(六)：在县域内定点医疗机构就医结算时'),
      topUp: sv(false, 'S4 医保发〔2019〕57号 §五：三重制度外的兜底保障已平稳过渡到三重制度内，2026年仅监测不兜底（示例取值）'),
    },
    inCatalogue: {
      categories: sv(['registered_poor'], 'S1 桂医保发〔2019〕14号 §二(七)：建档立卡贫困患者'),
      visitTypes: sv(['inpatient'], 'S1 桂医保发〔2019〕14号 §二(七)：住院医疗费用'),
      minShareBp: sv(9000, 'S1 桂医保发〔2019〕14号 §二(七)：目录内费用应占总费用的90%以上，超出部分由医疗机构自行承担'),
    },
    reimbursementCeiling: {
      categories: sv(KEY_AID, 'S3 §四：重点救助对象（特困人员、低保对象、返贫致贫人口及监测对象，示例取值）'),
      visitTypes: sv(['inpatient'], 'S3 §四：政策范围内住院费用'),
      maxBp: sv(9500, 'S3 §四：重点救助对象三重保障制度保障后政策范围内住院费用报销比例控制在95%以内'),
    },
  },
  earlyWarning: {
    thresholdFen: sv(DEFAULT_EARLY_WARNING_THRESHOLD_FEN, 'S3 §三：监测预警线暂按2020年脱贫标准的50%（2000元）确定'),
    categories: sv(['dibao_marginal', 'monitored_unstable', 'monitored_marginal', 'monitored_sudden'], 'S3 §三：低保边缘对象和农村易返贫致贫人口'),
  },
};
