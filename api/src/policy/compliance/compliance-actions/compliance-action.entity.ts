import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ApprovableRecord } from '../../../database/approvable-record';
import { ComplianceCellColumns } from '../compliance-cell.columns';

/**
 * A follow-up action on a scorecard cell (issue 18): what is to be done about a red figure, by whom and by when, moved
 * by `COMPLIANCE_ACTION_WORKFLOW` with a comment on every change. Its region is the cell's (the scope column): whoever
 * reads the cell reads its actions. Either a plain action or the link to the rectification item it opened.
 */
@Entity('compliance_actions')
// the cell's actions, and the scorecard's open counts per cell (countsByCell)
@Index('idx_compliance_actions_cell', ['regionCode', 'period', 'indicatorId', 'state'])
// the responsible unit's inbox and list (column level)
@Index('idx_compliance_actions_responsible', ['responsibleRegionCode', 'state', 'dueOn'])
@Index('idx_compliance_actions_due', ['state', 'dueOn', 'id'])
export class ComplianceAction extends ComplianceCellColumns(ApprovableRecord) {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** the unit that answers for it: the cell's region or one above it, within the filer's scope */
  @Column({ type: 'varchar', length: 12 })
  responsibleRegionCode: string;

  /** the province or city that filed it (its officers close, cancel and reopen it) */
  @Column({ type: 'varchar', length: 12 })
  filedRegionCode: string;

  /** YYYY-MM-DD (China date): the responsible unit's deadline */
  @Column({ type: 'varchar', length: 10 })
  dueOn: string;

  /** YYYY-MM-DD: when the filer looks at the result again */
  @Column({ type: 'varchar', length: 10, nullable: true })
  reviewOn: string | null;

  /** COMPLIANCE_ACTION_STATUS_CODES (the API answers it as `status`) */
  @Column({ type: 'varchar', length: 16 })
  state: string;

  /** the rectification item the action opened instead of a plain task */
  @Column({ type: 'int', nullable: true })
  rectificationItemId: number | null;

  @Column({ type: 'int', nullable: true })
  createdById: number | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  createdByName: string | null;
}
