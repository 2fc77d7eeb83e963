import type { ParameterSetRecord } from '../platform/records';
import type { RegionLevel } from '../regions';
import type { AccountabilityConduct, AccountabilityMeasure, AccountabilitySourceType, AccountabilitySubjectType, AppealOutcome } from './codes';
import type { FindingDisposition, FindingSeverity, InspectionArea, InspectionKind, ReportingDuty, ReportingTaskState } from './codes';
import type { ReportingDueRules } from './reporting-duties';

/** Wire shapes of the supervision area's responses (what the API's toRecord()s return). */

/** One responsibility of a table (a row of S0 Annex 2). */
export interface ResponsibilityRow {
  role: string;
  name: string;
  unit: string;
  title: string;
  phone: string;
}

/** `GET /api/responsibility-tables/:id` */
export interface ResponsibilityTableRecord {
  id: number;
  regionCode: string;
  regionName: string | null;
  year: number;
  state: string;
  version: number;
  dueDate: string;
  firstSubmittedAt: string | null;
  lastSubmittedAt: string | null;
  approvedAt: string | null;
  late: boolean;
  rows: ResponsibilityRow[];
  actions: string[];
  createdAt: string;
  updatedAt: string;
}

/** One city or county of the status board, with its table for the year if any. */
export interface ResponsibilityStatusItem {
  regionCode: string;
  regionName: string;
  level: Extract<RegionLevel, 'city' | 'county'>;
  parentCode: string | null;
  tableId: number | null;
  /** a workflow state, or 'not_created' */
  state: string;
  dueDate: string;
  firstSubmittedAt: string | null;
  approvedAt: string | null;
  late: boolean;
}

/** `GET /api/responsibility-tables/status?year=` */
export interface ResponsibilityStatusBoard {
  year: number;
  dueDate: string;
  dueSource: string;
  summary: { total: number; filed: number; approved: number; late: number };
  items: ResponsibilityStatusItem[];
}

/** 申诉 of an accountability decision: due 15 days after it; execution continues meanwhile. */
export interface AccountabilityAppeal {
  dueOn: string;
  filedOn: string | null;
  outcome: AppealOutcome | null;
  decidedOn: string | null;
}

/** `GET /api/accountability-records/:id` (追责问责; every detail read is audited) */
export interface AccountabilityRecordRecord {
  id: number;
  /** the subject's unit (a city or county): the scope column */
  regionCode: string;
  regionName: string | null;
  subjectType: AccountabilitySubjectType;
  subjectName: string;
  unit: string;
  post: string | null;
  conduct: AccountabilityConduct;
  facts: string;
  sourceType: AccountabilitySourceType;
  sourceId: number | null;
  /** proposed while `proposed`, the decision's once decided */
  measures: AccountabilityMeasure[];
  basis: string;
  /** the proposing unit (its region's name) */
  proposedBy: string;
  decidedBy: string | null;
  decisionNo: string | null;
  decidedOn: string | null;
  /** 政务处分法 art. 8, the heaviest sanction; null without a sanction and for 开除 (permanent) */
  effectMonths: number | null;
  effectEndsOn: string | null;
  executedOn: string | null;
  /** organisational measures not carried out within a month of the decision */
  executionOverdue: boolean;
  /** null until decided */
  appeal: AccountabilityAppeal | null;
  published: boolean;
  state: string;
  version: number;
  actions: string[];
  createdAt: string;
  updatedAt: string;
}

/** `GET /api/reporting-due-rules/:id`: a province's or city's due rules for a year — the working copy under `dueRules`, the copy in force under `approved`. */
export type ReportingDueRulesRecord = ParameterSetRecord<'dueRules', ReportingDueRules>;

/** `GET /api/reporting-tasks/:id`: one expected report of a filer for a period (报送任务). */
export interface ReportingTaskRecord {
  id: number;
  duty: ReportingDuty;
  regionCode: string;
  regionName: string | null;
  /** `2026-10`, `2026-Q3` or `2026` */
  period: string;
  dueOn: string;
  /** the due rule's source */
  dueSource: string;
  receivedAt: string | null;
  /** null until received */
  onTime: boolean | null;
  /** days after the due day it was received (or, not received, has been waiting since the due day) */
  daysLate: number;
  /** the product's record that fulfilled it (a table, an import, a published bulletin), or null for a submission */
  fulfilledBy: { resource: string; id: number } | null;
  state: ReportingTaskState;
  /** may the caller submit it now (a submission duty, not yet received, the caller's own region) */
  submittable: boolean;
  version: number;
}

/** One child region's line of `GET /api/reporting-rates` (DHIS2's reporting-rate summary). */
export interface ReportingRateItem {
  regionCode: string;
  regionName: string | null;
  expected: number;
  received: number;
  onTime: number;
  /** received ÷ expected (0..1); null when nothing is expected */
  completeness: number | null;
  /** received on time ÷ expected (0..1); null when nothing is expected */
  timeliness: number | null;
}

/** `GET /api/reporting-rates?duty=&period=&regionCode=` */
export interface ReportingRates {
  regionCode: string;
  duty: ReportingDuty | null;
  period: string;
  items: ReportingRateItem[];
}

/** `GET /api/inspections/:id` (督导检查) */
export interface InspectionRecord {
  id: number;
  /** the inspected city or county: the scope column */
  regionCode: string;
  regionName: string | null;
  /** the inspecting unit, a region above the inspected one: it takes every step but the answer */
  inspectingRegionCode: string;
  inspectingRegionName: string | null;
  kind: InspectionKind;
  title: string;
  plannedFrom: string;
  plannedTo: string;
  teamLeader: string;
  members: string | null;
  areas: InspectionArea[];
  noticeNo: string | null;
  /** days the inspected unit has to answer after the feedback (default 60) */
  responseDays: number;
  feedbackSentOn: string | null;
  responseDueOn: string | null;
  findingCount: number;
  state: string;
  version: number;
  actions: string[];
  createdAt: string;
  updatedAt: string;
}

/** `GET /api/inspection-findings/:id` (督导检查发现的问题) */
export interface InspectionFindingRecord {
  id: number;
  inspectionId: number;
  /** the responsible unit: the inspected region or one below it */
  regionCode: string;
  regionName: string | null;
  title: string;
  description: string;
  area: InspectionArea;
  indicatorId: string | null;
  severity: FindingSeverity;
  disposition: FindingDisposition;
  rectificationItemId: number | null;
  accountabilityRecordId: number | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}
