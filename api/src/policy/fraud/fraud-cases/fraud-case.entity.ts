import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { ApprovableRecord } from '../../../database/approvable-record';
import { FEN } from '../../../database/versioned-record';

/**
 * 案件 (issue 16; 令第4号 arts. 15–57). The steps' facts are columns of the case (one of each: the legal review,
 * the hearing, the collective discussion, the decision, the service, 督办); what repeats and is counted or
 * listed by id is a child table (pauses, extensions, executions); the notices are a JSON column — read only
 * with the case, never filtered, and the guard needs all of them at once (`noticeCeiling`).
 *
 * The list's filters are indexed: (state, decisionDueOn, regionCode) serves the open/overdue lists and their counts
 * from the index alone (measured: bench/fraud-cases.mjs), (regionCode, filedOn) the
 * scope with the filing range, plus supervised, institutionCode and partyType; `id` is the key.
 */
@Entity('fraud_cases')
@Index('uq_fraud_cases_serial', ['regionCode', 'caseYear', 'caseSerial'], { unique: true })
@Index('idx_fraud_cases_region_filed', ['regionCode', 'filedOn'])
@Index('idx_fraud_cases_state_due', ['state', 'decisionDueOn', 'regionCode'])
@Index('idx_fraud_cases_state_changed', ['state', 'stateChangedAt'])
// the countdown column's sort (decisionDueOn, then id)
@Index('idx_fraud_cases_due', ['decisionDueOn'])
export class FraudCase extends ApprovableRecord {
  @PrimaryGeneratedColumn()
  id: number;

  /** 案件编号, e.g. 柳州市医保稽〔2026〕12号: the unit's name, the filing year and its running serial */
  @Column({ type: 'varchar', length: 64 })
  caseNo: string;

  @Column({ type: 'int' })
  caseYear: number;

  @Column({ type: 'int' })
  caseSerial: number;

  /** the handling unit (the clue's region): the scope column and the workflow's level */
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  /** the clue it was filed from; null for a case recorded without one (a test, a paper case) */
  @Index('idx_fraud_cases_clue')
  @Column({ type: 'int', nullable: true })
  clueId: number | null;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Index('idx_fraud_cases_party_type')
  @Column({ type: 'varchar', length: 16 })
  partyType: string;

  /** the party as named in the title: the institution's name, a person's name, or the clue's subject */
  @Column({ type: 'varchar', length: 100 })
  partyName: string;

  @Index('idx_fraud_cases_institution')
  @Column({ type: 'varchar', length: 12, nullable: true })
  institutionCode: string | null;

  /** a person's whole ID number (masked on every read, revealed by `reveal`, audited) */
  @Column({ type: 'varchar', length: 18, nullable: true })
  idNumber: string | null;

  /** comma-wrapped cause codes (`,split_admission,phantom_bed,`): `setContainsCode` filters one */
  @Column({ type: 'varchar', length: 800 })
  causes: string;

  @Column({ type: 'varchar', length: 10 })
  conductEndedOn: string;

  @Column({ type: 'boolean', default: false })
  healthHarmed: boolean;

  @Column({ type: 'bigint', transformer: FEN })
  amountInvolved: number;

  /** comma-wrapped user ids of the investigating officers (`,12,15,`) */
  @Column({ type: 'varchar', length: 200 })
  officerIds: string;

  @Column({ type: 'varchar', length: 10 })
  filedOn: string;

  /**
   * the deadline as the pauses and extensions stand (recomputed on every change of them); while a pause is open the
   * clock is stopped and the deadline unknown: OPEN_PAUSE_DUE_ON, which never falls due (the overdue filter, the
   * stats, the inbox), and the case's reads compute the deadline as of today
   */
  @Column({ type: 'varchar', length: 10 })
  decisionDueOn: string;

  // 法制审核
  @Column({ type: 'int', nullable: true })
  reviewerId: number | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  reviewRequestedOn: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  reviewDueOn: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  reviewedOn: string | null;

  @Column({ type: 'boolean', default: false })
  reviewPassed: boolean;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  reviewComment: string | null;

  /** JSON array of FraudNoticeRecord, oldest first */
  @Column({ type: 'text', nullable: true })
  notices: string | null;

  // 听证
  @Column({ type: 'varchar', length: 10, nullable: true })
  hearingRequestedOn: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  hearingOn: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  hearingConcludedOn: string | null;

  /** JSON FraudCollectiveDiscussion (负责人集体讨论), null until recorded */
  @Column({ type: 'text', nullable: true })
  collectiveDiscussion: string | null;

