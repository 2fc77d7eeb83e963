import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataSource, DataSourceOptions, EntityManager } from 'typeorm';
import { ListCountInvalidator } from '../common/list/caches';
import type { DatabaseConfig } from '../config/config';
import { CommitMarker } from './commit-marker.entity';
import { MYSQL_MIGRATIONS } from './migrations/mysql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';

/** The connection collation for MySQL/MariaDB: never rely on the server default (often latin1). */
export const MYSQL_COLLATION = 'utf8mb4_unicode_ci';

/** The entities a data source maps: api/src/areas.ts lists them (platform and every policy area). */
export type EntityList = NonNullable<DataSourceOptions['entities']>;

export function dataSourceOptions(db: DatabaseConfig, entities: EntityList): DataSourceOptions {
  const common = { entities, synchronize: false, migrationsTableName: 'migrations', logging: false } as const;
  // writes forget the list's cached counts (common/list/caches.ts)
  const subscribers = [ListCountInvalidator];
  if (db.type === 'sqlite') {
    if (db.path !== ':memory:') fs.mkdirSync(path.dirname(db.path), { recursive: true });
    return {
      ...common,
      subscribers,
      type: 'better-sqlite3',
      database: db.path,
      migrations: SQLITE_MIGRATIONS,
      prepareDatabase: (conn: { pragma(sql: string): unknown }) => {
        conn.pragma('journal_mode = WAL');
        conn.pragma('busy_timeout = 5000');
        conn.pragma('foreign_keys = ON');
      },
    };
  }
  return {
    ...common,
    subscribers,
    type: db.flavour,
    host: db.host,
    port: db.port,
    username: db.username,
    password: db.password,
    database: db.database,
    charset: MYSQL_COLLATION,
    timezone: 'Z',
    migrations: MYSQL_MIGRATIONS,
    extra: { connectionLimit: 10 },
  };
}

export function createDataSource(db: DatabaseConfig, entities: EntityList): DataSource {
  return new DataSource(dataSourceOptions(db, entities));
}

export function isSqlite(ds: DataSource): boolean {
  return ds.options.type === 'better-sqlite3';
}

export function dialectOf(ds: DataSource): 'sqlite' | 'mysql' {
  return isSqlite(ds) ? 'sqlite' : 'mysql';
}

/**
 * Serialises transactions on SQLite, whose single embedded connection cannot hold two at once;
 * MySQL runs them concurrently and relies on row locks.
 */
