import { HttpException, Logger } from '@nestjs/common';
import { Column, CreateDateColumn, PrimaryGeneratedColumn, QueryFailedError } from 'typeorm';
import { type JobRecord, type JobStatus, maskIdNumbersIn } from '@yibao/shared';

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

  /** runs started (the first included); a job the process died under MAX_JOB_ATTEMPTS times is not run again */
  @Column({ type: 'int', default: 0 })
  attempts: number;
}

/**
 * The fields every job record has on the wire (`JobRecord`), from its row: each kind adds its own fields and
 * names its progress columns (`processed`, and `total` once counted, else null).
 */
export function toJobRecord(j: StartedJob, params: Record<string, unknown>, processed: number, total: number | null): JobRecord {
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    id: j.id,
    kind: j.kind,
    regionCode: j.regionCode,
    username: j.username,
    params,
    status: j.status as JobStatus,
    processed,
    total,
    message: j.message,
    createdAt: iso(j.createdAt)!,
    startedAt: iso(j.startedAt),
    finishedAt: iso(j.finishedAt),
  };
}

/**
 * Runs of one job the process may die under before it stops trying: a file or parameters that kill the
 * process would otherwise kill it again at every start.
 */
export const MAX_JOB_ATTEMPTS = 2;

export const GAVE_UP_MESSAGE =
  '服务两次在运行此任务时中断，不再自动重试；请检查文件或参数后重新发起 (the server stopped twice while running this job, so it is not run again; check the file or parameters and start it again)';

/** An error whose message is written for the person who started the job (bilingual), shown as it is. */
export class JobFailure extends Error {}

/**
 * What a failed job says to people: a JobFailure's or an HTTP error's own message, a plain word for a clash
 * with concurrent work, otherwise that the details are in the server log — never a driver's text (it quotes
 * rows, ID numbers and index names).
 */
export function jobFailureMessage(err: unknown): string {
  if (err instanceof JobFailure) return err.message;
  if (err instanceof HttpException) {
    const body = err.getResponse();
    const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
    return Array.isArray(message) ? message.join('；') : String(message ?? err.message);
  }
  const code = err instanceof QueryFailedError ? String((err.driverError as { code?: unknown } | undefined)?.code ?? '') : '';
  if (/DUP_ENTRY|CONSTRAINT_UNIQUE|CONSTRAINT_PRIMARYKEY|DEADLOCK|LOCK_WAIT|SQLITE_BUSY/.test(code)) {
    return '与同时进行的其他操作冲突，请稍后重新发起 (it clashed with other work running at the same time; start it again later)';
  }
  return '服务器内部错误，详情已记入服务器日志 (internal error; the details are in the server log)';
}

/**
 * The jobs of one service running in this process: one promise per job id (never two runs of a job at
 * once), failures recorded by `fail`, and `settle()` for tests and shutdown.
 */
export class RunningJobs {
  private readonly running = new Map<number, Promise<void>>();

  constructor(
    private readonly logger: Logger,
    /** records the failure; `message` is for people (jobFailureMessage) */
    private readonly fail: (jobId: number, message: string) => Promise<unknown>,
  ) {}

  schedule(jobId: number, work: () => Promise<void>): void {
    if (this.running.has(jobId)) return;
    const run = new Promise<void>((resolve) => setImmediate(resolve))
      .then(work)
      .catch(async (err: Error) => {
        // the raw error goes to the log only, with any ID number in it masked
        this.logger.error(maskIdNumbersIn(`job ${jobId} failed: ${err?.stack ?? err}`));
        await this.fail(jobId, jobFailureMessage(err)).catch((e: Error) =>
          this.logger.error(maskIdNumbersIn(`job ${jobId}: recording the failure failed: ${e?.message}`)),
        );
      })
      .finally(() => this.running.delete(jobId));
    this.running.set(jobId, run);
  }

  /** Waits for a running job. */
  async settle(jobId: number): Promise<void> {
    await this.running.get(jobId);
  }
}
