import type { DataSource, EntityManager, EntityTarget } from 'typeorm';
import { quietForLists } from '../../common/list/caches';
import { ownerIsDeadHere, PROCESS_ID } from '../../common/process-id';
import { inTransaction } from '../../database/data-source';
import { dbClockSql } from '../../database/db-clock';
import type { StartedJob } from './job-columns';
import { JobSerialKey } from './job-serial-key.entity';

export { PROCESS_ID };

/** Thrown by a guarded write when another process has taken the job over: this process stops writing it. */
export class LeaseLost extends Error {
  constructor(jobId: number) {
    super(`job ${jobId}: the lease was taken over by another process`);
  }
}

/**
 * The leases of one job table (`import_jobs`, `background_jobs`): a job is run by the one process holding its
 * lease. A claim is one conditional UPDATE (the job is unowned, its lease ran out, or its owner died on this
 * host) checked by its affected rows — no table or named locks, nothing that needs a cluster-wide lock on
 * Galera (two claims on two nodes conflict at certification and one fails). Times are the database's clock,
 * so hosts with skewed clocks agree on expiry.
 */
export class JobLeases {
  /** the job table's name (a serial key names the table of the job holding it) */
  readonly table: string;
  /** the serial keys jobs of this table take before they run (RunningJobs.holdingKeys); renewed with the lease */
  readonly keys: SerialKeys;

  constructor(
    private readonly ds: DataSource,
    private readonly entity: EntityTarget<StartedJob>,
    /** how long a claim holds without a heartbeat: another process takes the job over after that */
    readonly leaseSeconds: number,
  ) {
    this.table = ds.getMetadata(entity).tableName;
    this.keys = new SerialKeys(ds, this);
  }

  /** the database clock's now, for SQL (shared with SerialKeys) */
  nowSql(): string {
    return dbClockSql(this.ds);
  }

  /** the database clock's now + the lease, for SQL */
  expirySql(): string {
    return dbClockSql(this.ds, this.leaseSeconds);
  }

  /** heartbeat and takeover poll period: three heartbeats fit in a lease */
  get beatMs(): number {
    return Math.max(200, Math.floor((this.leaseSeconds * 1000) / 3));
  }

  /** A job's status now (undefined: no such job). */
  async statusOf(jobId: number): Promise<string | undefined> {
    const row = await this.ds
      .createQueryBuilder(this.entity, 'j')
      .select('j.status', 'status')
      .where('j.id = :jobId', { jobId })
      .getRawOne<{ status: string }>();
    return row?.status;
  }

  /**
   * Unfinished jobs this process may take: unowned, lease run out, or owned by a dead process on this host
   * (oldest first, a few at a time).
   */
  async claimable(): Promise<StartedJob[]> {
    const rows = await this.ds.createQueryBuilder(this.entity, 'j').where(`j.status IN ('queued', 'running')`).orderBy('j.id', 'ASC').getMany();
    const expired = new Set(
      (
        await this.ds
          .createQueryBuilder(this.entity, 'j')
          .select('j.id', 'id')
          .where(`j.status IN ('queued', 'running') AND (j.leaseOwner IS NULL OR j.leaseExpiresAt < ${this.nowSql()})`)
          .getRawMany<{ id: number | string }>()
      ).map((r) => Number(r.id)),
    );
    return rows.filter((j) => j.leaseOwner !== PROCESS_ID && (expired.has(j.id) || (j.leaseOwner !== null && ownerIsDeadHere(j.leaseOwner))));
  }

