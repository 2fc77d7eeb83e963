import type { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { ownerIsDeadHere, PROCESS_ID } from '../common/process-id';
import { isDuplicateKey, isRetriableTransactionError, isSqlite, MYSQL_COLLATION } from './data-source';
import { dbClockSql } from './db-clock';

/**
 * The table of the start lock. Not an entity and not made by a migration: it must exist before the first migration
 * runs (as TypeORM's own `migrations` table does), so it is created here, with a primary key and InnoDB/utf8mb4 like
 * every other table (Galera replicates only such tables).
 */
export const START_LOCK_TABLE = 'start_locks';

/** The one lock: preparing the database (migrations, reference seeds, the demo's first run). */
const PREPARE = 'prepare';

export interface StartLockOptions {
  /** how long a hold lasts without a heartbeat: a holder that vanished (another host) is taken over after it */
  leaseSeconds: number;
  /** how often a waiter looks again */
  pollMs: number;
}

export const START_LOCK_DEFAULTS: StartLockOptions = { leaseSeconds: 60, pollMs: 250 };

/** Two app instances in one process (tests) share PROCESS_ID: they take turns here before either asks the database. */
const inProcess = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Runs `work` while this process holds the database's start lock, so API processes started at once on one database
 * prepare it one after another: the first migrates and seeds, the others wait, then find nothing pending. TypeORM's
 * migration run has no lock of its own, and two runs at once fail on "table already exists" or apply a data change
 * twice. A hold is one row taken by INSERT (a duplicate key: someone holds it), renewed by a heartbeat and deleted at
 * the end; a hold whose lease ran out, or whose holder died on this host, is taken over by a conditional UPDATE checked
 * by its affected rows. No named or table locks: GET_LOCK is refused on Galera, and two takes on two nodes conflict
 * at certification, where one fails and waits.
 */
export async function withStartLock<T>(ds: DataSource, logger: Logger, work: () => Promise<T>, options = START_LOCK_DEFAULTS): Promise<T> {
  const before = inProcess.get(ds) ?? Promise.resolve();
  const turn = before.catch(() => undefined).then(() => holding(ds, logger, work, options));
  inProcess.set(ds, turn);
  return turn;
}

async function holding<T>(ds: DataSource, logger: Logger, work: () => Promise<T>, options: StartLockOptions): Promise<T> {
  await ensureTable(ds);
  await take(ds, logger, options);
  const beat = setInterval(
    () => renew(ds, options).catch((err) => logger.warn(`renewing the start lock failed: ${(err as Error)?.message}`)),
    Math.max(100, Math.floor((options.leaseSeconds * 1000) / 3)),
  );
  beat.unref();
  try {
    return await work();
  } finally {
    clearInterval(beat);
    await run(ds, `DELETE FROM ${table(ds)} WHERE ${col(ds, 'name')} = ? AND ${col(ds, 'holder')} = ?`, [PREPARE, PROCESS_ID]).catch((err) =>
      logger.warn(`letting go of the start lock failed (it runs out in ${options.leaseSeconds} s): ${(err as Error)?.message}`),
    );
  }
}

async function ensureTable(ds: DataSource): Promise<void> {
  const exists = isSqlite(ds)
    ? await ds.query(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`, [START_LOCK_TABLE])
    : await ds.query(`SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?`, [START_LOCK_TABLE]);
  if (exists.length) return; // an account without CREATE rights starts on a database made by the one with them
  await ds.query(
    isSqlite(ds)
      ? `CREATE TABLE IF NOT EXISTS "${START_LOCK_TABLE}" ("name" varchar(32) PRIMARY KEY NOT NULL, "holder" varchar(100) NOT NULL, "expiresAt" datetime NOT NULL)`
      : `CREATE TABLE IF NOT EXISTS \`${START_LOCK_TABLE}\` (\`name\` varchar(32) NOT NULL, \`holder\` varchar(100) NOT NULL, \`expiresAt\` datetime(3) NOT NULL, PRIMARY KEY (\`name\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${MYSQL_COLLATION}`,
  );
}

/** Waits until this process holds the lock; says once who it waits for. */
async function take(ds: DataSource, logger: Logger, options: StartLockOptions): Promise<void> {
  let waitingFor: string | null = null;
  for (;;) {
    const holder = await tryTake(ds, options);
    if (holder === null) {
      if (waitingFor) logger.log('the other process is done with the database: going on');
      return;
    }
    if (holder !== waitingFor) logger.log(`waiting: another API process (${holder}) is preparing the database…`);
    waitingFor = holder;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs));
  }
}

/** One attempt: null when this process now holds the lock, else the holder seen. */
async function tryTake(ds: DataSource, options: StartLockOptions): Promise<string | null> {
  const [name, holder, expiresAt] = ['name', 'holder', 'expiresAt'].map((c) => col(ds, c));
  try {
    await run(ds, `INSERT INTO ${table(ds)} (${name}, ${holder}, ${expiresAt}) VALUES (?, ?, ${dbClockSql(ds, options.leaseSeconds)})`, [PREPARE, PROCESS_ID]);
    return null;
  } catch (err) {
    if (!isDuplicateKey(err) && !isConflict(err)) throw err;
  }
  const [row] = (await ds.query(
    `SELECT ${holder} AS holder, CASE WHEN ${expiresAt} < ${dbClockSql(ds)} THEN 1 ELSE 0 END AS expired FROM ${table(ds)} WHERE ${name} = ?`,
    [PREPARE],
  )) as Array<{ holder: string; expired: number | string }>;
  if (!row) return tryTake(ds, options); // let go of between the two statements: insert again
  if (row.holder === PROCESS_ID) return null; // a hold of this process's own that outlived a failed release
  if (Number(row.expired) !== 1 && !ownerIsDeadHere(row.holder)) return row.holder;
  try {
    // the holder seen is still the holder: of two processes taking it over at once exactly one succeeds
    const affected = await run(
      ds,
      `UPDATE ${table(ds)} SET ${holder} = ?, ${expiresAt} = ${dbClockSql(ds, options.leaseSeconds)} WHERE ${name} = ? AND ${holder} = ?`,
      [PROCESS_ID, PREPARE, row.holder],
    );
    return affected === 1 ? null : row.holder;
  } catch (err) {
    if (isConflict(err)) return row.holder;
    throw err;
  }
}

async function renew(ds: DataSource, options: StartLockOptions): Promise<void> {
  await run(
    ds,
    `UPDATE ${table(ds)} SET ${col(ds, 'expiresAt')} = ${dbClockSql(ds, options.leaseSeconds)} WHERE ${col(ds, 'name')} = ? AND ${col(ds, 'holder')} = ?`,
    [PREPARE, PROCESS_ID],
  );
}

/** One autocommitted statement; the rows it changed. */
async function run(ds: DataSource, sql: string, params: unknown[]): Promise<number> {
  const runner = ds.createQueryRunner();
  try {
    return (await runner.query(sql, params, true)).affected ?? 0;
  } finally {
    await runner.release();
  }
}

/** Another process's statement got there at the same moment (a Galera certification failure, a lock wait, SQLite busy). */
function isConflict(err: unknown): boolean {
  const code = (err as { driverError?: { code?: unknown } })?.driverError?.code ?? (err as { code?: unknown })?.code;
  return isRetriableTransactionError(err) || code === 'SQLITE_BUSY';
}

const table = (ds: DataSource) => ds.driver.escape(START_LOCK_TABLE);
const col = (ds: DataSource, name: string) => ds.driver.escape(name);