const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * The errors after which a transaction is run again from the start, on MySQL/MariaDB. Each means the server rolled the
 * whole transaction back (or never ran it), so nothing of it committed:
 * - 1213 ER_LOCK_DEADLOCK: an InnoDB deadlock victim, and on Galera a certification failure or a brute-force abort
 *   (another node's conflicting write won) — the same errno, "try restarting transaction";
 * - 1047 ER_UNKNOWN_COM_ERROR: a Galera node that left the primary component ("WSREP has not yet prepared node");
 * - a lost connection (the node behind the proxy died) before COMMIT was sent: the server rolls an open transaction back.
 * Not 1205 (lock wait timeout): InnoDB rolls back only the statement, the transaction had already waited
 * innodb_lock_wait_timeout (50 s) behind a long holder, and running it again would wait as long; it surfaces as is.
 * A connection lost during COMMIT has an unknown outcome: with commit markers (Galera) it is looked up
 * (`commitOutcome`), without them it surfaces as is.
 */
const RETRIED_ERRNOS = new Set([1213, 1047]);
const CONNECTION_LOST = new Set(['PROTOCOL_CONNECTION_LOST', 'ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'ER_CONNECTION_KILLED', 'ETIMEDOUT']);

/**
 * How often and how long inTransaction tries again: attempts in all, and the backoff ceiling before attempt n. 20: with
 * 20 writers spread over three Galera nodes all appending to the one audit-chain head, 12 ran out (3 of 160 requests).
 */
export const TRANSACTION_RETRY = { attempts: 20, baseMs: 20, capMs: 1000 };

interface DriverError {
  errno?: number;
  code?: string;
  fatal?: boolean;
  driverError?: DriverError;
  message?: string;
}

function driverErrorOf(error: unknown): DriverError | null {
  const e = error as DriverError | null;
  if (!e || typeof e !== 'object') return null;
  return e.driverError ?? e;
}

/** Whether `error` means the connection to the server is gone (its node died, the proxy cut it). */
export function isConnectionLost(error: unknown): boolean {
  const d = driverErrorOf(error);
  if (!d) return false;
  const message = d.message ?? (error as DriverError).message ?? '';
  return (d.code !== undefined && CONNECTION_LOST.has(d.code)) || /connection is in closed state|Connection lost/i.test(message);
}

/** Whether `error` (thrown before COMMIT was sent, unless `duringCommit`) means "run the transaction again". */
export function isRetriableTransactionError(error: unknown, duringCommit = false): boolean {
  const d = driverErrorOf(error);
  if (!d) return false;
  if (d.errno !== undefined && RETRIED_ERRNOS.has(d.errno)) return true;
  return isNodeGone(error) && !duringCommit;
}

/**
 * What inTransaction does after a failed attempt: run it again (the server rolled it back), ask whether it committed
 * (its connection was lost during COMMIT and it wrote a commit marker), or surface the error.
 */
export function afterFailedAttempt(error: unknown, duringCommit: boolean, markerWritten: boolean): 'retry' | 'ask marker' | 'throw' {
  if (isRetriableTransactionError(error, duringCommit)) return 'retry';
  if (duringCommit && markerWritten && isNodeGone(error)) return 'ask marker';
  return 'throw';
}

/** Full jitter: a random wait in [0, min(cap, base·2^attempt)), so clashing writers do not clash again in step. */
export function retryDelayMs(attempt: number, random = Math.random): number {
  return Math.floor(random() * Math.min(TRANSACTION_RETRY.capMs, TRANSACTION_RETRY.baseMs * 2 ** attempt));
}

/** A transaction that still failed after every retry: the API answers 503 (try again), never 500. */
export class TransactionConflictError extends Error {
  override readonly name = 'TransactionConflictError';
  constructor(
    readonly attempts: number,
    readonly lastError: unknown,
  ) {
    super(`transaction failed ${attempts} times on conflicts: ${(lastError as Error)?.message ?? String(lastError)}`);
  }
}

/** The commit marker of a transaction whose COMMIT was lost could not be looked up (no node answered in time). */
export class CommitOutcomeUnknownError extends Error {
  override readonly name = 'CommitOutcomeUnknownError';
  constructor(
    readonly markerId: string,
    readonly lastError: unknown,
  ) {
    super(`COMMIT lost and its marker ${markerId} could not be looked up: ${(lastError as Error)?.message ?? String(lastError)}`);
  }
}

/**
 * Data sources whose transactions write a commit marker (configureSessions turns it on for Galera; `syncWait`: the
 * lookup first waits for the node to apply everything the cluster committed, wsrep_sync_wait).
 */
const commitMarkers = new WeakMap<DataSource, { syncWait: boolean }>();

/** Turns commit markers on (or off) for `ds`: on Galera by configureSessions, and by tests on a single server. */
export function useCommitMarkers(ds: DataSource, on: boolean, options: { syncWait: boolean } = { syncWait: false }): void {
  if (on) commitMarkers.set(ds, options);
  else commitMarkers.delete(ds);
}

/** A unique or primary key refused the row (both dialects). */
export function isDuplicateKey(error: unknown): boolean {
  const d = driverErrorOf(error);
  return d?.errno === 1062 || /DUP_ENTRY|CONSTRAINT_PRIMARYKEY|UNIQUE constraint/.test(`${d?.code ?? ''} ${d?.message ?? ''}`);
}

/**
 * Whether the transaction that wrote commit marker `id` committed, asked on a fresh pooled connection (through the
 * proxy: a surviving node). Found → committed. Not found → the lookup inserts the id itself, a fence: the lost
 * transaction, should its COMMIT still be in flight somewhere, now conflicts on the key (certification failure, or the
 * row lock on the same node) and can never commit after we have decided to run it again; a duplicate key on the fence
 * means it committed after all. Conflicts and lost connections of the lookup itself are asked again (a failover takes
 * seconds); still no answer after TRANSACTION_RETRY.attempts → CommitOutcomeUnknownError.
 */
export async function commitOutcome(
  ds: DataSource,
  id: string,
  options = commitMarkers.get(ds) ?? { syncWait: false },
): Promise<'committed' | 'not committed'> {
  for (let attempt = 1; ; attempt++) {
    const runner = ds.createQueryRunner();
    try {
      // causal read: everything the cluster ordered before this point (the lost COMMIT included, if it was) is applied
      if (options.syncWait) await runner.query(`SET SESSION wsrep_sync_wait = ${GALERA_SYNC_WAIT}`);
      const found = await runner.query('SELECT id FROM commit_markers WHERE id = ?', [id]);
      if (found.length > 0) return 'committed';
      await runner.manager.createQueryBuilder().insert().into(CommitMarker).values({ id, createdAt: new Date() }).callListeners(false).execute();
      return 'not committed';
    } catch (e) {
      if (isDuplicateKey(e)) return 'committed';
      if (isNodeGone(e)) dropConnection(runner);
      if (!isRetriableTransactionError(e)) throw e;
      if (attempt >= TRANSACTION_RETRY.attempts) throw new CommitOutcomeUnknownError(id, e);
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs(attempt)));
    } finally {
      await runner.release().catch(() => undefined);
    }
  }
}

type Attempt<T> = { ok: true; result: T } | { ok: false; error: unknown; duringCommit: boolean; markerId?: string; result?: T };

/**
 * One attempt, as TypeORM's manager.transaction, but telling a failure before COMMIT from one during it. With commit
 * markers on, the marker row is the last statement before COMMIT (not through the entity manager: no subscriber
 * sees it, a transaction that changes nothing a list shows stays quiet).
 */
async function attemptTransaction<T>(ds: DataSource, work: (em: EntityManager) => Promise<T>): Promise<Attempt<T>> {
  const runner = ds.createQueryRunner();
  let committing = false;
  let markerId: string | undefined;
  let result: T | undefined;
  try {
    await runner.startTransaction();
    result = await work(runner.manager);
    if (commitMarkers.has(ds)) {
      const id = randomUUID();
      await runner.manager.createQueryBuilder().insert().into(CommitMarker).values({ id, createdAt: new Date() }).callListeners(false).execute();
      markerId = id;
    }
    committing = true;
    await runner.commitTransaction();
    return { ok: true, result };
  } catch (error) {
    try {
      if (isNodeGone(error)) dropConnection(runner);
      else if (runner.isTransactionActive) await runner.rollbackTransaction();
    } catch {
      // the original error is the one to report (a rollback on a dead connection fails too)
    }
    return { ok: false, error, duringCommit: committing, markerId, result };
  } finally {
    await runner.release().catch(() => undefined);
  }
}

/**
 * Runs `work` in one transaction: everything it writes (record and audit row) commits or none of it. On MySQL/MariaDB
 * a transaction that loses a deadlock or a Galera certification conflict (`isRetriableTransactionError`) is run again
 * from the start, up to TRANSACTION_RETRY.attempts times with jittered backoff, so `work` must have no effect outside
 * the database that a second run would repeat (count into locals, not into outer state). On Galera a connection lost
 * during COMMIT (its node was killed) is settled by the commit marker: committed → `work`'s result, not → run again.
 * This is the only place that opens a transaction (nested savepoints inside `work` via em.transaction are fine).
 */
export async function inTransaction<T>(ds: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  if (!isSqlite(ds)) {
    for (let attempt = 1; ; attempt++) {
      const outcome = await attemptTransaction(ds, work);
      if (outcome.ok) return outcome.result;
      const next = afterFailedAttempt(outcome.error, outcome.duringCommit, outcome.markerId !== undefined);
      if (next === 'throw') throw outcome.error;
      if (next === 'ask marker' && (await commitOutcome(ds, outcome.markerId!)) === 'committed') return outcome.result as T;
      if (attempt >= TRANSACTION_RETRY.attempts) throw new TransactionConflictError(attempt, outcome.error);
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs(attempt)));
    }
  }
  const previous = sqliteQueues.get(ds) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => ds.transaction(work));
  sqliteQueues.set(
    ds,
    run.catch(() => undefined),
  );
  return run;
}

