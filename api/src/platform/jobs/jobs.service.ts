import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { type BackgroundJobRecord, NATIONAL_ROOT_CODE, regionScopePrefix, type Resource } from '@yibao/shared';
import type { Actor } from '../../common/actor';
import { fetchList, ListSpec } from '../../common/list';
import { assertInScope, scopeQuery } from '../../common/region-scope';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { inTransaction, pruneCommitMarkers } from '../../database/data-source';
import { AuditLogService } from '../audit-log/audit-log.service';
import { BackgroundJob } from './background-job.entity';
import { GAVE_UP_MESSAGE, MAX_JOB_ATTEMPTS, RunningJobs, toJobRecord } from './job-columns';
import { JobLeases, LeaseLost, PROCESS_ID } from './job-lease';
import { SweepSlot } from './sweep-slot.entity';

/** What a runner may report while it works. */
export interface JobProgress {
  /** units done so far and, once known, the total (both saved on the job, so clients can draw a bar) */
  report(processed: number, total?: number): Promise<void>;
  /**
   * Called inside each of the runner's write transactions (a batch, its closing audit record), last: confirms that
   * this process still holds the job's lease (and renews it) with the same guarded job-row update an import's batch
   * makes. Taken over by another process meanwhile → LeaseLost, the transaction rolls back and the run stops: a
   * process that lost its lease commits nothing further.
   */
  confirmLease(em: EntityManager): Promise<void>;
  /** the job being run (a runner that stamps its output with the run, e.g. 疑点's runId); absent outside a job */
  readonly jobId?: number;
}

/** A runner called outside a job (the demo seed): nothing to report, no lease to hold. */
export const OUTSIDE_A_JOB: JobProgress = { report: async () => undefined, confirmLease: async () => undefined };

/**
 * One kind of background run. `run` must be idempotent: a job interrupted by a restart is run again from
 * the start. `actor` is the starter as they were when they started it (scope, role).
 */
export interface JobRunner<P = Record<string, unknown>, R = Record<string, unknown>> {
  kind: string;
  resource: Resource;
  run(actor: Actor, params: P, progress: JobProgress): Promise<R>;
  /**
   * The job's serial keys (e.g. `screening-run:330100:2026`): a job runs only while it holds all of them, so two jobs
   * sharing a key never run at once in any API process — runs that replace results of the same region and year.
   * A job whose key another job holds stays queued and is tried again at the next takeover poll (SerialKeys).
   */
  serialKeys?(params: P): string[] | Promise<string[]>;
}

export const JOB_LIST: ListSpec = {
  fields: {
    id: { type: 'int' },
    regionCode: { type: 'string' },
    username: { type: 'string' },
    status: { type: 'string' },
    createdAt: { type: 'date' },
  },
  search: ['username'],
  defaultSort: [['id', 'DESC']],
};

const DAY_MS = 86_400_000;

/** 04:00 China time: the daily prune of Galera's commit markers (database/data-source.ts), a quiet hour. */
const COMMIT_MARKER_PRUNE_UTC_HOUR = 20;

/**
 * The daily slot a run at `at` belongs to: the latest `utcHour`:00 UTC at or before it, with five minutes' grace
 * for a timer that fires a little early — the same key in every process.
 */
export function dailySlot(utcHour: number, at: Date): string {
  const t = at.getTime() + 5 * 60_000;
  const day = new Date(t);
  let slot = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), utcHour);
  if (slot > t) slot -= DAY_MS;
  return new Date(slot).toISOString();
}

/**
 * The platform itself as a job's starter (`system` in the job list and the audit log) — the scheduled runs. At a region
 * (its scope and where the job is listed), the national root by default.
 */
export function systemActor(regionCode: string = NATIONAL_ROOT_CODE): Actor {
  return {
    userId: 0,
    username: 'system',
    role: 'system_admin',
    regionCode,
    scopePrefix: regionScopePrefix(regionCode),
    sessionId: '',
    csrfToken: '',
    viaCookie: false,
    ip: null,
  };
}

function withoutStarter({ starter: _starter, ...params }: Record<string, unknown>): Record<string, unknown> {
  return params;
}

function toRecord(j: BackgroundJob): BackgroundJobRecord {
  // the runner counts its units first: until then (0, still running) the total is unknown
  const counted = j.totalUnits > 0 || j.status === 'succeeded' || j.status === 'failed';
  return {
    ...toJobRecord(j, withoutStarter(JSON.parse(j.params)), j.processedUnits, counted ? j.totalUnits : null),
    totalUnits: j.totalUnits,
    processedUnits: j.processedUnits,
    result: j.result ? JSON.parse(j.result) : null,
  };
}