  /**
   * Takes `job` (as read by `claimable`, or just inserted) for this process and counts the run in `attempts`:
   * true when this process now holds it. The condition is re-checked by the UPDATE itself, so of two
   * processes claiming at once exactly one succeeds.
   */
  async claim(job: Pick<StartedJob, 'id' | 'leaseOwner'>): Promise<boolean> {
    const deadOwner = job.leaseOwner !== null && job.leaseOwner !== PROCESS_ID && ownerIsDeadHere(job.leaseOwner) ? job.leaseOwner : null;
    try {
      const result = await inTransaction(this.ds, (em) =>
        quietForLists(em)
          .createQueryBuilder()
          .update(this.entity)
          .set({
            leaseOwner: PROCESS_ID,
            leaseExpiresAt: () => this.expirySql(),
            leaseHeartbeatAt: () => this.nowSql(),
            attempts: () => 'attempts + 1',
          })
          .where(`id = :id AND status IN ('queued', 'running')`, { id: job.id })
          .andWhere(`(leaseOwner IS NULL OR leaseExpiresAt < ${this.nowSql()}${deadOwner ? ' OR leaseOwner = :deadOwner' : ''})`, { deadOwner })
          .callListeners(false)
          .updateEntity(false)
          .execute(),
      );
      return result.affected === 1;
    } catch (err) {
      // two claims on two Galera nodes: the loser's commit fails certification (1213) — it simply did not claim
      if (/DEADLOCK|LOCK_WAIT|SQLITE_BUSY/.test(String((err as { code?: unknown })?.code ?? (err as { driverError?: { code?: unknown } })?.driverError?.code)))
        return false;
      throw err;
    }
  }

  /** The heartbeat: extends this process's lease; false when another process holds it now. */
  async renew(jobId: number): Promise<boolean> {
    const result = await inTransaction(this.ds, async (em) => {
      const renewed = await quietForLists(em)
        .createQueryBuilder()
        .update(this.entity)
        .set({ leaseExpiresAt: () => this.expirySql(), leaseHeartbeatAt: () => this.nowSql() })
        .where('id = :id AND leaseOwner = :me', { id: jobId, me: PROCESS_ID })
        .callListeners(false)
        .updateEntity(false)
        .execute();
      // the serial keys the job holds last as long as its lease (SerialKeys)
      if (renewed.affected === 1)
        await em
          .createQueryBuilder()
          .update(JobSerialKey)
          .set({ expiresAt: () => this.expirySql() })
          .where('jobTable = :table AND jobId = :id AND holder = :me', { table: this.table, id: jobId, me: PROCESS_ID })
          .callListeners(false)
          .updateEntity(false)
          .execute();
      return renewed;
    });
    return result.affected === 1;
  }

  /**
   * Gives a job this process claimed back to the queue without running it (its serial key is held by another job):
   * unowned and `queued` again, the claim's count taken back from `attempts` — the next takeover poll of any process
   * claims it again.
   */
  async requeue(jobId: number): Promise<void> {
    await inTransaction(this.ds, (em) =>
      quietForLists(em)
        .createQueryBuilder()
        .update(this.entity)
        .set({ status: 'queued', leaseOwner: null, leaseExpiresAt: null, leaseHeartbeatAt: null, attempts: () => 'attempts - 1' })
        .where('id = :id AND leaseOwner = :me', { id: jobId, me: PROCESS_ID })
        .callListeners(false)
        .updateEntity(false)
        .execute(),
    );
  }

  /**
   * Writes `changes` to the job only while this process holds its lease, and extends the lease: inside a batch's
   * transaction this is the check before the batch commits — a lost lease throws LeaseLost and the batch rolls
   * back, so a batch is never applied by two processes. Without `em`, its own statement.
   */
  async write(jobId: number, changes: Partial<StartedJob> & Record<string, unknown>, em?: EntityManager): Promise<void> {
    const run = (m: EntityManager) =>
      m
        .createQueryBuilder()
        .update(this.entity)
        .set({ ...changes, leaseExpiresAt: () => this.expirySql(), leaseHeartbeatAt: () => this.nowSql() })
        .where('id = :id AND leaseOwner = :me', { id: jobId, me: PROCESS_ID })
        .updateEntity(false)
        .execute();
    const result = em ? await run(em) : await inTransaction(this.ds, run);
    if (result.affected !== 1) throw new LeaseLost(jobId);
  }

  /**
   * Keeps the lease of a running job alive until the returned stop is called. `lost` is told once when another
   * process holds it (the job's next guarded write throws LeaseLost); a renewal that fails (database away) is
   * told to `failed` and tried again at the next beat.
   */
  heartbeat(jobId: number, lost: () => void, failed: (err: unknown) => void): () => void {
    let stopped = false;
    const stop = () => {
      stopped = true;
      clearInterval(timer);
    };
    const timer = setInterval(() => {
      this.renew(jobId).then(
        (held) => {
          if (held || stopped) return;
          stop();
          lost();
        },
        (err) => !stopped && failed(err),
      );
    }, this.beatMs);
    timer.unref();
    return stop;
  }
}

