import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A comment on a scorecard cell (issue 18; DHIS2 users ask for comments on violations, policy-modules §4.3). Never edited. */
@Entity('compliance_comments')
@Index('idx_compliance_comments_cell', ['regionCode', 'period', 'indicatorId', 'id'])
export class ComplianceComment {
  @PrimaryGeneratedColumn()
  id: number;

  /** the cell's region (the scope column) */
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ type: 'varchar', length: 7 })
  period: string;

  @Column({ type: 'varchar', length: 8 })
  indicatorId: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'int', nullable: true })
  authorId: number | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  authorName: string | null;

  @Column({ type: 'varchar', length: 12 })
  authorRegionCode: string;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
