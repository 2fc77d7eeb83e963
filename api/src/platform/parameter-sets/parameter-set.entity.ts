import { Column } from 'typeorm';
import { ApprovableRecord } from '../../database/approvable-record';

/**
 * The columns of a pooling region's yearly parameter document (policy parameters, subsidy standards):
 * the working copy the city edits (`document`) and the copy the province last approved
 * (`approvedDocument`), which is the one every calculation reads. Subclasses declare `id` and the
 * indexed `regionCode` (index names are database-wide in SQLite, so they cannot live here).
 */
export abstract class ParameterSetColumns extends ApprovableRecord {
  @Column({ type: 'int' })
  year: number;

  /** JSON of the working copy */
  @Column({ type: 'text' })
  document: string;

  /** JSON of the copy in force: set on approval, kept while a revision is drafted; null until first approved */
  @Column({ type: 'text', nullable: true })
  approvedDocument: string | null;

  @Column({ type: 'varchar', length: 32, default: 'draft' })
  state: string;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  approvedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  updatedById: number | null;
}
