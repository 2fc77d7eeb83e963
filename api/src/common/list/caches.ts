import {
  type DataSource,
  type EntityManager,
  EventSubscriber,
  type EntitySubscriberInterface,
  type InsertEvent,
  type ObjectLiteral,
  type QueryRunner,
  type RemoveEvent,
  type SelectQueryBuilder,
  type SoftRemoveEvent,
  type RecoverEvent,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
  type UpdateEvent,
} from 'typeorm';
import { Logger } from '@nestjs/common';
import { dbClockSql } from '../../database/db-clock';
import { PROCESS_ID } from '../process-id';
import { ListWriteMark } from './list-write-mark.entity';

/**
 * What the list paths remember between requests (see ./index.ts): slow counts, bookmarks of deep pages and the
 * server's table size estimates. Kept per process, bounded by `listTuning`, and agreeing across the API processes
 * on one database: counts and bookmarks are stamped with the database's write marks (`list_write_marks`, one row
 * per process, raised after each of its commits) and served only while no process has written since.
 */
/** Tunables of the large-list paths (see the header comment); tests lower them to exercise those paths. */
export const listTuning = {
  /** from this `_start` on, page through primary keys first (deferred join) */
  deferredJoinFrom: 1000,
  /**
   * a count slower than this is cached (until any process writes anything) … — low: serving a cached count costs
   * one read of the few-row marks table (~0.3 ms), and a 20-row queue page over a city's 40k 疑点 counted them
   * (12–16 ms of the database's CPU) on every request while its count stayed under the former 20 ms
   */
  slowCountMs: 2,
  /** … for at most this long */
  countTtlMs: 15_000,
  /** entries kept in the count cache (and list queries with bookmarks) */
  countCacheSize: 500,
  /** a deep `_start` seeks from a bookmark at most this many rows above it */
  bookmarkReach: 2000,
  bookmarkTtlMs: 120_000,
};

// ---- write marks: "has any process written since?" ----

interface MarkState {
  /** a raise not started yet: a commit that finds one is covered by it */
  queued: Promise<void> | null;
  /** the raise in flight (it may have started before the latest commit) */
  running: Promise<void> | null;
}
const markStates = new WeakMap<DataSource, MarkState>();

/**
 * Raises this process's write mark by one (inserting its row the first time, or again after it was pruned), on the
 * connection of the commit that asked for it when there is one: that connection is still held while the commit's
 * subscribers run, and asking the pool for another could wait forever when every pooled connection is a commit
 * waiting for its mark (20 concurrent writers on a pool of 10 did).
 */
async function raiseMark(ds: DataSource, runner?: QueryRunner): Promise<void> {
  const usable = runner && !runner.isReleased ? runner : undefined;
  const raised = await ds
    .createQueryBuilder(usable)
    .update(ListWriteMark)
    .set({ generation: () => 'generation + 1', updatedAt: () => dbClockSql(ds) })
    .where('process = :process', { process: PROCESS_ID })
    .callListeners(false)
    .updateEntity(false)
    .execute();
  if (raised.affected === 1) return;
  await ds
    .createQueryBuilder(usable)
    .insert()
    .into(ListWriteMark)
    .values({ process: PROCESS_ID, generation: '1', updatedAt: () => dbClockSql(ds) })
    .orIgnore()
    .callListeners(false)
    .updateEntity(false)
    .execute();
}

/**
 * Tells the other processes that this one has committed a write. Awaited by the commit (TypeORM awaits its
 * subscribers), so the write's request answers only after its mark is raised: the user's next request, to any
 * process, sees the exact total. Commits that arrive while a raise is in flight share the next one (at most one
 * UPDATE of this process's row at a time, so the row is never contended). A failed raise is logged by the caller's
 * error path only as a warning: the write itself has committed.
 */
