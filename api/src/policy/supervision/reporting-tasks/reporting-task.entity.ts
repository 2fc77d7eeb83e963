import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedRecord } from '../../../database/versioned-record';

/**
 * 报送任务: one report a filing unit is expected to file for one period (DOMAIN §5) — generated from the duty
 * catalogue, received when the product's own record changes state or when the unit submits it with evidence.
 */
@Entity('reporting_tasks')
@Index('uq_reporting_tasks_duty_region_period', ['duty', 'regionCode', 'period'], { unique: true })
export class ReportingTask extends VersionedRecord {
  @PrimaryGeneratedColumn()
  id: number;

  /** a ReportingDuty code */
  @Column({ type: 'varchar', length: 32 })
  duty: string;

  /** the filing unit (scope column) */
  @Index('idx_reporting_tasks_region')
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  /** `2026-10`, `2026-Q3` or `2026` */
  @Index('idx_reporting_tasks_period')
  @Column({ type: 'varchar', length: 7 })
  period: string;

  /** YYYY-MM-DD, Beijing date, from the duty's due rule when the task was generated */
  @Column({ type: 'varchar', length: 10 })
  dueOn: string;

  /** the due rule's source */
  @Column({ type: 'varchar', length: 255 })
  dueSource: string;

  /** the first receipt; later ones (a table submitted again, a second import) do not move it */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  receivedAt: Date | null;

  /** set at receipt: received on or before the due day (Beijing date) */
  @Column({ type: 'boolean', nullable: true })
  onTime: boolean | null;

  /** set at receipt: whole days after the due day */
  @Column({ type: 'int', nullable: true })
  daysLate: number | null;

  /** the product's record that fulfilled it (`responsibility-tables`, `roster-imports`, `enrollment-bulletin`); null for a submission */
  @Column({ type: 'varchar', length: 32, nullable: true })
  fulfilledByResource: string | null;

  @Column({ type: 'int', nullable: true })
  fulfilledById: number | null;

  /** who submitted it (a submission duty) */
  @Column({ type: 'int', nullable: true })
  submittedById: number | null;
}