  // 处理决定
  @Column({ type: 'varchar', length: 24, nullable: true })
  decisionType: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  decisionNo: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  decidedOn: string | null;

  @Column({ type: 'bigint', transformer: FEN, default: 0 })
  fine: number;

  @Column({ type: 'bigint', transformer: FEN, default: 0 })
  recoup: number;

  @Column({ type: 'bigint', transformer: FEN, default: 0 })
  confiscate: number;

  /** comma-wrapped measure codes of the decision */
  @Column({ type: 'varchar', length: 300, nullable: true })
  measures: string | null;

  @Column({ type: 'int', nullable: true })
  suspensionMonths: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  discretionTier: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  discretionReason: string | null;

  @Column({ type: 'boolean', default: false })
  statementWaived: boolean;

  @Column({ type: 'varchar', length: 10, nullable: true })
  serviceDueOn: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  servedOn: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  finePayableBy: string | null;

  /** 法院受理强制执行 (行政强制法 art. 53; 令第4号 art. 56): the party neither paid nor sought review, the court accepted */
  @Column({ type: 'boolean', default: false })
  courtEnforcementAccepted: boolean;

  /** the date of the court's acceptance (its document's date) */
  @Column({ type: 'varchar', length: 10, nullable: true })
  courtEnforcementAcceptedOn: string | null;

  /** the court's acceptance document number (受理通知书文号) */
  @Column({ type: 'varchar', length: 64, nullable: true })
  courtEnforcementNo: string | null;

  // 督办 (the province)
  @Index('idx_fraud_cases_supervised')
  @Column({ type: 'boolean', default: false })
  supervised: boolean;

  @Column({ type: 'varchar', length: 64, nullable: true })
  supervisionLetterNo: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  supervisionDueOn: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  supervisionBy: string | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  supervisionAt: Date | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  terminationReason: string | null;

  @Column({ type: 'varchar', length: 24 })
  state: string;

  @Column({ type: 'int' })
  createdById: number;
}

/** A period not counted toward the decision deadline (令第4号 art. 45): expert review, testing, appraisal, hearing, public notice. */
@Entity('fraud_case_pauses')
@Index('idx_fraud_case_pauses_case', ['caseId', 'fromOn'])
export class FraudCasePause {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  caseId: number;

  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Column({ type: 'varchar', length: 10 })
  fromOn: string;

  /** null while the pause lasts (its end not yet known): ended by `POST …/pauses/:pauseId/end` */
  @Column({ type: 'varchar', length: 10, nullable: true })
  toOn: string | null;

  @Column({ type: 'varchar', length: 64 })
  recordedBy: string;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;
}

/** An extension of the decision deadline (令第4号 art. 45): the head's once, further by a collective discussion. */
@Entity('fraud_case_extensions')
@Index('idx_fraud_case_extensions_case', ['caseId'])
export class FraudCaseExtension {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  caseId: number;

  @Column({ type: 'int' })
  days: number;

  @Column({ type: 'varchar', length: 1000 })
  reason: string;

  @Column({ type: 'boolean', default: false })
  collective: boolean;

  @Column({ type: 'varchar', length: 64 })
  approvedBy: string;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;
}

/** A collected amount (罚没款票据, 令第4号 arts. 53, 55). */
@Entity('fraud_case_executions')
@Index('idx_fraud_case_executions_case', ['caseId'])
export class FraudCaseExecution {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  caseId: number;

  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Column({ type: 'bigint', transformer: FEN })
  amount: number;

  @Column({ type: 'varchar', length: 10 })
  paidOn: string;

  @Column({ type: 'varchar', length: 64 })
  receiptNo: string;

  @Column({ type: 'varchar', length: 64 })
  recordedBy: string;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;
}

/**
 * A unit's running numbers per kind and year (`case` for 案件编号, and each document kind): the next is taken by
 * one conditional UPDATE in the write's transaction — a row lock on MySQL, the write queue on SQLite — so two
 * filings never share a number.
 */
@Entity('fraud_case_serials')
export class FraudCaseSerial {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  regionCode: string;

  @PrimaryColumn({ type: 'varchar', length: 24 })
  kind: string;

  @PrimaryColumn({ type: 'int' })
  year: number;

  @Column({ type: 'int' })
  last: number;
}

export const FRAUD_CASE_ENTITIES = [FraudCase, FraudCasePause, FraudCaseExtension, FraudCaseExecution, FraudCaseSerial];
