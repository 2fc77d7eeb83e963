import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { PersonReferenceRecord } from '../../../database/person-reference';

/**
 * 核查任务: one difference found by the monthly roster comparison, for the county to work. Unique per month,
 * person and difference type, so re-importing a roster creates no duplicate tasks.
 */
@Entity('verification_tasks')
@Index('uq_verification_tasks_month_person_type', ['month', 'idNumber', 'differenceType'], { unique: true })
@Index('idx_verification_tasks_region', ['regionCode', 'id'])
export class VerificationTask extends PersonReferenceRecord {
  @PrimaryGeneratedColumn()
  id: number;

  /** YYYY-MM of the roster */
  @Column({ type: 'varchar', length: 7 })
  month: string;

  /** new | exited | identity_changed | not_enrolled | lapsed_subsidised | duplicate */
  @Column({ type: 'varchar', length: 32 })
  differenceType: string;

  /** JSON: what differed */
  @Column({ type: 'varchar', length: 2000, default: '{}' })
  detail: string;

  /** YYYY-MM-DD (Beijing) */
  @Column({ type: 'varchar', length: 10 })
  deadline: string;

  /** enrolled | valid_reason | corrected | not_a_difference; null while open */
  @Column({ type: 'varchar', length: 32, nullable: true })
  outcome: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  outcomeNote: string | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  closedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  closedById: number | null;

  @Column({ type: 'int', nullable: true })
  importJobId: number | null;
}
