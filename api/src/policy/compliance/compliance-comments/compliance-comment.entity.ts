import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ComplianceCellColumns } from '../compliance-cell.columns';

/** A comment on a scorecard cell (issue 18; DHIS2 users ask for comments on violations, policy-modules §4.3). Never edited. */
@Entity('compliance_comments')
@Index('idx_compliance_comments_cell', ['regionCode', 'period', 'indicatorId', 'id'])
export class ComplianceComment extends ComplianceCellColumns() {
  @PrimaryGeneratedColumn()
  id: number;

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
