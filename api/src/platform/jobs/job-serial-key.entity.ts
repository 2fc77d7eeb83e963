import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A serial key held by a running job (e.g. 'screening-run:330100:2026', 'import:roster:450202'): jobs with the same key run
 * one after another across every API process. The primary key is the hold: a job takes it by inserting the row (or by
 * updating a row whose holder's lease ran out or whose job has ended) and deletes it when it ends (./job-lease.ts).
 */
@Entity('job_serial_keys')
export class JobSerialKey {
  @PrimaryColumn({ type: 'varchar', length: 120 })
  serialKey: string;

  /** the table of the job holding it (`background_jobs`, `import_jobs`: each numbers its jobs from 1) */
  @Column({ type: 'varchar', length: 40, default: 'background_jobs' })
  jobTable: string;

  /** the job holding it, in `jobTable` */
  @Column({ type: 'int' })
  jobId: number;

  /** the process running that job (host:pid:random) */
  @Column({ type: 'varchar', length: 80 })
  holder: string;

  /** the hold lasts until then (database clock); renewed with the job's lease by its heartbeat */
  @Column({ type: 'datetime', precision: 3 })
  expiresAt: Date;
}
