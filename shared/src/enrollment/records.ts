import type { ParameterSetRecord } from '../platform/records';
import type { BeneficiaryStatus, DifferenceType, IdentityCategory, InsuranceScheme, NonEnrollmentReason, SubsidyCategory, TaskOutcome } from './codes';
import type { SubsidyDecision, SubsidyStandards } from './enrollment';

/** Wire shapes of the enrollment area's responses (what the API's toRecord()s and reports return). */

export interface BeneficiaryRecord {
  id: number;
  /** masked: first 6 and last 4 */
  idNumber: string;
  name: string;
  /** the year only: with the birth date beside it the masked number could be rebuilt */
  birthYear: number;
  sex: string;
  regionCode: string;
  poolingRegionCode: string;
  identityCategories: IdentityCategory[];
  sourceDepartment: string;
  status: BeneficiaryStatus;
  exitedOn: string | null;
  lastRosterMonth: string | null;
  /** 暂停医疗费用联网结算 by a fraud case's decision (条例 art. 41), null when none was recorded */
  directSettlementSuspension: { from: string; until: string; caseNo: string } | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface VerificationTaskRecord {
  id: number;
  beneficiaryId: number | null;
  idNumber: string;
  name: string;
  regionCode: string;
  month: string;
  differenceType: DifferenceType;
  detail: Record<string, unknown>;
  deadline: string;
  overdue: boolean;
  outcome: TaskOutcome | null;
  outcomeNote: string | null;
  /** whether the reader's level closes it: the county its tasks, the level seeing both ledgers a duplicate */
  closable: boolean;
  closedAt: string | null;
  version: number;
  createdAt: string;
}

/** 参保 of one person and year, as `GET /api/enrollments` and a beneficiary's page return it. */
export interface EnrollmentRecord {
  id: number;
  beneficiaryId: number;
  year: number;
  regionCode: string;
  enrolled: boolean;
  scheme: InsuranceScheme | null;
  criticalIllness: boolean;
  commercialSupplementary: boolean;
  subsidyCategory: SubsidyCategory;
  /** fen */
  subsidyAmount: number;
  paidOn: string | null;
  /** one of NON_ENROLLMENT_REASONS when not enrolled; null = 应保未保 */
  notEnrolledReason: NonEnrollmentReason | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** `GET /api/beneficiaries/:id`: the ledger entry with its enrollments (newest year first) and its last tasks. */
export interface BeneficiaryDetailRecord extends BeneficiaryRecord {
  enrollments: EnrollmentRecord[];
  tasks: VerificationTaskRecord[];
}

/** `GET /api/beneficiaries/:id/subsidy?year=`: what the subsidy rule grants this person this year. */
export interface SubsidyDecisionRecord extends SubsidyDecision {
  year: number;
  /** the approved standards the decision used */
  standardsId: number;
}

/** `GET /api/subsidy-standards/:id`: the working copy under `standards`, the copy in force under `approved`. */
export type SubsidyStandardsRecord = ParameterSetRecord<'standards', SubsidyStandards>;

/** Persons, valid exclusions and enrolled of one region, and the rate that follows (DOMAIN §2). */
export interface EnrollmentFigures {
  persons: number;
  validExclusions: number;
  enrolled: number;
  notEnrolled: number;
  /** enrolled ÷ (persons − valid exclusions) in basis points, rounded down; null when nobody is counted */
  rateBp: number | null;
}

/** One child region × identity category of `GET /api/enrollment-rates?regionCode=&year=`. */
export interface EnrollmentRateItem extends EnrollmentFigures {
  regionCode: string;
  regionName: string | null;
  category: IdentityCategory;
  /** the zh label of the category */
  categoryLabel: string;
  targetBp: number | null;
  targetSource: string | null;
  met: boolean | null;
}

/** `GET /api/enrollment-rates?regionCode=&year=` */
export interface EnrollmentRates {
  regionCode: string;
  year: number;
  items: EnrollmentRateItem[];
}

/** A region's figures in the monthly bulletin: the rate against the bulletin's target and the month's tasks. */
export interface BulletinFigures extends EnrollmentFigures {
  regionCode: string;
  regionName: string | null;
  targetBp: number;
  met: boolean | null;
  tasksOpened: number;
  tasksClosed: number;
  tasksOverdue: number;
}

export interface BulletinRow extends BulletinFigures {
  level: 'city' | 'county';
}

/** `GET /api/enrollment-bulletin?regionCode=&month=` (月通报) */
export interface EnrollmentBulletin {
  regionCode: string;
  regionName: string | null;
  month: string;
  year: number;
  target: { targetBp: number; source: string };
  generatedAt: string;
  /** the Beijing date of generatedAt */
  generatedOn: string;
  /** when the province published the month's bulletin (its figures frozen then; generatedAt is that time too), or null: computed from today's ledger */
  publishedAt: string | null;
  rows: BulletinRow[];
  total: BulletinFigures;
}
