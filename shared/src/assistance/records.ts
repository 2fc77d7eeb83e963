import type { IdentityCategory } from '../enrollment/codes';
import type { BackgroundJobRecord } from '../jobs';
import type { ParameterSetRecord } from '../platform/records';
import type { AssistanceMeasure, HospitalLevel, PhysicianTitle, PushDepartment, RecognitionStatus, SettlementRecordFlag, VisitType } from './codes';
import type { PolicyParameters, SettlementTraceStep } from './settlement';

/** Wire shapes of the assistance area's responses (what the API's toRecord()s and reports return). */

// ── Settlements ───────────────────────────────────────────────────────────────────────────────────

/** The tiers of a settlement, in payment order (DOMAIN §3): basic → 大病 → 医疗救助 → other → out of pocket. */
export const SETTLEMENT_TIERS = ['basic', 'criticalIllness', 'medicalAid', 'other', 'outOfPocket'] as const;
export type SettlementTier = (typeof SETTLEMENT_TIERS)[number];
/** fen per tier */
export type SettlementTiers = Record<SettlementTier, number>;

/** `GET /api/settlements/:id` (the list omits `trace`; create and show add it). */
export interface SettlementRecord {
  id: number;
  /** masked */
  idNumber: string;
  name: string;
  regionCode: string;
  poolingRegionCode: string;
  year: number;
  settledOn: string;
  institutionCode: string;
  institutionName: string;
  hospitalLevel: HospitalLevel;
  visitType: VisitType;
  /** inpatient stay (YYYY-MM-DD), null when not recorded */
  admittedOn: string | null;
  dischargedOn: string | null;
  /** 主要诊断编码 (ICD-10), null when not recorded */
  diagnosisCode: string | null;
  inCounty: boolean;
  identityCategories: IdentityCategory[];
  totalCost: number;
  inPolicyCost: number;
  inCatalogueCost: number;
  /** what the settlement system paid */
  recorded: SettlementTiers;
  /** what the calculator gives under the parameters in force */
  computed: SettlementTiers;
  settlementNo: string | null;
  flags: SettlementRecordFlag[];
  version: number;
  createdAt: string;
  trace?: SettlementTraceStep[];
}

/** `GET /api/policy-parameters/:id`: the working copy under `parameters`, the copy in force under `approved`. */
export type PolicyParametersRecord = ParameterSetRecord<'parameters', PolicyParameters>;

// ── 门诊特殊慢性病 ─────────────────────────────────────────────────────────────────────────────────

/** `GET /api/chronic-recognitions/:id` */
export interface ChronicRecognitionRecord {
  id: number;
  beneficiaryId: number | null;
  /** masked */
  idNumber: string;
  name: string;
  regionCode: string;
  diseaseCode: string;
  /** null for a code no longer in the catalogue */
  diseaseName: string | null;
  hospitalCode: string;
  hospitalName: string;
  hospitalLevel: HospitalLevel;
  physicians: Array<{ name: string; title: PhysicianTitle }>;
  recognizedOn: string;
  status: RecognitionStatus;
  revokedOn: string | null;
  revokeReason: string | null;
  version: number;
  createdAt: string;
}

// ── 监测预警 ────────────────────────────────────────────────────────────────────────────────────────

export interface WarningMeasureRecord {
  type: AssistanceMeasure;
  /** fen; 0 for measures without an amount (employment help) */
  amountFen: number;
  note: string;
}

/** A warning's yearly figures: burden after basic + 大病, the threshold that applied, the settlements counted. */
export interface CostWarningRecord {
  id: number;
  beneficiaryId: number | null;
  /** masked */
  idNumber: string;
  name: string;
  regionCode: string;
  year: number;
  identityCategories: string[];
  burdenFen: number;
  thresholdFen: number;
  settlementCount: number;
  department: PushDepartment;
  state: string;
  measures: WarningMeasureRecord[];
  dueAt: string | null;
  overdue: boolean;
  actions: string[];
  lastPushId: number | null;
  version: number;
  detectedAt: string;
  updatedAt: string;
}

/**
 * The warning line a detection used in one pooling region (S3 §三) and what it found there: only persons who
 * carried a watched identity are warned, so those over the line without one are counted, not warned.
 */
export interface CostWarningDetectionLine {
  poolingRegionCode: string;
  poolingRegionName: string | null;
  year: number;
  thresholdFen: number;
  /** the clause the parameters cite for the amount */
  thresholdSource: string;
  /** the watched identities; empty: nobody is warned in this region */
  categories: IdentityCategory[];
  categoriesSource: string;
  /** persons at or over the line who carried a watched identity (warned) */
  found: number;
  /** persons at or over the line who carried none in the year (not warned) */
  notWatched: number;
}

/** What a high-cost warning detection reports (`cost-warning-detections`). */
export interface CostWarningDetectionSummary {
  year: number;
  regionCode: string;
  /** persons at or above the threshold who carried a watched identity (S3 §三) */
  found: number;
  created: number;
  updated: number;
  unchanged: number;
  /** the line used, per pooling region detected */
  lines: CostWarningDetectionLine[];
  /** pooling regions left out, with the reason (no approved parameters for the year) */
  skipped: Array<{ poolingRegionCode: string; reason: string }>;
}

/** `POST /api/cost-warning-detections` (202) and `GET /api/cost-warning-detections/:id`: the run and, once succeeded, its summary. */
export type CostWarningDetectionRecord = BackgroundJobRecord<CostWarningDetectionSummary>;

/** `GET /api/cost-warning-pushes/:id`: one county's monthly list for one department (S3 §五). */
export interface CostWarningPushRecord {
  id: number;
  regionCode: string;
  month: string;
  department: PushDepartment;
  warningIds: number[];
  warningCount: number;
  pushedAt: string;
  receivedAt: string | null;
  receivedBy: string | null;
  receiptNote: string | null;
  version: number;
}

// ── Statistics ────────────────────────────────────────────────────────────────────────────────────

/** One child region (or the total) of `GET /api/assistance-stats`: sums in fen, shares in basis points. */
export interface AssistanceStatsItem {
  regionCode: string;
  regionName: string | null;
  settlements: number;
  totalCost: number;
  inPolicyCost: number;
  inCatalogueCost: number;
  basic: number;
  criticalIllness: number;
  medicalAid: number;
  other: number;
  outOfPocket: number;
  /** null when there is no cost to divide by */
  oopShareBp: number | null;
  criticalIllnessRatioBp: number | null;
  aidRatioBp: number | null;
  inCatalogueShareBp: number | null;
  zeroOopCount: number;
  over95Count: number;
  oopOverCapCount: number;
  /** warnings by workflow state, plus `overdue` */
  warnings: Record<string, number>;
}

/** `GET /api/assistance-stats?regionCode=&year=&from=&to=` */
export interface AssistanceStats {
  regionCode: string;
  regionName: string | null;
  year: number;
  from: string | null;
  to: string | null;
  items: AssistanceStatsItem[];
  total: AssistanceStatsItem;
}