export function markWrite(ds: DataSource, runner?: QueryRunner): Promise<void> {
  let state = markStates.get(ds);
  if (!state) markStates.set(ds, (state = { queued: null, running: null }));
  if (state.queued) return state.queued;
  const st = state;
  const next: Promise<void> = (st.running ?? Promise.resolve())
    .catch(() => undefined)
    .then(() => {
      st.queued = null;
      st.running = next;
      // the runner of the commit that queued this raise: it awaits the raise, so its connection is still held
      return raiseMark(ds, runner);
    })
    .finally(() => {
      if (st.running === next) st.running = null;
    });
  st.queued = next;
  return next.catch((err: Error) => {
    // before the migration that makes the table (the migrations' own commits) there is nothing to raise
    if (/no such table|doesn't exist/i.test(String(err?.message))) return;
    // the write has committed; only other processes' caches may lag (≤ countTtlMs)
    new Logger('Lists').warn(`list write mark not raised: ${err?.message}`);
  });
}

/**
 * The sum of every process's write marks: unchanged exactly while no process has committed a write. Read on `em`
 * when the caller is inside a transaction (its connection: asking the pool for another could wait forever when
 * every pooled connection is such a transaction; its snapshot is no older than the request).
 */
async function writeFingerprint(ds: DataSource, em?: EntityManager): Promise<string> {
  const table = ds.getMetadata(ListWriteMark).tableName;
  const [row] = await (em ?? ds.manager).query(`SELECT COUNT(*) AS n, SUM(generation) AS g FROM ${table}`);
  return `${row?.n ?? 0}:${row?.g ?? 0}`;
}

/**
 * Reference data a service keeps in this process (the holiday calendar, region names) that agrees with every
 * other API process through the same write marks as the list caches: what is kept is stamped with the marks read
 * BEFORE it was read from the database and used only while the marks are unchanged — one read of the few-row marks
 * table per use, and after any process's write (answered only once its mark is raised) the next use, on any
 * process, reads the database again. The owner's own writes also `forget` at once (a mark raise that failed).
 */
export class WriteStamped<T> {
  private kept: { stamp: string; generation: number; value: T } | null = null;
  /** bumped by `forget`: what a read overlapping this process's write read is not kept */
  private generation = 0;

  constructor(private readonly ds: DataSource) {}

  /**
   * The value kept under the marks as they are now (undefined when there is none, or any process has written
   * since), and `keep`, which keeps a value read from the database after this call under those marks.
   */
  async current(em?: EntityManager): Promise<{ value: T | undefined; keep: (value: T) => void }> {
    const generation = this.generation;
    const stamp = await writeFingerprint(this.ds, em);
    const kept = this.kept;
    const value = kept && kept.stamp === stamp && kept.generation === generation ? kept.value : undefined;
    return {
      value,
      keep: (v) => {
        if (generation === this.generation) this.kept = { stamp, generation, value: v };
      },
    };
  }

  forget(): void {
    this.generation++;
    this.kept = null;
  }
}

/**
 * A transaction whose writes change nothing a list's counts or caches depend on (a job's lease heartbeat, a session's
 * lastSeenAt touch): neither its writes nor its commit forget this process's cached counts or raise its write mark —
 * otherwise every user's touch would empty every process's caches.
 */
export function quietForLists(em: EntityManager): EntityManager {
  if (em.queryRunner) em.queryRunner.data = { ...em.queryRunner.data, quietForLists: true };
  return em;
}

// ---- counts ----

const countCache = new Map<string, { total: number; at: number; mark: string }>();
const countsRunning = new Map<string, Promise<number>>();
/** counts found slow once: their next run reads the write marks first, so its result can be cached */
const slowCounts = new Map<string, true>();
/** bumped by every write of this process: a count that started before one is not cached */
let countGeneration = 0;

/**
 * COUNT of the filtered list. A slow one is remembered for the same SQL and parameters with the write marks read
 * before it ran, and served while they are unchanged: fresh for countTtlMs, then once more while it is recounted in
 * the background (up to 4 × countTtlMs old); concurrent requests for the same count share one query. So a total
 * is never served after any process's write could have made it wrong (the cost: one read of a few-row table per
 * cached answer). The index hint of a page (`useIndex`) is not the count's: the database picks the index that
 * answers the count alone.
 */
export async function countList<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, marks?: Promise<string>): Promise<number> {
  // the write marks read before this request's queries, when the caller has them already (a deep page's bookmarks)
  const ds = qb.connection;
  const fingerprint = () => marks ?? writeFingerprint(ds);
  const counter = qb.clone().orderBy().offset(undefined).limit(undefined).skip(undefined).take(undefined);
  counter.expressionMap.useIndex = undefined;
  const [sql, params] = counter.getQueryAndParameters();
  const key = `${sql}\u0000${JSON.stringify(params)}`;
  const run = () => {
    // a count started before the latest write of this process is not joined: it may miss that write
    const generation = countGeneration;
    const runningKey = `${generation}\u0000${key}`;
    let running = countsRunning.get(runningKey);
    if (!running) {
      running = (async () => {
        // the marks before the count: a write committed after this read changes them, so the count is not served past it
        const mark = slowCounts.has(key) ? await fingerprint() : null;
        const t0 = Date.now();
        // joins may repeat rows: then TypeORM's COUNT(DISTINCT pk); a single table counts rows, which an index can answer
        const total = qb.expressionMap.joinAttributes.length
          ? await counter.getCount()
          : await counter
              .select('COUNT(*)', 'n')
              .getRawOne<{ n: number | string }>()
              .then((r) => Number(r?.n ?? 0));
        if (Date.now() - t0 >= listTuning.slowCountMs) {
          slowCounts.delete(key);
          slowCounts.set(key, true);
          while (slowCounts.size > listTuning.countCacheSize) slowCounts.delete(slowCounts.keys().next().value!);
          if (mark !== null && generation === countGeneration) {
            countCache.delete(key);
            countCache.set(key, { total, at: Date.now(), mark });
            while (countCache.size > listTuning.countCacheSize) countCache.delete(countCache.keys().next().value!);
          }
        }
        return total;
      })().finally(() => countsRunning.delete(runningKey));
      countsRunning.set(runningKey, running);
    }
    return running;
  };
  const hit = countCache.get(key);
  const age = hit ? Date.now() - hit.at : Infinity;
  if (hit && age < 4 * listTuning.countTtlMs) {
    const generation = countGeneration;
    if ((await fingerprint()) === hit.mark && generation === countGeneration && countCache.get(key) === hit) {
      if (age >= listTuning.countTtlMs) run().catch(() => undefined);
      return hit.total;
    }
    if (countCache.get(key) === hit) countCache.delete(key);
  }
  return run();
}