/**
 * Background runs other than file imports (those have their own pipeline, `ImportsService`): start → 202
 * with the job, progress saved as the runner reports it, the summary kept on the job, audit-logged at start.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly runners = new Map<string, JobRunner>();
  /** which API process runs which job: one claims it, the others take it over if that one dies */
  private readonly leases: JobLeases;
  private readonly running: RunningJobs;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly audit: AuditLogService,
  ) {
    this.leases = new JobLeases(ds, BackgroundJob, config.jobLeaseSeconds);
    this.running = new RunningJobs(
      this.logger,
      (jobId, message) => this.finish(jobId, { status: 'failed', message: `运行失败：${message}`.slice(0, 1000) }),
      this.leases,
    );
  }

  /** The job's end, written only while this process holds it (another process that took it over writes its own). */
  private async finish(jobId: number, changes: Partial<BackgroundJob>): Promise<void> {
    try {
      await this.leases.write(jobId, { ...changes, finishedAt: new Date() });
    } catch (err) {
      if (!(err instanceof LeaseLost)) throw err;
    }
  }

  register<P, R>(runner: JobRunner<P, R>): void {
    this.runners.set(runner.kind, runner as unknown as JobRunner);
  }

  /**
   * Jobs cut short by a stop run again (runners are idempotent), unless a process died under them twice — at
   * start-up, and whenever another API process died under one (its lease ran out: `watch`).
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.running.takeOver((job) => this.adopt(job as BackgroundJob));
    this.running.watch((job) => this.adopt(job as BackgroundJob));
    // commit markers are only looked up seconds after their COMMIT: one sweep a day keeps the table small
    this.daily(COMMIT_MARKER_PRUNE_UTC_HOUR, 'commit marker prune', () => pruneCommitMarkers(this.ds));
  }

  /** A job this process has just claimed from a stopped one (`job` as it was before the claim). */
  private async adopt(job: BackgroundJob): Promise<void> {
    if (job.attempts >= MAX_JOB_ATTEMPTS) {
      this.logger.warn(`job ${job.id} (${job.kind}) not run again: the process stopped under it ${job.attempts} times`);
      await this.finish(job.id, { status: 'failed', message: GAVE_UP_MESSAGE });
    } else if (this.runners.has(job.kind)) {
      // a queued job is one waiting for its serial key (or whose starter died before running it): said once, when cut short
      if (job.status === 'running') this.logger.log(`running job ${job.id} (${job.kind}) again after its process stopped`);
      const starter = JSON.parse(job.params).starter as Pick<Actor, 'userId' | 'username' | 'role' | 'regionCode' | 'scopePrefix' | 'ip'>;
      this.schedule(job.id, { ...starter, sessionId: '', csrfToken: '', viaCookie: false });
    } else {
      await this.finish(job.id, { status: 'failed', message: '服务重启后无法继续，请重新发起 (cannot continue after a restart; start it again)' });
    }
  }

  async start(actor: Actor, kind: string, params: Record<string, unknown>): Promise<BackgroundJobRecord> {
    const runner = this.runners.get(kind);
    if (!runner) throw new Error(`no job runner ${kind}`);
    const job = await inTransaction(this.ds, async (em) => {
      // the starter is kept with the parameters so a restarted run has the same scope
      const stored = {
        ...params,
        starter: {
          userId: actor.userId,
          username: actor.username,
          role: actor.role,
          regionCode: actor.regionCode,
          scopePrefix: actor.scopePrefix,
          ip: actor.ip,
        },
      };
      const saved = await em.save(
        em.create(BackgroundJob, {
          kind,
          regionCode: actor.regionCode,
          userId: actor.userId,
          username: actor.username,
          params: JSON.stringify(stored),
          status: 'queued',
          totalUnits: 0,
          processedUnits: 0,
          result: null,
          message: null,
          startedAt: null,
          finishedAt: null,
          attempts: 0,
        }),
      );
      await this.audit.append(em, actor, { action: 'create', resource: runner.resource, resourceId: saved.id, after: params });
      return saved;
    });
    // normally this process runs it; if another took it first (its takeover poll), that one does
    if (await this.leases.claim(job)) this.schedule(job.id, actor);
    return toRecord(job);
  }

  private schedule(jobId: number, actor: Actor): void {
    const repo = this.ds.getRepository(BackgroundJob);
    this.running.schedule(jobId, async () => {
      const job = await repo.findOneByOrFail({ id: jobId });
      const runner = this.runners.get(job.kind)!;
      const params = withoutStarter(JSON.parse(job.params));
      // another job runs with one of the keys: back to the queue, claimed again at a later poll
      await this.running.holdingKeys(jobId, (await runner.serialKeys?.(params)) ?? [], () => this.runHeld(jobId, runner, actor, params));
    });
  }

  /** The run of a job this process holds (with its serial keys, if any). */
  private async runHeld(jobId: number, runner: JobRunner, actor: Actor, params: Record<string, unknown>): Promise<void> {
    // the claim counted the run in `attempts`; every write below checks this process still holds the job
    await this.leases.write(jobId, { status: 'running', startedAt: new Date(), processedUnits: 0 });
    const progress: JobProgress = {
      jobId,
      // a runner reports between its batches: a job taken over by another process stops here (LeaseLost)
      report: async (processed, total) => {
        await this.leases.write(jobId, total === undefined ? { processedUnits: processed } : { processedUnits: processed, totalUnits: total });
      },
      confirmLease: (em) => this.leases.write(jobId, {}, em),
    };
    const result = await runner.run(actor, params, progress);
    await this.leases.write(jobId, { status: 'succeeded', result: JSON.stringify(result), finishedAt: new Date() });
  }

  /**
   * The one daily schedule (the notification sweep, the nightly compliance run): `start` at the next `utcHour`:00 UTC,
   * then every 24 hours, by whichever API process wins the slot (`runInSlot`); a failure is logged, never thrown;
   * the timers do not keep the process alive and stop at shutdown.
   */
  daily(utcHour: number, what: string, start: () => Promise<unknown>): void {
    const run = () => void this.runInSlot(what, dailySlot(utcHour, new Date()), start).catch((e) => this.logger.error(`${what}: ${(e as Error)?.stack ?? e}`));
    const now = new Date();
    const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), utcHour));
    if (next <= now) next.setTime(next.getTime() + DAY_MS);
    const first = setTimeout(() => {
      run();
      const daily = setInterval(run, DAY_MS);
      daily.unref();
      this.timers.push(daily);
    }, next.getTime() - now.getTime());
    first.unref();
    this.timers.push(first);
  }

  /**
   * Runs `start` for the schedule slot `slot` (ISO UTC) of the sweep `what` if this process is the first to claim
   * it — the insert of the slot's row, whose primary key (sweep, slot) lets exactly one insert in: with several API
   * processes each sweep runs once per slot. True when this process ran it.
   */
  async runInSlot(what: string, slot: string, start: () => Promise<unknown>): Promise<boolean> {
    try {
      await inTransaction(this.ds, (em) => em.insert(SweepSlot, { sweep: what.slice(0, 64), slot, owner: PROCESS_ID, claimedAt: new Date() }));
    } catch (err) {
      const code = String((err as { driverError?: { code?: unknown } })?.driverError?.code ?? (err as { code?: unknown })?.code ?? '');
      // taken by another process (on Galera a concurrent insert on another node fails certification instead)
      if (/DUP_ENTRY|CONSTRAINT_PRIMARYKEY|CONSTRAINT_UNIQUE|DEADLOCK/.test(code)) return false;
      throw err;
    }
    await start();
    return true;
  }

  onModuleDestroy(): void {
    for (const t of this.timers) clearTimeout(t);
    this.running.stop();
  }

  /** Waits for a job (RunningJobs.settle). */
  settle(jobId: number): Promise<void> {
    return this.running.settle(jobId);
  }

  async get(actor: Actor, kind: string, id: number): Promise<BackgroundJobRecord> {
    const job = await this.ds.getRepository(BackgroundJob).findOneBy({ id, kind });
    return toRecord(assertInScope(actor, job, (j) => j.regionCode, this.runners.get(kind)?.resource ?? kind, id));
  }

  async list(actor: Actor, kind: string, query: Record<string, unknown>) {
    const qb = scopeQuery(this.ds.getRepository(BackgroundJob).createQueryBuilder('j'), actor).andWhere('j.kind = :kind', { kind });
    const { rows, total } = await fetchList(qb, query, JOB_LIST);
    return { rows: rows.map(toRecord), total };
  }
}
