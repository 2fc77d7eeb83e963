import type { IdentityCategory } from '../../enrollment/codes';
import type { HospitalLevel, SettlementFlag, SettlementStep, VisitType } from '../codes';
import type { NoteParams } from '../../notes';
import type { SettlementNoteCode } from './labels';

/**
 * The settlement vocabulary: codes, units, the policy-parameter document, a case's input and its result with
 * the calculation trace. Money is integer fen, ratios integer basis points (see index.ts).
 */

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

/** The case fields of a settlement input, in form order: what the admin's case form and recompute's columns name. */
export const SETTLEMENT_INPUT_FIELDS = [
  'visitType',
  'hospitalLevel',
  'inCounty',
  'totalCost',
  'inPolicyCost',
  'inCatalogueCost',
  'identityCategories',
] as const satisfies readonly (keyof SettlementInput)[];

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
  /** what `note` says, as a note code and this case's figures: the admin renders it in either language */
  code: SettlementNoteCode;
  params: NoteParams;
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
