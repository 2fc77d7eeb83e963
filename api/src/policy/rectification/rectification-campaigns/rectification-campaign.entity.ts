import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedRecord } from '../../../database/versioned-record';

/** 专项治理: a campaign the province sets up for its province (S4 §五); its items live in the province's subtree. */
@Entity('rectification_campaigns')
export class RectificationCampaign extends VersionedRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** the document that starts it, e.g. 医保发〔2019〕57号 */
  @Column({ type: 'varchar', length: 64 })
  documentNo: string;

  /** the province (scope column: its cities and counties read it as an ancestor's record) */
  @Index('idx_rectification_campaigns_region')
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  /** 立行立改 items are due this many days after they are identified */
  @Column({ type: 'int' })
  immediateDays: number;

  /** 平稳过渡 items are due on this date (YYYY-MM-DD) */
  @Column({ type: 'varchar', length: 10 })
  transitionDueOn: string;

  @Column({ type: 'varchar', length: 10 })
  startedOn: string;

  @Column({ type: 'int' })
  createdById: number;
}