/**
 * Errors after which the connection is gone or its node cannot serve (the node died, the proxy cut the session, a KILL,
 * a node out of the primary component): the statement may run again on another pooled connection. 1047
 * ER_UNKNOWN_COM_ERROR is Galera's "WSREP has not yet prepared node for application use"; 1053 ER_SERVER_SHUTDOWN a
 * node shutting down; 1927 ER_CONNECTION_KILLED (also as its code in CONNECTION_LOST).
 */
const NODE_GONE_ERRNOS = new Set([1047, 1053, 1927]);

export function isNodeGone(error: unknown): boolean {
  const d = driverErrorOf(error);
  return isConnectionLost(error) || (d?.errno !== undefined && NODE_GONE_ERRNOS.has(d.errno));
}

/**
 * Whether `sql` is a read that has no effect on the session or the data, so running it again on another connection
 * answers the same question: SELECT, SHOW, or WITH … SELECT — but not a locking read, a named lock, a user variable,
 * SELECT … INTO, or a function that reports on the session's previous statement (LAST_INSERT_ID, FOUND_ROWS, ROW_COUNT).
 */
export function isSessionFreeRead(sql: string): boolean {
  const s = sql.replace(/^(?:\s+|\(|\/\*[\s\S]*?\*\/|--[^\n]*(?:\n|$)|#[^\n]*(?:\n|$))+/, '');
  if (!/^(?:SELECT|SHOW|WITH)\b/i.test(s)) return false;
  if (
    /@|\b(?:INTO|FOR\s+UPDATE|LOCK\s+IN\s+SHARE\s+MODE|GET_LOCK|RELEASE_LOCK|RELEASE_ALL_LOCKS|IS_USED_LOCK|IS_FREE_LOCK|LAST_INSERT_ID|FOUND_ROWS|ROW_COUNT|NEXTVAL|SETVAL|LASTVAL)\b/i.test(
      s,
    )
  ) {
    return false;
  }
  return !/^WITH\b/i.test(s) || !/\b(?:INSERT|UPDATE|DELETE|REPLACE)\b/i.test(s);
}

/** What a statement outside `inTransaction` had when it failed: the facts `retryStatementAfter` decides on. */
export interface FailedStatement {
  sql: string;
  /** the query runner had a transaction open (inTransaction's own loop decides then, never this one) */
  inTransaction: boolean;
  /** an earlier statement on this query runner was not a session-free read: the session may hold state (a named lock, LAST_INSERT_ID) a new connection would not */
  sessionBound: boolean;
  /** the statement reached a connection (false: getting one from the pool failed, nothing was sent) */
  sent: boolean;
  /** this statement's attempts so far, the failed one included */
  attempt: number;
}

/**
 * Whether a statement run outside a transaction is sent again, on a fresh pooled connection, after `error`: only when
 * the connection or its node is gone (`isNodeGone`), no transaction is open on the runner, its session holds no state,
 * and either the statement never left (no connection could be had) or it is a session-free read — a write whose
 * connection died in flight may have applied, and only inTransaction's commit marker can tell. Bounded by
 * TRANSACTION_RETRY.attempts (a failover takes seconds: the same budget as a transaction).
 */
export function retryStatementAfter(error: unknown, s: FailedStatement): boolean {
  if (s.inTransaction || s.sessionBound || s.attempt >= TRANSACTION_RETRY.attempts || !isNodeGone(error)) return false;
  return !s.sent || isSessionFreeRead(s.sql);
}

/** The parts of TypeORM's MysqlQueryRunner the retry touches (its connection is public there, not in QueryRunner). */
interface RetryingRunner {
  query(sql: string, ...rest: unknown[]): Promise<unknown>;
  readonly isTransactionActive: boolean;
  databaseConnection?: { destroy?(): void };
  databaseConnectionPromise?: Promise<unknown>;
}

/**
 * Takes a dead (or cut-off) connection away from `runner` and out of the pool, so that neither this runner's next
 * statement nor the pool's next borrower gets it: a connection on a node out of the primary component answers 1047
 * to everything and, put back, would be handed out again. The runner's release() is then a no-op.
 */
function dropConnection(runner: unknown): void {
  const r = runner as RetryingRunner;
  const dead = r.databaseConnection;
  r.databaseConnection = undefined;
  r.databaseConnectionPromise = undefined;
  try {
    dead?.destroy?.();
  } catch {
    // already closed: the pool dropped it
  }
}

const lostReadsRetried = new WeakSet<DataSource>();

/**
 * Makes every query runner of `ds` (MySQL/MariaDB) send a statement again when `retryStatementAfter` says so: the dead
 * connection is destroyed (out of the pool), the runner takes a new one — through the proxy, a live node — after a
 * jittered wait. This is the one retry for statements outside a transaction (the auth guard's session lookup, a
 * service's reads before its transaction, list queries): a Galera node killed under load took their connections with
 * it and they answered 500. Writes belong in inTransaction, which has its own loop. Called by configureSessions.
 */
export function retryLostStatements(ds: DataSource): void {
  if (isSqlite(ds) || lostReadsRetried.has(ds)) return;
  lostReadsRetried.add(ds);
  const driver = ds.driver;
  const create = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => {
    const runner = create(mode);
    const r = runner as unknown as RetryingRunner;
    const query = r.query.bind(runner);
    let sessionBound = false;
    r.query = async (sql: string, ...rest: unknown[]) => {
      const bound = sessionBound;
      if (!isSessionFreeRead(sql)) sessionBound = true;
      for (let attempt = 1; ; attempt++) {
        const connected = r.databaseConnection !== undefined;
        try {
          return await query(sql, ...rest);
        } catch (error) {
          const sent = connected || r.databaseConnection !== undefined;
          if (!retryStatementAfter(error, { sql, inTransaction: r.isTransactionActive, sessionBound: bound, sent, attempt })) {
            if (isNodeGone(error) && !r.isTransactionActive) dropConnection(runner);
            throw error;
          }
          dropConnection(runner);
          await new Promise((resolve) => setTimeout(resolve, retryDelayMs(attempt)));
        }
      }
    };
    return runner;
  };
}

/** Commit markers older than this are deleted by the daily sweep (a lookup happens seconds after its COMMIT). */
export const COMMIT_MARKER_KEEP_MS = 3_600_000;

/** Deletes commit markers older than COMMIT_MARKER_KEEP_MS (the daily sweep, JobsService); the number deleted. */
export async function pruneCommitMarkers(ds: DataSource, now = new Date()): Promise<number> {
  const result = await ds
    .createQueryBuilder()
    .delete()
    .from(CommitMarker)
    .where('createdAt < :before', { before: new Date(now.getTime() - COMMIT_MARKER_KEEP_MS) })
    .callListeners(false)
    .execute();
  return result.affected ?? 0;
}

/**
 * Per-session settings for a Galera cluster, set on every pooled connection when the server runs wsrep (asked once):
 * `wsrep_sync_wait = 1` makes each read wait until this node has applied every write the cluster committed before
 * it, so a read that follows a write — the job's progress after the POST that started it, the list after a save —
 * sees that write even when the proxy sent it to another node. Nothing on a single server, SQLite, or a server
 * without the variable (MySQL, TiDB). Also turns commit markers on (inTransaction: a COMMIT lost with its node is
 * looked up instead of answered 500), and on any MySQL/MariaDB the retry of statements outside a transaction whose
 * connection was lost (retryLostStatements). Call once after the data source is initialised.
 */
export async function configureSessions(ds: DataSource): Promise<boolean> {
  if (isSqlite(ds)) return false;
  retryLostStatements(ds);
  let galera = false;
  try {
    const [row] = await ds.query('SELECT @@global.wsrep_on AS wsrepOn');
    galera = Number(row?.wsrepOn) === 1;
  } catch {
    return false; // no such variable: not MariaDB with wsrep
  }
  if (!galera) return false;
  useCommitMarkers(ds, true, { syncWait: true });
  const pool = (ds.driver as unknown as { pool?: PoolLike }).pool;
  if (!pool) return false;
  const configured = new WeakSet<object>();
  // 'acquire' fires for new and reused connections alike, before the caller's first query is queued
  pool.on('acquire', (conn: PooledConnection) => {
    if (configured.has(conn)) return;
    configured.add(conn);
    conn.query(`SET SESSION wsrep_sync_wait = ${GALERA_SYNC_WAIT}`, () => undefined);
  });
  return true;
}

/** wsrep_sync_wait bit 1: causality checks on reads (SELECT, SHOW, BEGIN). */
export const GALERA_SYNC_WAIT = 1;

interface PooledConnection {
  query(sql: string, cb: (err: unknown) => void): void;
}
interface PoolLike {
  on(event: 'acquire', listener: (conn: PooledConnection) => void): void;
}

/**
 * Applies pending migrations. On MySQL the database default is made utf8mb4 first, because TypeORM
 * creates its own `migrations` table before any migration runs and would inherit a latin1 default.
 */
export async function migrate(ds: DataSource, onPending?: () => void): Promise<string[]> {
  if (!isSqlite(ds)) {
    // before anything creates a table (TypeORM's own migrations table included), so every table is utf8mb4
    const [schema] = await ds.query('SELECT DEFAULT_CHARACTER_SET_NAME AS cs FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = DATABASE()');
    if (schema?.cs !== 'utf8mb4') await ds.query(`ALTER DATABASE CHARACTER SET utf8mb4 COLLATE ${MYSQL_COLLATION}`);
  }
  if (onPending && (await ds.showMigrations())) onPending();
  const ran = await ds.runMigrations({ transaction: 'each' });
  return ran.map((m) => m.name);
}
