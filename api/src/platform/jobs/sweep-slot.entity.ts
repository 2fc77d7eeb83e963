import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A scheduled sweep's run in one schedule slot (the nightly compliance run of 2026-12-06…): the process that
 * inserts the row runs the sweep; the others find the key taken and do not. The primary key is the claim.
 */
@Entity('sweep_slots')
export class SweepSlot {
  /** the sweep's name, e.g. 'daily sweep' */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  sweep: string;

  /** the slot's start, ISO UTC (the day's `utcHour`:00) */
  @PrimaryColumn({ type: 'varchar', length: 24 })
  slot: string;

  /** the process that won the slot (host:pid:random) */
  @Column({ type: 'varchar', length: 80 })
  owner: string;

  @Column({ type: 'datetime', precision: 3 })
  claimedAt: Date;
}
