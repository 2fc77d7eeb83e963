import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedRecord } from '../../../database/versioned-record';

/**
 * 定点医药机构 (issue 16): kept by the city officer; its agreement status changes only through fraud case decisions
 * (InstitutionMeasuresService), each change a row of `institution_status_changes`.
 */
@Entity('institutions')
@Index('idx_institutions_region_id', ['regionCode', 'id'])
export class Institution extends VersionedRecord {
  @PrimaryGeneratedColumn()
  id: number;

  /** national code: H|P + the county code + a 5-digit serial; the key settlements, clues and cases carry */
  @Index('uq_institutions_code', { unique: true })
  @Column({ type: 'varchar', length: 12 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Column({ type: 'varchar', length: 16 })
  level: string;

  @Column({ type: 'varchar', length: 16 })
  ownership: string;

  /** the county it sits in (the code's county): the scope column */
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  /** active | suspended | terminated — written only by case decisions */
  @Column({ type: 'varchar', length: 16, default: 'active' })
  agreementStatus: string;

  /** the last day of a suspension (YYYY-MM-DD) */
  @Column({ type: 'varchar', length: 10, nullable: true })
  suspendedUntil: string | null;
}
