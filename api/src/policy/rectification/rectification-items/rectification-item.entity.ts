import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ApprovableRecord } from '../../../database/approvable-record';
import { FEN } from '../../../database/versioned-record';

/**
 * 整改事项: one line of a unit's rectification ledger (问题清单 / 任务清单 / 责任清单), moved through the
 * `RECTIFICATION_ITEM_WORKFLOW` and closed (销号) by the level above on evidence.
 */
@Entity('rectification_items')
// The list sorts by (dueOn, id) (RECTIFICATION_ITEM_LIST): each filter the admin offers has an index that yields its
// rows already in that order, so page 1 stops after 20 rows instead of sorting the scope (bench/rectification-items.mjs).
// Each ends in (dueOn, id, regionCode): the order, then the scope, so the page walk and the list's COUNT check a city's
// scope in the index alone. `list()` names the index for the filters given (MariaDB's own choice walks the wrong one).
@Index('idx_rectification_items_due', ['dueOn', 'id', 'regionCode'])
@Index('idx_rectification_items_state_due', ['state', 'dueOn', 'id', 'regionCode'])
@Index('idx_rectification_items_campaign_due', ['campaignId', 'dueOn', 'id', 'regionCode'])
@Index('idx_rectification_items_campaign_state_due', ['campaignId', 'state', 'dueOn', 'id', 'regionCode'])
@Index('idx_rectification_items_category_due', ['category', 'dueOn', 'id', 'regionCode'])
@Index('idx_rectification_items_supervised_due', ['supervised', 'dueOn', 'id', 'regionCode'])
// overdue = still open (closedAt IS NULL), not finished, past dueOn: one range of this index, in list order
@Index('idx_rectification_items_open_due', ['closedAt', 'dueOn', 'id', 'regionCode', 'state'])
@Index('idx_rectification_items_source', ['source', 'sourceRef'])
// A county's or city's items by region, with every filter column: its list reads this range and sorts (hundreds to
// ~10k rows), and any filtered COUNT in a region is answered from the index alone
@Index('idx_rectification_items_region', ['regionCode', 'campaignId', 'state', 'category', 'supervised', 'closedAt', 'dueOn'])
export class RectificationItem extends ApprovableRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  campaignId: number;

  /** the unit the item is about (a city or a county): the scope column */
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ type: 'varchar', length: 32 })
  problemType: string;

  /** derived from problemType (shared categoryOf), stored for filters */
  @Column({ type: 'varchar', length: 16 })
  category: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  localPolicy: string | null;

  @Column({ type: 'varchar', length: 16 })
  source: string;

  /** what the source points at: a screening key (county:year:type), an inspection … */
  @Column({ type: 'varchar', length: 128, nullable: true })
  sourceRef: string | null;

  @Column({ type: 'int', nullable: true })
  affectedPersons: number | null;

  /** fen */
  @Column({ type: 'bigint', nullable: true, transformer: FEN })
  amount: number | null;

  /** YYYY-MM-DD (China date) */
  @Column({ type: 'varchar', length: 10 })
  identifiedOn: string;

  @Column({ type: 'varchar', length: 10 })
  dueOn: string;

  /** 持续整改: an extension was granted */
  @Column({ type: 'boolean', default: false })
  continuing: boolean;

  /** the new deadline asked for while an extension is requested */
  @Column({ type: 'varchar', length: 10, nullable: true })
  requestedDueOn: string | null;

  /** 挂牌督办 */
  @Column({ type: 'boolean', default: false })
  supervised: boolean;

  @Column({ type: 'varchar', length: 64, nullable: true })
  supervisionLetterNo: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  supervisionComment: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  supervisedBy: string | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  supervisedAt: Date | null;

  /** one of the 14 responsibility-table roles; the person comes from the unit's approved table */
  @Column({ type: 'varchar', length: 64, nullable: true })
  responsibleRole: string | null;

  @Column({ type: 'text', nullable: true })
  measures: string | null;

  /** JSON of the three sub-tasks of a transition item; null for an immediate one */
  @Column({ type: 'text', nullable: true })
  subTasksJson: string | null;

  @Column({ type: 'varchar', length: 32 })
  state: string;

  /** when the item finished (closed or dismissed): null exactly while it is open (the overdue filter's index) */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  closedAt: Date | null;

  @Column({ type: 'int' })
  createdById: number;
}
