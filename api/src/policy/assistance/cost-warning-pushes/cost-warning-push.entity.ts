import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedRecord } from '../../../database/versioned-record';

/** 预警推送 (S3 §五): the monthly list a county sends to 民政 or 乡村振兴, and the receipt it gets back. */
@Entity('cost_warning_pushes')
@Index('uq_cost_warning_pushes_region_month_dept', ['regionCode', 'month', 'department'], { unique: true })
export class CostWarningPush extends VersionedRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  /** YYYY-MM */
  @Column({ type: 'varchar', length: 7 })
  month: string;

  @Column({ type: 'varchar', length: 32 })
  department: string;

  /** JSON array of warning ids in the list */
  @Column({ type: 'text' })
  warningIds: string;

  @Column({ type: 'int' })
  warningCount: number;

  @Column({ type: 'int' })
  pushedById: number;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  receivedAt: Date | null;

  /** who signed for it at the receiving department */
  @Column({ type: 'varchar', length: 64, nullable: true })
  receivedBy: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  receiptNote: string | null;
}
