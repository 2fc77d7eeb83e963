import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ApprovableRecord } from '../../../database/approvable-record';
import { FEN } from '../../../database/versioned-record';

/**
 * 疑点: one hit of a screening rule, worked through 初审 → 复审 → 申诉 → 调查核实 → 违规处理 | 排除
 * (`FRAUD_SUSPICION_WORKFLOW`). The same rule on the same settlements is the same 疑点: (`ruleId`, `hitKey`) is unique,
 * so a re-run updates an open one and never reopens a finished one. `regionCode` is the county that works it (the
 * institution's county when the registry knows the institution, else the settlement's county).
 */
@Entity('fraud_suspicions')
@Index('uq_fraud_suspicions_hit', ['ruleId', 'hitKey'], { unique: true })
// the review queue's counts in a region's scope (by state, due date, claimed or not: every count index-only)
@Index('idx_fraud_suspicions_region_state', ['regionCode', 'state', 'dueOn', 'claimedById'])
// the queue's default order (open first, by due date, then id) with the common filters inside the index: the first
// page walks it in order and stops after a page of matches; every page walks it for ids alone (walkKeysFirst), index-only
// for the region, state, rule, institution and claimed filters
@Index('idx_fraud_suspicions_queue', ['finished', 'dueOn', 'id', 'regionCode', 'state', 'ruleId', 'institutionCode', 'claimedById'])
// … and the queue of one rule in the same order (SQLite would otherwise take the unique (ruleId, hitKey) and sort)
@Index('idx_fraud_suspicions_rule_queue', ['ruleId', 'finished', 'dueOn', 'id', 'regionCode', 'state'])
// hit rates and the risk-weighted draw: per rule / per institution of a pooling region and year
@Index('idx_fraud_suspicions_pool_rule', ['poolingRegionCode', 'year', 'ruleId', 'state'])
@Index('idx_fraud_suspicions_institution', ['institutionCode', 'state'])
export class FraudSuspicion extends ApprovableRecord {
  @PrimaryGeneratedColumn()
  id: number;

  /** the county that works it: the scope column */
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  /** the pooling region (city) whose settlements were screened */
  @Column({ type: 'varchar', length: 12 })
  poolingRegionCode: string;

  /** the settlement year the rule ran over */
  @Column({ type: 'int' })
  year: number;

  /** the background job (screening run) that last found or updated it */
  @Column({ type: 'int' })
  runId: number;

  /** SCREENING_RULE_CODES */
  @Column({ type: 'varchar', length: 32 })
  ruleId: string;

  /** sha256 (hex) of what identifies the hit for its rule (the settlement ids, or person × institution × month …), never shown */
  @Column({ type: 'varchar', length: 64 })
  hitKey: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  institutionCode: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  institutionName: string | null;

  /** the person's, stored whole (from the settlements), masked in every response unless revealed; null for an institution-level rule */
  @Column({ type: 'varchar', length: 18, nullable: true })
  idNumber: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  name: string | null;

  /** JSON array of the triggering settlements' ids (bounded by the rule; the page shows them side by side) */
  @Column({ type: 'text' })
  settlementIds: string;

  /** fen */
  @Column({ type: 'bigint', transformer: FEN })
  amountAtStake: number;

  /** what the rule found, with the parameter values that applied */
  @Column({ type: 'varchar', length: 1000 })
  detail: string;

  /** FRAUD_SUSPICION_STATE_CODES */
  @Column({ type: 'varchar', length: 16, default: 'pending' })
  state: string;

  /** violation or dismissed (FINISHED_SUSPICION_STATES), kept with `state` by the stage actions: the queue sorts open ones first */
  @Column({ type: 'boolean', default: false })
  finished: boolean;

  /** the current stage's due date (working days, the province's time limits); null once finished */
  @Column({ type: 'varchar', length: 10, nullable: true })
  dueOn: string | null;

  /**
   * The first stage's due date as the screening run set it when it raised the 疑点 (the province's limits and holidays
   * then): `dueOn` is overwritten as it moves on, and FRD-3 judges the first stage by the limit in force when raised.
   * Null for 疑点 raised before it was kept (FRD-3 then computes it again from the limits of today).
   */
  @Column({ type: 'varchar', length: 10, nullable: true })
  raisedDueOn: string | null;

  /** computed Monday–Friday: the due date's year had no holiday calendar */
  @Column({ type: 'boolean', default: false })
  dueApproximate: boolean;

  /** the reviewer who claimed it from the queue */
  @Column({ type: 'int', nullable: true })
  claimedById: number | null;

  @Column({ type: 'datetime', nullable: true })
  claimedAt: Date | null;

  /** SUSPICION_DISMISS_REASON_CODES, set by `dismiss` */
  @Column({ type: 'varchar', length: 32, nullable: true })
  dismissReason: string | null;

  /** the fraud clue `confirm_violation` opened (source `screening`) */
  @Column({ type: 'int', nullable: true })
  clueId: number | null;
}
