import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedRecord } from '../../../database/versioned-record';

/**
 * 督导检查发现的问题: one finding of an inspection, about a responsible unit (the inspected region or one below it),
 * disposed of by opening a rectification item or proposing accountability (each linked here).
 */
@Entity('inspection_findings')
export class InspectionFinding extends VersionedRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('idx_inspection_findings_inspection')
  @Column({ type: 'int' })
  inspectionId: number;

  /** the responsible unit: the scope column */
  @Index('idx_inspection_findings_region')
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 16 })
  area: string;

  /** a compliance indicator id such as ENR-1 */
  @Column({ type: 'varchar', length: 16, nullable: true })
  indicatorId: string | null;

  @Column({ type: 'varchar', length: 16 })
  severity: string;

  @Column({ type: 'varchar', length: 16, default: 'none' })
  disposition: string;

  @Column({ type: 'int', nullable: true })
  rectificationItemId: number | null;

  @Column({ type: 'int', nullable: true })
  accountabilityRecordId: number | null;

  @Column({ type: 'int' })
  createdById: number;
}
