import type { WorkflowRecord } from '../platform/records';
import type {
  AgreementStatus,
  DiscretionTier,
  FraudCaseState,
  FraudCause,
  FraudClueSource,
  FraudClueState,
  FraudClueSubjectType,
  FraudDecisionType,
  FraudExecutionKind,
  FraudMeasure,
  FraudPartyType,
  FraudPauseKind,
  InstitutionKind,
  InstitutionLevel,
  InstitutionOwnership,
} from './codes';
import type { DecisionCountdown } from './deadlines';
import type { ApplicableFraudParameters, FraudParametersBasis } from './parameters';

/** Wire shapes of the fraud area's responses (what the API's toRecord()s return). Amounts in fen, dates YYYY-MM-DD. */

/** One change of an institution's agreement status, from a case decision (kept as history). */
export interface InstitutionStatusChange {
  id: number;
  /** the status before the change */
  previousStatus: AgreementStatus;
  agreementStatus: AgreementStatus;
  /** in force from (the decision's service date) */
  from: string;
  /** a suspension's last day; null for termination or reinstatement */
  until: string | null;
  caseId: number | null;
  caseNo: string | null;
  decisionNo: string | null;
  /** why (the decision's measures, or the lifting case's step) */
  reason: string;
  /** who recorded it (display name) */
  by: string;
  at: string;
  /** when the case's measures were lifted (a termination of the case, a revoked decision); null while in force */
  liftedAt: string | null;
}

