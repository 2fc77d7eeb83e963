import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per API process: how many times it has committed writes. The list caches (./caches.ts) stamp what
 * they remember with the sum over all processes and serve it only while the sum is unchanged, so no process
 * serves a total or a page boundary that another process's write made wrong. Each process writes only its own
 * row (no hot row shared by writers, no certification conflict between nodes on Galera).
 */
@Entity('list_write_marks')
export class ListWriteMark {
  /** the process (host:pid:random, as a job lease's owner) */
  @PrimaryColumn({ type: 'varchar', length: 80 })
  process: string;

  @Column({ type: 'bigint' })
  generation: string;

  @Column({ type: 'datetime', precision: 3 })
  updatedAt: Date;
}
