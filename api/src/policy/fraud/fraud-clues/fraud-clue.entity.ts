import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ApprovableRecord } from '../../../database/approvable-record';
import { FEN } from '../../../database/versioned-record';

/**
 * 线索 (令第4号 art. 14): a clue received by a handling unit (a city or county bureau), verified and decided —
 * filed as a case, not filed, or transferred (`FRAUD_CLUE_WORKFLOW`). The decision is due `verifyDueOn`
 * (15 working days, +15 once extended). A named reporter's identity and an insured person's ID number are
 * stored whole and masked in every response but the handlers' (the reporter) and an audited reveal.
 */
@Entity('fraud_clues')
// the inbox and the `overdue` filter: undecided states past their due day
@Index('idx_fraud_clues_state_due', ['state', 'verifyDueOn'])
// the undone reporter notices (an inbox source)
@Index('idx_fraud_clues_notice', ['reporterNoticeDueOn', 'reporterNotifiedOn'])
export class FraudClue extends ApprovableRecord {
  @PrimaryGeneratedColumn()
  id: number;

  /** the handling unit (a city or county): the scope column */
  @Index('idx_fraud_clues_region')
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  /** FRAUD_CLUE_SOURCE_CODES */
  @Column({ type: 'varchar', length: 16 })
  source: string;

  /** YYYY-MM-DD, the date on the receipt (not the day it was typed in) */
  @Index('idx_fraud_clues_received')
  @Column({ type: 'varchar', length: 10 })
  receivedOn: string;

  @Column({ type: 'varchar', length: 1000 })
  summary: string;

  /** FRAUD_CLUE_SUBJECT_TYPE_CODES: becomes the case's party type */
  @Column({ type: 'varchar', length: 16 })
  subjectType: string;

  /** INSTITUTION_CODE_PATTERN */
  @Column({ type: 'varchar', length: 12, nullable: true })
  institutionCode: string | null;

  /** an insured person's, GB 11643, validated, stored whole; masked in every response unless revealed (audited) */
  @Column({ type: 'varchar', length: 18, nullable: true })
  idNumber: string | null;

  /** fen */
  @Column({ type: 'bigint', nullable: true, transformer: FEN })
  estimatedAmount: number | null;

  /** null: anonymous */
  @Column({ type: 'varchar', length: 64, nullable: true })
  reporterName: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  reporterPhone: string | null;

  /** the filing decision is due (clueFilingDueOn) */
  @Column({ type: 'varchar', length: 10 })
  verifyDueOn: string;

  /** computed Monday–Friday: the due date's year had no holiday calendar when it was computed */
  @Column({ type: 'boolean', default: false })
  verifyDueApproximate: boolean;

  @Column({ type: 'boolean', default: false })
  extended: boolean;

  /** a named reporter is told of the filing decision by (set by file / not_file / transfer) */
  @Column({ type: 'varchar', length: 10, nullable: true })
  reporterNoticeDueOn: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  reporterNotifiedOn: string | null;

  /** the date of the filing decision (file, not_file, transfer) */
  @Column({ type: 'varchar', length: 10, nullable: true })
  decidedOn: string | null;

  /** not_filed / transferred: the reason */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  outcomeComment: string | null;

  /** the case filed from it */
  @Column({ type: 'int', nullable: true })
  caseId: number | null;

  @Column({ type: 'varchar', length: 16 })
  state: string;

  @Column({ type: 'int' })
  createdById: number;
}
