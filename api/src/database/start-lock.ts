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

/**
 * The starts of this process, one after another: two app instances in one process (tests) share PROCESS_ID, so they
 * take turns here before either asks the database — a row held under PROCESS_ID is then never another start's.
 */
let inProcess: Promise<unknown> = Promise.resolve();

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
  const turn = inProcess.catch(() => undefined).then(() => holding(ds, logger, work, options));
  inProcess = turn;
  return turn;
}

async function holding<T>(ds: DataSource, logger: Logger, work: () => Promise<T>, options: StartLockOptions): Promise<T> {
  await ensureTable(ds);
  await take(ds, logger, options);
  let lost = false;
  const beat = setInterval(
    () =>
      renew(ds, options).then(
        (held) => {
          // nothing can be undone here; say it loudly: another process may be migrating beside this one
          if (!held && !lost) logger.error(`another process took the start lock over while this one held it (its heartbeat was late)`);
          lost ||= !held;
        },
        (err) => logger.warn(`renewing the start lock failed: ${(err as Error)?.message}`),
      ),
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
    const attempt = await tryTake(ds, options);
    if (attempt === HELD) {
      if (waitingFor) logger.log('the other process is done with the database: going on');
      return;
    }
    if (attempt !== UNSEEN && attempt !== waitingFor) {
      logger.log(`waiting: another API process (${attempt}) is preparing the database…`);
      waitingFor = attempt;
    }
    await new Promise((resolve) => setTimeout(resolve, options.pollMs));
  }
}

/** What an attempt found: this process holds the lock now; the lock was let go of between two reads; or its holder. */
const HELD = Symbol('held');
const UNSEEN = Symbol('unseen');

async function tryTake(ds: DataSource, options: StartLockOptions): Promise<typeof HELD | typeof UNSEEN | string> {
  const [name, holder, expiresAt] = ['name', 'holder', 'expiresAt'].map((c) => col(ds, c));
  try {
    await run(ds, `INSERT INTO ${table(ds)} (${name}, ${holder}, ${expiresAt}) VALUES (?, ?, ${dbClockSql(ds, options.leaseSeconds)})`, [PREPARE, PROCESS_ID]);
    return HELD;
  } catch (err) {
    if (!isDuplicateKey(err) && !isConflict(err)) throw err;
  }
  const [row] = (await ds.query(
    `SELECT ${holder} AS holder, CASE WHEN ${expiresAt} < ${dbClockSql(ds)} THEN 1 ELSE 0 END AS expired FROM ${table(ds)} WHERE ${name} = ?`,
    [PREPARE],
  )) as Array<{ holder: string; expired: number | string }>;
  if (!row) return UNSEEN; // let go of between the two statements: the next attempt inserts
  // a hold under this process's id that outlived a failed release (its starts take turns: never a running one's)
  const deadOwner = row.holder === PROCESS_ID || ownerIsDeadHere(row.holder);
  if (Number(row.expired) !== 1 && !deadOwner) return row.holder;
  try {
    // the condition is checked again by the UPDATE itself: a holder that renewed meanwhile keeps it, and of two
    // processes taking it over at once exactly one succeeds
    const affected = await run(
      ds,
      `UPDATE ${table(ds)} SET ${holder} = ?, ${expiresAt} = ${dbClockSql(ds, options.leaseSeconds)} WHERE ${name} = ? AND ${holder} = ?${deadOwner ? '' : ` AND ${expiresAt} < ${dbClockSql(ds)}`}`,
      [PROCESS_ID, PREPARE, row.holder],
    );
    return affected === 1 ? HELD : row.holder;
  } catch (err) {
    if (isConflict(err)) return row.holder;
    throw err;
  }
}

/** The heartbeat: false when this process no longer holds the lock. */
async function renew(ds: DataSource, options: StartLockOptions): Promise<boolean> {
  const affected = await run(
    ds,
    `UPDATE ${table(ds)} SET ${col(ds, 'expiresAt')} = ${dbClockSql(ds, options.leaseSeconds)} WHERE ${col(ds, 'name')} = ? AND ${col(ds, 'holder')} = ?`,
    [PREPARE, PROCESS_ID],
  );
  return affected === 1;
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
