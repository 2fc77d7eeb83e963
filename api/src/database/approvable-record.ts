import { Column } from 'typeorm';
import { VersionedRecord } from './versioned-record';

/**
 * What the workflow engine moves through its stages (its `Approvable`): the stage (`state`), when the
 * stage was entered (due dates and overdue counting start there), the version it checks, the id and the
 * scope column. `state`, `id` and `regionCode` are declared by each entity: their lengths, defaults and
 * indexes differ between tables and stay as they are.
 */
export abstract class ApprovableRecord extends VersionedRecord {
  abstract id: number;
  abstract regionCode: string;
  abstract state: string;

  @Column({ type: 'datetime', precision: 3 })
  stateChangedAt: Date;
}
