import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ApprovableRecord } from '../../../database/approvable-record';

/** 医疗保障扶贫责任分工表 (S0 Annex 2): one per filing unit (city or county) and year. */
@Entity('responsibility_tables')
@Index('uq_responsibility_tables_region_year', ['regionCode', 'year'], { unique: true })
export class ResponsibilityTable extends ApprovableRecord {
  @PrimaryGeneratedColumn()
  id: number;

  /** the filing unit's region (scope column) */
  @Index('idx_responsibility_tables_region')
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ type: 'int' })
  year: number;

  @Index('idx_responsibility_tables_state')
  @Column({ type: 'varchar', length: 32 })
  state: string;

  /** YYYY-MM-DD, Beijing date */
  @Column({ type: 'varchar', length: 10 })
  dueDate: string;

  /** JSON array of {role, name, unit, title, phone} (not named `rows`: a reserved word in MySQL 8) */
  @Column({ type: 'text' })
  rowsJson: string;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  firstSubmittedAt: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  lastSubmittedAt: Date | null;

  /** set at the first submission: filed after the due date (Beijing date); null until filed */
  @Column({ type: 'boolean', nullable: true })
  filedLate: boolean | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  approvedAt: Date | null;

  @Column({ type: 'int' })
  createdById: number;
}
