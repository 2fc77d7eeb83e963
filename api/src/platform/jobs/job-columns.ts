import { Logger } from '@nestjs/common';
import { Column, CreateDateColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What every job a user starts has — file imports (`import_jobs`) and background runs (`background_jobs`):
 * who started it where (the region is the scope), its parameters, its state and its times.
 */
export abstract class StartedJob {
  @PrimaryGeneratedColumn()
  id: number;

  /** which importer or runner, e.g. 'roster', 'settlement-recompute' */
  @Column({ type: 'varchar', length: 32 })
  kind: string;

  /** the starter's region (scope); each table indexes it under its own name */
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ type: 'int' })
  userId: number;

  @Column({ type: 'varchar', length: 64 })
  username: string;

  /** JSON: the run's parameters, e.g. {"month":"2026-05"} */
  @Column({ type: 'varchar', length: 1000 })
  params: string;

  /** queued | running | succeeded | failed */
  @Column({ type: 'varchar', length: 16 })
  status: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  message: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  startedAt: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  finishedAt: Date | null;
}

/**
 * The jobs of one service running in this process: one promise per job id (never two runs of a job at
 * once), failures recorded by `fail`, and `settle()` for tests and shutdown.
 */
export class RunningJobs {
  private readonly running = new Map<number, Promise<void>>();

  constructor(
    private readonly logger: Logger,
    private readonly fail: (jobId: number, err: Error) => Promise<unknown>,
  ) {}

  schedule(jobId: number, work: () => Promise<void>): void {
    if (this.running.has(jobId)) return;
    const run = new Promise<void>((resolve) => setImmediate(resolve))
      .then(work)
      .catch(async (err: Error) => {
        this.logger.error(`job ${jobId} failed: ${err.stack ?? err}`);
        await this.fail(jobId, err);
      })
      .finally(() => this.running.delete(jobId));
    this.running.set(jobId, run);
  }

  /** Waits for a running job. */
  async settle(jobId: number): Promise<void> {
    await this.running.get(jobId);
  }
}