/** `GET /api/institutions/:id`: a 定点医药机构, kept by the city officer. */
export interface InstitutionRecord {
  id: number;
  /** national code: H (medical) or P (pharmacy), the 6-digit county code, a 5-digit serial (`H45020200001`) */
  code: string;
  name: string;
  kind: InstitutionKind;
  level: InstitutionLevel;
  ownership: InstitutionOwnership;
  /** the county it sits in */
  regionCode: string;
  regionName: string | null;
  agreementStatus: AgreementStatus;
  /** the last day of a suspension; null otherwise */
  suspendedUntil: string | null;
  /** newest first */
  statusHistory: InstitutionStatusChange[];
  /** its settlements in the caller's scope (`GET /api/settlements?institutionCode=`) */
  settlementCount: number;
  /** of them, those carrying any flag */
  flaggedSettlementCount: number;
  /** of them, those settled while it was suspended or terminated (`flag=institution_suspended`) */
  blockedSettlementCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A named reporter (实名举报): masked for everyone but the clue's handlers and the province supervisor. */
export interface FraudReporter {
  name: string;
  phone: string | null;
  /** true when name and phone are shown masked (revealing them is audited) */
  masked: boolean;
}

/**
 * `POST /api/fraud-clues/:id/reveal {reason}` (permission `reveal`, audited and access-logged): the reporter and the
 * insured person's ID number in full — the clue's form of the platform's `RevealedIdNumber`.
 */
export interface FraudClueRevealed {
  id: number;
  /** null: no ID number on the clue */
  idNumber: string | null;
  /** `masked` false; null for an anonymous clue */
  reporter: FraudReporter | null;
}

/** `GET /api/fraud-clues/:id`: a 线索. */
export interface FraudClueRecord extends WorkflowRecord {
  state: FraudClueState;
  regionCode: string;
  regionName: string | null;
  source: FraudClueSource;
  receivedOn: string;
  summary: string;
  subjectType: FraudClueSubjectType;
  institutionCode: string | null;
  institutionName: string | null;
  /** an insured person's ID number, masked (revealed through `reveal`, audited) */
  idNumber: string | null;
  estimatedAmount: number | null;
  /** null for an anonymous clue */
  reporter: FraudReporter | null;
  /** the filing decision is due (15 working days, +15 once extended: 令第4号 art. 14) */
  verifyDueOn: string;
  /** whose time limits dated it: the province's approved fraud-parameters of the year received, or the national defaults */
  parameters: FraudParametersBasis;
  extended: boolean;
  /** computed Monday–Friday: no holiday calendar for that year */
  verifyDueApproximate: boolean;
  /** a named reporter is told of the filing decision by (令第5号: 5 working days); null until decided or when anonymous */
  reporterNoticeDueOn: string | null;
  reporterNotifiedOn: string | null;
  /** not_filed / transferred: the reason */
  outcomeComment: string | null;
  /** the case filed from it */
  caseId: number | null;
  overdue: boolean;
  createdAt: string;
  updatedAt: string;
}

/** An officer of a case (调查人员). */
export interface FraudCaseOfficer {
  id: number;
  displayName: string;
  /** 执法证号; null when the user has none */
  enforcementCertNo: string | null;
}

/** 法院受理强制执行 (行政强制法 art. 53; 令第4号 art. 56). */
export interface FraudCourtEnforcement {
  acceptedOn: string;
  /** the court's acceptance document number */
  documentNo: string;
}

/** A period not counted toward the decision deadline. */
export interface FraudPauseRecord {
  id: number;
  kind: FraudPauseKind;
  from: string;
  /** null while it lasts */
  to: string | null;
  days: number;
  recordedBy: string;
  at: string;
}

export interface FraudExtensionRecord {
  id: number;
  days: number;
  reason: string;
  /** granted by a collective discussion (a second or longer extension) rather than the head alone */
  collective: boolean;
  approvedBy: string;
  at: string;
}

export interface FraudLegalReview {
  reviewerId: number;
  reviewerName: string;
  requestedOn: string;
  /** 10 working days after the request */
  dueOn: string;
  reviewedOn: string | null;
  passed: boolean;
  /** a return's comment */
  comment: string | null;
}

/** A 行政处罚事先告知书 (a re-notice adds one: the decision stays within the lowest, unless one states a reason). */
export interface FraudNoticeRecord {
  noticeNo: string;
  noticedOn: string;
  proposedFine: number;
  proposedRecoup: number;
  measures: FraudMeasure[];
  hearingOffered: boolean;
  changeReason: string | null;
  /** the statement and hearing-request window closes (5 days) */
  statementEndsOn: string;
}

export interface FraudHearing {
  requestedOn: string;
  hearingOn: string;
  concludedOn: string | null;
}

export interface FraudCollectiveDiscussion {
  heldOn: string;
  participants: string[];
  conclusion: string;
}

export interface FraudDecision {
  decisionType: FraudDecisionType;
  decisionNo: string;
  decidedOn: string;
  fine: number;
  recoup: number;
  confiscate: number;
  measures: FraudMeasure[];
  /** months of a department or settlement suspension */
  suspensionMonths: number | null;
  discretionTier: DiscretionTier | null;
  discretionReason: string | null;
  statementWaived: boolean;
  /** served within 7 working days (令第4号 art. 59) */
  serviceDueOn: string;
  /** the fine is payable by (15 days after service); null until served */
  finePayableBy: string | null;
}

export interface FraudExecutionRecord {
  id: number;
  kind: FraudExecutionKind;
  amount: number;
  paidOn: string;
  receiptNo: string;
  recordedBy: string;
  at: string;
}

/** 督办 by the province: letter and due date. */
export interface FraudCaseSupervision {
  letterNo: string;
  dueOn: string;
  by: string;
  at: string;
}

/** `GET /api/fraud-cases/:id`: a 案件. */
export interface FraudCaseRecord extends WorkflowRecord {
  state: FraudCaseState;
  /** 案件编号 */
  caseNo: string;
  regionCode: string;
  regionName: string | null;
  clueId: number | null;
  /** "<party>涉嫌<cause>案" until decided, then without 涉嫌 (`fraudCaseTitle`) */
  title: string;
  partyType: FraudPartyType;
  partyName: string;
  institutionCode: string | null;
  institutionName: string | null;
  /** masked */
  idNumber: string | null;
  causes: FraudCause[];
  conductEndedOn: string;
  healthHarmed: boolean;
  amountInvolved: number;
  officerIds: number[];
  officers: FraudCaseOfficer[];
  filedOn: string;
  /** the deadline as of today (90 days, extensions, pauses) */
  decisionDueOn: string;
  /** the list's countdown; null once decided or terminated */
  countdown: DecisionCountdown | null;
  /**
   * the values its deadlines, guards and the decision's discretion follow: the province's approved fraud-parameters of
   * the year filed, or the national defaults (`basis` says which, each value with its source)
   */
  parameters: ApplicableFraudParameters;
  pauses: FraudPauseRecord[];
  extensions: FraudExtensionRecord[];
  legalReview: FraudLegalReview | null;
  /** the latest notice; every notice in `notices`, oldest first */
  notice: FraudNoticeRecord | null;
  notices: FraudNoticeRecord[];
  hearing: FraudHearing | null;
  collectiveDiscussion: FraudCollectiveDiscussion | null;
  decision: FraudDecision | null;
  servedOn: string | null;
  executions: FraudExecutionRecord[];
  /** accrued late fee as of today (or the fine's payment), capped at the fine */
  lateFee: number;
  /** still owed, by kind */
  owed: Record<FraudExecutionKind, number>;
  courtEnforcementAccepted: boolean;
  /** 法院受理强制执行: the court's acceptance (its date and document number), once recorded */
  courtEnforcement: FraudCourtEnforcement | null;
  supervised: boolean;
  supervision: FraudCaseSupervision | null;
  /** terminated: the reason */
  terminationReason: string | null;
  /** evidence files attached */
  attachmentCount: number;
  createdAt: string;
  updatedAt: string;
}

/** `GET /api/fraud-cases`: a row of the case list (the countdown column; details on the case file). */
export type FraudCaseListItem = Pick<
  FraudCaseRecord,
  | 'id'
  | 'state'
  | 'version'
  | 'caseNo'
  | 'regionCode'
  | 'regionName'
  | 'title'
  | 'partyType'
  | 'partyName'
  | 'institutionCode'
  | 'causes'
  | 'amountInvolved'
  | 'filedOn'
  | 'decisionDueOn'
  | 'countdown'
  | 'supervised'
  | 'updatedAt'
>;

/** `GET /api/fraud-clues`: a row of the clue inbox. */
export type FraudClueListItem = Pick<
  FraudClueRecord,
  | 'id'
  | 'state'
  | 'version'
  | 'regionCode'
  | 'regionName'
  | 'source'
  | 'receivedOn'
  | 'summary'
  | 'subjectType'
  | 'institutionCode'
  | 'institutionName'
  | 'estimatedAmount'
  | 'verifyDueOn'
  | 'extended'
  | 'overdue'
  | 'caseId'
  | 'updatedAt'
>;

/** `GET /api/institutions`: a row of the registry. */
export type InstitutionListItem = Omit<InstitutionRecord, 'statusHistory' | 'settlementCount' | 'flaggedSettlementCount' | 'blockedSettlementCount'>;

/** `GET /api/fraud-stats?regionCode=&year=`: cases filed in the year within the region's subtree. */
export interface FraudStats {
  regionCode: string;
  year: number;
  cases: number;
  byState: Partial<Record<FraudCaseState, number>>;
  byCause: Partial<Record<FraudCause, number>>;
  byPartyType: Partial<Record<FraudPartyType, number>>;
  /** fen */
  amounts: { involved: number; decided: number; collected: number };
  /** open cases past their decision deadline */
  overdue: number;
  /** median calendar days from filing to decision, of the decided cases; null when none */
  medianDaysToDecision: number | null;
  /** per child region (cities of a province, counties of a city) */
  byRegion: { regionCode: string; regionName: string; cases: number; overdue: number; amountDecided: number }[];
}
