import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedRecord } from '../../../database/versioned-record';

/** 参保 per person and year: enrolled with a scheme and subsidy, or not enrolled with a valid reason (DOMAIN §2). */
@Entity('enrollments')
@Index('uq_enrollments_person_year', ['beneficiaryId', 'year'], { unique: true })
@Index('idx_enrollments_region_year', ['regionCode', 'year'])
export class Enrollment extends VersionedRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  beneficiaryId: number;

  @Column({ type: 'int' })
  year: number;

  /** the person's region, copied for scope */
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ type: 'boolean' })
  enrolled: boolean;

  /** resident_basic | employee | elsewhere */
  @Column({ type: 'varchar', length: 32, nullable: true })
  scheme: string | null;

  @Column({ type: 'boolean', default: false })
  criticalIllness: boolean;

  @Column({ type: 'boolean', default: false })
  commercialSupplementary: boolean;

  @Column({ type: 'varchar', length: 32, default: 'none' })
  subsidyCategory: string;

  /** fen */
  @Column({ type: 'int', default: 0 })
  subsidyAmount: number;

  @Column({ type: 'varchar', length: 10, nullable: true })
  paidOn: string | null;

  /** one of NON_ENROLLMENT_REASONS when not enrolled; null = 应保未保 */
  @Column({ type: 'varchar', length: 32, nullable: true })
  notEnrolledReason: string | null;
}