/** A driver error that means "another transaction has it" (duplicate key; a Galera certification failure, 1213). */
function isTaken(err: unknown): boolean {
  const code = String((err as { driverError?: { code?: unknown } })?.driverError?.code ?? (err as { code?: unknown })?.code ?? '');
  return /DUP_ENTRY|CONSTRAINT_PRIMARYKEY|CONSTRAINT_UNIQUE|DEADLOCK|LOCK_WAIT|SQLITE_BUSY/.test(code);
}

/**
 * Serial keys (`job_serial_keys`): jobs with the same key (a runner's kind + pooling region + year…, an import's kind
 * + county) never run at once in any API process. A job takes all its keys before it starts, or none (it then goes
 * back to the queue and a takeover poll tries again); each key is one conditional INSERT, or an UPDATE of a hold whose
 * lease ran out, whose job has ended, or that is this job's own from a run that died, checked by affected rows — no
 * named or table locks (Galera: two takes on two nodes conflict at certification and one fails). A hold names its
 * job's table (background jobs and imports number their jobs apart). Held keys are renewed by the job's heartbeat
 * (JobLeases.renew) and deleted when the run ends. Used through RunningJobs.holdingKeys.
 */
export class SerialKeys {
  constructor(
    private readonly ds: DataSource,
    private readonly leases: JobLeases,
  ) {}

  /** Takes every key for `jobId` (sorted, so two jobs wanting the same two keys cannot each hold one): false when one is held. */
  async take(jobId: number, keys: readonly string[]): Promise<boolean> {
    for (const key of [...new Set(keys)].sort()) {
      if (!(await this.takeOne(jobId, key))) {
        await this.release(jobId);
        return false;
      }
    }
    return true;
  }

  private async takeOne(jobId: number, serialKey: string): Promise<boolean> {
    const jobTable = this.leases.table;
    try {
      await inTransaction(this.ds, (em) =>
        quietForLists(em)
          .createQueryBuilder()
          .insert()
          .into(JobSerialKey)
          .values({ serialKey, jobTable, jobId, holder: PROCESS_ID, expiresAt: () => this.leases.expirySql() })
          .callListeners(false)
          .updateEntity(false)
          .execute(),
      );
      return true;
    } catch (err) {
      if (!isTaken(err)) throw err;
    }
    try {
      const jobs = this.ds.driver.escape(jobTable);
      const held = this.ds.driver.escape('job_serial_keys');
      const result = await inTransaction(this.ds, (em) =>
        quietForLists(em)
          .createQueryBuilder()
          .update(JobSerialKey)
          .set({ jobTable, jobId, holder: PROCESS_ID, expiresAt: () => this.leases.expirySql() })
          .where('serialKey = :serialKey', { serialKey })
          .andWhere(
            `(expiresAt < ${this.leases.nowSql()} OR (jobTable = :jobTable AND (jobId = :jobId OR NOT EXISTS (SELECT 1 FROM ${jobs} j WHERE j.id = ${held}.jobId AND j.status IN ('queued', 'running')))))`,
            { jobTable, jobId },
          )
          .callListeners(false)
          .updateEntity(false)
          .execute(),
      );
      return result.affected === 1;
    } catch (err) {
      if (isTaken(err)) return false;
      throw err;
    }
  }

  /** Lets go of every key `jobId` holds in this process (a key another process has taken over is not touched). */
  async release(jobId: number): Promise<void> {
    await inTransaction(this.ds, (em) =>
      quietForLists(em)
        .createQueryBuilder()
        .delete()
        .from(JobSerialKey)
        .where('jobTable = :jobTable AND jobId = :jobId AND holder = :me', { jobTable: this.leases.table, jobId, me: PROCESS_ID })
        .callListeners(false)
        .execute(),
    );
  }
}
