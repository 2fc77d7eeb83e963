import { HttpException, Logger } from '@nestjs/common';
import { Column, CreateDateColumn, PrimaryGeneratedColumn, QueryFailedError } from 'typeorm';
import { type JobRecord, type JobStatus, maskIdNumbersIn } from '@yibao/shared';
import { type JobLeases, LeaseLost } from './job-lease';

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

  /** the process running it (host:pid:random, `PROCESS_ID`), null until one claims it (./job-lease.ts) */
  @Column({ type: 'varchar', length: 80, nullable: true })
  leaseOwner: string | null;

  /** the owner's claim holds until then (database clock); renewed by its heartbeat and by every committed batch */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  leaseExpiresAt: Date | null;

  /** the owner's last heartbeat (database clock) */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  leaseHeartbeatAt: Date | null;
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
 * once), failures recorded by `fail`, and `settle()` for tests and shutdown. With `leases` (./job-lease.ts), a
 * running job's lease is kept alive by a heartbeat, a job taken over by another process ends here quietly
 * (LeaseLost: that process records the outcome), and `watch` takes over the jobs of processes that died.
 */
export class RunningJobs {
  private readonly running = new Map<number, Promise<void>>();
  private poller: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;
  private adopting: ((job: StartedJob) => Promise<void>) | null = null;
  /** a poll was asked for while one was under way: run another after it (the one under way may have read too early) */
  private pollAgain = false;

  constructor(
    private readonly logger: Logger,
    /** records the failure; `message` is for people (jobFailureMessage) */
    private readonly fail: (jobId: number, message: string) => Promise<unknown>,
    private readonly leases?: JobLeases,
  ) {}

  schedule(jobId: number, work: () => Promise<void>): void {
    if (this.running.has(jobId)) return;
    const stopBeat = this.leases?.heartbeat(
      jobId,
      () => this.logger.warn(`job ${jobId}: another process took it over; this one stops writing it`),
      (err) => this.logger.warn(`job ${jobId}: renewing the lease failed: ${(err as Error)?.message}`),
    );
    const run = new Promise<void>((resolve) => setImmediate(resolve))
      .then(work)
      .catch(async (err: Error) => {
        if (err instanceof LeaseLost) {
          this.logger.warn(err.message);
          return;
        }
        // the raw error goes to the log only, with any ID number in it masked
        this.logger.error(maskIdNumbersIn(`job ${jobId} failed: ${err?.stack ?? err}`));
        await this.fail(jobId, jobFailureMessage(err)).catch((e: Error) =>
          this.logger.error(maskIdNumbersIn(`job ${jobId}: recording the failure failed: ${e?.message}`)),
        );
      })
      .finally(() => {
        stopBeat?.();
        this.running.delete(jobId);
      });
    this.running.set(jobId, run);
  }

  /**
   * Runs `work` for `jobId` (a job this process holds) while it holds every one of `keys` (SerialKeys): when another
   * job holds one, the job goes back to the queue unrun — a takeover poll claims it again — and false is returned.
   * The keys are let go of when the work ends, and this process polls at once for a job that waited for them (other
   * processes find it at their next beat).
   */
  async holdingKeys(jobId: number, keys: readonly string[], work: () => Promise<void>): Promise<boolean> {
    if (!this.leases || !keys.length) {
      await work();
      return true;
    }
    if (!(await this.leases.keys.take(jobId, keys))) {
      // not run, so not failed: a requeue that fails leaves the job claimed until its lease runs out, then taken over
      await this.leases.requeue(jobId).catch((err: Error) => this.logger.warn(`job ${jobId}: putting it back in the queue failed: ${err?.message}`));
      return false;
    }
    try {
      await work();
    } finally {
      // the run's outcome stands: keys not let go of free themselves once the job has ended or the lease ran out
      await this.leases.keys.release(jobId).catch((err: Error) => this.logger.warn(`job ${jobId}: letting go of its serial keys failed: ${err?.message}`));
      this.pollNow();
    }
    return true;
  }

  /**
   * Waits for a running job (tests, the demo seed) — and for a job queued behind another's serial key until it has
   * started and this process's run of it ended (run elsewhere, it is not waited for).
   */
  async settle(jobId: number): Promise<void> {
    for (;;) {
      await this.running.get(jobId);
      if (!this.leases || (await this.leases.statusOf(jobId)) !== 'queued') return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /**
   * Claims the unfinished jobs nobody holds (unowned, lease run out, owner dead on this host) and hands each one
   * this process won to `adopt`, with the job as it was before the claim (its `attempts` not yet counting this
   * run). At start-up this is the resume after a restart; `watch` repeats it every heartbeat.
   */
  async takeOver(adopt: (job: StartedJob) => Promise<void>): Promise<void> {
    if (!this.leases) return;
    for (const job of await this.leases.claimable()) {
      if (this.running.has(job.id) || !(await this.leases.claim(job))) continue;
      await adopt(job);
    }
  }

  /** Runs `takeOver` every heartbeat period until `stop` (the timer does not keep the process alive). */
  watch(adopt: (job: StartedJob) => Promise<void>): void {
    if (!this.leases || this.poller) return;
    this.adopting = adopt;
    this.poller = setInterval(() => this.poll(false), this.leases.beatMs);
    this.poller.unref();
  }

  /**
   * Polls for claimable jobs now rather than at the next beat (a job let go of a serial key: a job of this process
   * waiting for it starts at once; other processes find it at their next beat).
   */
  pollNow(): void {
    this.poll(true);
  }

  private poll(again: boolean): void {
    if (!this.adopting || !this.poller) return;
    if (this.polling) {
      this.pollAgain ||= again;
      return;
    }
    this.polling = this.takeOver(this.adopting)
      .catch((err: Error) => this.logger.warn(`taking over jobs failed: ${err?.message}`))
      .finally(() => {
        this.polling = null;
        if (this.pollAgain) {
          this.pollAgain = false;
          this.poll(false);
        }
      });
  }

  stop(): void {
    if (this.poller) clearInterval(this.poller);
    this.poller = null;
  }
}