/** Forgets every cached count of this process (a write may have changed any of them); counts already running are not cached. */
export function forgetCounts(): void {
  countCache.clear();
  countGeneration++;
}

type WriteEvent = InsertEvent<unknown> | UpdateEvent<unknown> | RemoveEvent<unknown> | SoftRemoveEvent<unknown> | RecoverEvent<unknown>;

/** A statement's write outside a transaction has committed: forget here, raise the mark for the others. */
function afterWrite(event: WriteEvent): Promise<void> | void {
  if (event.queryRunner?.data?.quietForLists) return; // its commit says so too (afterTransactionCommit)
  forgetCounts();
  if (!event.queryRunner?.isTransactionActive) return markWrite(event.connection, event.queryRunner);
}

/**
 * Keeps the list caches right after writes: this process forgets its cached counts on each entity insert, update
 * or removal and on each commit (which covers the bulk paths that write with raw SQL inside a transaction), and
 * raises its write mark once the write has committed, so the other processes forget theirs.
 */
@EventSubscriber()
export class ListCountInvalidator implements EntitySubscriberInterface {
  afterInsert = afterWrite;
  afterUpdate = afterWrite;
  afterRemove = afterWrite;
  afterSoftRemove = afterWrite;
  afterRecover = afterWrite;
  afterTransactionCommit(event: TransactionCommitEvent): Promise<void> | void {
    if (event.queryRunner?.data?.quietForLists) {
      event.queryRunner.data = { ...event.queryRunner.data, quietForLists: false };
      return;
    }
    forgetCounts();
    // a savepoint released inside a transaction: the outer commit raises the mark (raising it now would hold this
    // process's row locked until that commit, and a second savepoint would wait for a raise queued behind it)
    if (event.queryRunner?.isTransactionActive) return;
    return markWrite(event.connection, event.queryRunner);
  }
  afterTransactionRollback(event: TransactionRollbackEvent): void {
    // SQLite's one query runner carries the flag to the next transaction otherwise
    if (event.queryRunner?.data?.quietForLists) event.queryRunner.data = { ...event.queryRunner.data, quietForLists: false };
  }
}

