import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A frozen period (issue 18): the SHA-256 over the canonical results of a region's subtree for a period when it was
 * frozen, who froze it and when. The results it covers are the subtree's rows of the period frozen by it or by an
 * earlier snapshot (`snapshotId` ≤ its id) — what `verify` hashes again. Append-only: nothing updates or deletes it.
 */
@Entity('compliance_snapshots')
@Index('uq_compliance_snapshots_region_period', ['regionCode', 'period'], { unique: true })
export class ComplianceSnapshot {
  @PrimaryGeneratedColumn()
  id: number;

  /** scope column */
  @Index('idx_compliance_snapshots_region')
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ type: 'varchar', length: 7 })
  period: string;

  /** SHA-256 hex of canonicalComplianceResults */
  @Column({ type: 'varchar', length: 64 })
  hash: string;

  @Column({ type: 'int' })
  resultCount: number;

  @Column({ type: 'int' })
  frozenById: number;

  @Column({ type: 'varchar', length: 64 })
  frozenBy: string;

  @CreateDateColumn({ type: 'datetime' })
  frozenAt: Date;
}
