import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ApprovableRecord } from '../../../database/approvable-record';
import { PersonReference } from '../../../database/person-reference';
import { FEN } from '../../../database/versioned-record';

/**
 * 高额医疗费用预警 (S3 §三): a person in a monitored category whose yearly burden after basic + 大病 reached
 * the threshold. One per person, year and pooling region, so re-running detection updates the figures and adds
 * nothing, and one region's detection never reads or changes another region's warning (issue 11 item 8).
 * Its stages run through the workflow engine (COST_WARNING_WORKFLOW).
 */
@Entity('cost_warnings')
@Index('uq_cost_warnings_person_year_pooling', ['idNumber', 'year', 'poolingRegionCode'], { unique: true })
@Index('idx_cost_warnings_region', ['regionCode', 'id'])
@Index('idx_cost_warnings_state', ['state'])
export class CostWarning extends PersonReference(ApprovableRecord) {
  @PrimaryGeneratedColumn()
  id: number;

  /** the pooling region whose settlements and threshold it stands for */
  @Column({ type: 'varchar', length: 12 })
  poolingRegionCode: string;

  @Column({ type: 'int' })
  year: number;

  /** comma-wrapped identity codes at detection */
  @Column({ type: 'varchar', length: 255 })
  identityCategories: string;

  /** yearly personal burden after basic + 大病, fen */
  @Column({ type: 'bigint', transformer: FEN })
  burdenFen: number;

  /** the threshold in force when last detected, fen */
  @Column({ type: 'bigint', transformer: FEN })
  thresholdFen: number;

  @Column({ type: 'int' })
  settlementCount: number;

  /** civil_affairs | rural_revitalization — whom the monthly push goes to */
  @Column({ type: 'varchar', length: 32 })
  department: string;

  @Column({ type: 'varchar', length: 16 })
  state: string;

  /** JSON [{type, amountFen, note}] */
  @Column({ type: 'text' })
  measures: string;

  @Column({ type: 'int', nullable: true })
  lastPushId: number | null;
}
