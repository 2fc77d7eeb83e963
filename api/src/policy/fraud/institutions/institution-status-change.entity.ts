import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One change of an institution's agreement status (issue 16): a served decision's suspension or termination, or the
 * restoration when a case's measures are lifted. The blocks settlements are flagged against are the rows that
 * suspend or terminate and are not lifted (`institutionBlocks`).
 */
@Entity('institution_status_changes')
@Index('idx_institution_status_changes_institution', ['institutionId', 'id'])
@Index('idx_institution_status_changes_code', ['institutionCode'])
@Index('idx_institution_status_changes_case', ['caseId'])
export class InstitutionStatusChangeRow {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  institutionId: number;

  /** copied: settlements find their blocks by the code they carry */
  @Column({ type: 'varchar', length: 12 })
  institutionCode: string;

  @Column({ type: 'varchar', length: 16 })
  fromStatus: string;

  @Column({ type: 'varchar', length: 16 })
  toStatus: string;

  /** in force from (the decision's service date) */
  @Column({ type: 'varchar', length: 10 })
  effectiveOn: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  suspendedUntil: string | null;

  @Column({ type: 'int', nullable: true })
  caseId: number | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  caseNo: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  decisionNo: string | null;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  /** who recorded it (display name at the time) */
  @Column({ type: 'varchar', length: 64 })
  byName: string;

  @Column({ type: 'int', nullable: true })
  byUserId: number | null;

  /** set when the case's measures were lifted: the row no longer blocks settlements */
  @Column({ type: 'datetime', nullable: true })
  liftedAt: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  at: Date;
}
