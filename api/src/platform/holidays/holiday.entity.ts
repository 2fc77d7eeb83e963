import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { HolidayKind } from '@yibao/shared';
import { VersionedRecord } from '../../database/versioned-record';

/**
 * One day of the working-day calendar (节假日安排): a day off, or a weekend made a working day (调休). The date
 * is kept as written (YYYY-MM-DD, a China calendar day), so both dialects compare and sort it alike.
 */
@Entity('holidays')
export class Holiday extends VersionedRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('uq_holidays_date', { unique: true })
  @Column({ type: 'varchar', length: 10 })
  date: string;

  @Column({ type: 'varchar', length: 16 })
  kind: HolidayKind;

  @Column({ type: 'varchar', length: 50 })
  name: string;
}