// ---- bookmarks ----

/**
 * Bookmarks for `_start` paging (Refine sends no cursor): for a list query (SQL and parameters without the
 * window), the sort values of the row at an offset, remembered from pages served, with the write marks read
 * before that page. The next page, the same page again or one a few pages on seeks from the nearest bookmark
 * instead of counting the offset from the top — while no process has written since (a row added or removed above
 * a bookmark would shift it); bookmarks are dropped after `bookmarkTtlMs`.
 */
const bookmarks = new Map<string, { at: number; mark: string; marks: Map<number, { values: unknown[]; inclusive: boolean }> }>();

/** The write marks now, for `nearestBookmark` and `rememberBookmark` of one page. */
export const bookmarkStamp = writeFingerprint;

export function rememberBookmark(key: string, stamp: string, offset: number, values: unknown[], inclusive: boolean): void {
  // booleans are stored as 0/1 on both databases (a queue's `finished`); NULLs seek by IS NULL; dates are not round-tripped
  values = values.map((v) => (typeof v === 'boolean' ? Number(v) : v));
  if (!values.every((v) => v === null || typeof v === 'string' || typeof v === 'number')) return;
  let entry = bookmarks.get(key);
  if (!entry || entry.mark !== stamp || Date.now() - entry.at > listTuning.bookmarkTtlMs) entry = { at: Date.now(), mark: stamp, marks: new Map() };
  bookmarks.delete(key);
  bookmarks.set(key, entry);
  entry.marks.set(offset, { values, inclusive });
  while (entry.marks.size > 64) entry.marks.delete(entry.marks.keys().next().value!);
  while (bookmarks.size > listTuning.countCacheSize) bookmarks.delete(bookmarks.keys().next().value!);
}

export function nearestBookmark(key: string, stamp: string, offset: number): { offset: number; values: unknown[]; inclusive: boolean } | undefined {
  const entry = bookmarks.get(key);
  if (!entry || entry.mark !== stamp || Date.now() - entry.at > listTuning.bookmarkTtlMs) return undefined;
  let best: { offset: number; values: unknown[]; inclusive: boolean } | undefined;
  for (const [at, mark] of entry.marks) {
    if (at <= offset && offset - at <= listTuning.bookmarkReach && (!best || at > best.offset)) best = { offset: at, ...mark };
  }
  return best;
}

const tableRowEstimates = new WeakMap<object, Map<string, { rows: number; at: number }>>();

/**
 * Whether a deep page sorted by the primary key is found faster by walking the primary key in order than
 * by the plan MySQL/MariaDB picks itself. For a wide scope (a province) it picks the region index range and
 * sorts every matching row — 2.7–4 s at 1M people for page 10,000, where the ordered walk reads
 * `skip ÷ density` rows (84 ms). Walking wins while that is fewer than the matching rows; for a narrow
 * scope (a county among millions) it would not, and the database's own plan stays. Table size is the
 * server's estimate, asked at most once a minute.
 */
export async function primaryKeyWalkIsCheaper<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, skip: number, total: number): Promise<boolean> {
  const type = qb.connection.options.type;
  if ((type !== 'mysql' && type !== 'mariadb') || total <= 0) return false;
  const table = qb.expressionMap.mainAlias!.metadata.tableName;
  const known = tableRowEstimates.get(qb.connection) ?? tableRowEstimates.set(qb.connection, new Map()).get(qb.connection)!;
  let estimate = known.get(table);
  if (!estimate || Date.now() - estimate.at > 60_000) {
    const [row] = await qb.connection.query('SELECT TABLE_ROWS AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?', [
      table,
    ]);
    estimate = { rows: Number(row?.n ?? 0), at: Date.now() };
    known.set(table, estimate);
  }
  // rows the walk reads (skip ÷ density) against the rows any other plan must at least look at (total)
  // (an unknown estimate, 0 on a table the server has not sampled yet, counts as dense)
  return skip * Math.max(estimate.rows, total) < total * total;
}
