import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HOST_NAME, PROCESS_ID } from '../common/process-id';
import { q, testAppWith } from '../../test/harness';
import { dbClockSql } from './db-clock';
import { START_LOCK_TABLE, withStartLock } from './start-lock';

/** A logger that keeps what the lock says. */
function listening(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const logger = new Logger('test');
  logger.log = (message: unknown) => void lines.push(String(message));
  logger.warn = (message: unknown) => void lines.push(`warn: ${String(message)}`);
  return { logger, lines };
}

/** A pid no process has (above the kernel's maximum). */
const DEAD_PID = 4_194_305;

/**
 * The database's start lock, which API processes started at once take in turn (three real processes at once:
 * multi-process.int-spec). Here the holds of other processes are rows written as those processes would write them.
 */
describe('the start lock (preparing the database one process at a time)', () => {
  const { t } = testAppWith([]);
  const fast = { leaseSeconds: 1, pollMs: 50 };
  const table = () => q(t.ds, START_LOCK_TABLE);

  async function holdAs(holder: string, seconds: number): Promise<void> {
    await t.ds.query(
      `INSERT INTO ${table()} (${q(t.ds, 'name')}, ${q(t.ds, 'holder')}, ${q(t.ds, 'expiresAt')}) VALUES ('prepare', ?, ${dbClockSql(t.ds, seconds)})`,
      [holder],
    );
  }
  const holders = async () => ((await t.ds.query(`SELECT ${q(t.ds, 'holder')} AS holder FROM ${table()}`)) as Array<{ holder: string }>).map((r) => r.holder);

  afterEach(() => t.ds.query(`DELETE FROM ${table()}`));

  it('the app took it for its start and let go of it', async () => {
    expect(await holders()).toEqual([]);
  });

  it('held by a live process elsewhere: waits for it, and goes on once that process lets go', async () => {
    const elsewhere = 'another-host:4242:0a0b0c0d';
    await holdAs(elsewhere, 3600);
    const { logger, lines } = listening();
    let ran = false;
    const done = withStartLock(t.ds, logger, async () => (ran = true), fast);
    await new Promise((r) => setTimeout(r, 600));
    expect(ran).toBe(false);
    expect(lines).toEqual([`waiting: another API process (${elsewhere}) is preparing the database…`]);
    await t.ds.query(`DELETE FROM ${table()}`);
    await done;
    expect(ran).toBe(true);
    expect(lines).toContain('the other process is done with the database: going on');
    expect(await holders()).toEqual([]);
  });

  it('a hold whose lease ran out (its process vanished on another host) is taken over', async () => {
    await holdAs('another-host:4242:0a0b0c0d', 1);
    const seen: string[][] = [];
    const { logger, lines } = listening();
    await withStartLock(t.ds, logger, async () => void seen.push(await holders()), fast);
    expect(seen).toEqual([[PROCESS_ID]]);
    expect(lines[0]).toBe('waiting: another API process (another-host:4242:0a0b0c0d) is preparing the database…'); // until its lease ran out
  });

  it('a hold of a process on this host that has died is taken at once, without waiting out its lease', async () => {
    await holdAs(`${HOST_NAME}:${DEAD_PID}:0a0b0c0d`, 3600);
    const seen: string[][] = [];
    await withStartLock(t.ds, listening().logger, async () => void seen.push(await holders()), fast);
    expect(seen).toEqual([[PROCESS_ID]]);
  });

  it('the hold is renewed while the work runs, so a long first start is not taken over', async () => {
    const expiries: number[] = [];
    const expiry = async () =>
      Number(
        (
          (await t.ds.query(
            `SELECT ${t.ds.options.type === 'better-sqlite3' ? `(julianday(expiresAt) - julianday('now')) * 86400` : 'TIMESTAMPDIFF(MICROSECOND, NOW(3), expiresAt) / 1e6'} AS s FROM ${table()}`,
          )) as Array<{ s: number | string }>
        )[0].s,
      );
    await withStartLock(
      t.ds,
      listening().logger,
      async () => {
        for (let i = 0; i < 6; i++) {
          expiries.push(await expiry());
          await new Promise((r) => setTimeout(r, 700));
        }
      },
      { leaseSeconds: 2, pollMs: 50 },
    );
    // 4.2 s of work on a 2 s lease: still ahead of the clock at every look
    expect(expiries.every((s) => s > 0)).toBe(true);
  });

  it('two starts in one process (two app instances, each its own DataSource) take turns; work that fails lets go of the lock', async () => {
    const other = await new DataSource(t.ds.options).initialize();
    try {
      const order: string[] = [];
      const { logger } = listening();
      const first = withStartLock(
        t.ds,
        logger,
        async () => {
          order.push('first begins');
          await new Promise((r) => setTimeout(r, 300));
          order.push('first ends');
          throw new Error('migration failed');
        },
        fast,
      );
      const second = withStartLock(other, logger, async () => void order.push(`second, holding: ${(await holders()).join()}`), fast);
      await expect(first).rejects.toThrow('migration failed');
      await second;
      expect(order).toEqual(['first begins', 'first ends', `second, holding: ${PROCESS_ID}`]);
      expect(await holders()).toEqual([]);
    } finally {
      await other.destroy();
    }
  });

  it('a takeover re-checks the lease in its UPDATE: a holder that renews just after the expired read keeps the lock', async () => {
    const elsewhere = 'another-host:4242:0a0b0c0d';
    await holdAs(elsewhere, -1);
    // the other process's heartbeat lands between this process's read (lease run out) and its takeover
    const query = t.ds.query.bind(t.ds);
    let renewed = false;
    const spy = jest.spyOn(t.ds, 'query').mockImplementation(async (sql: string, params?: unknown[]) => {
      const result = await query(sql, params);
      if (!renewed && sql.includes('AS expired')) {
        renewed = true;
        await query(`UPDATE ${table()} SET ${q(t.ds, 'expiresAt')} = ${dbClockSql(t.ds, 3600)}`);
      }
      return result;
    });
    try {
      const { logger, lines } = listening();
      let ran = false;
      const done = withStartLock(t.ds, logger, async () => void (ran = true), fast);
      await new Promise((r) => setTimeout(r, 500));
      expect(renewed).toBe(true);
      expect(ran).toBe(false);
      expect(await holders()).toEqual([elsewhere]);
      await t.ds.query(`DELETE FROM ${table()}`);
      await done;
      expect(ran).toBe(true);
      expect(lines[0]).toBe(`waiting: another API process (${elsewhere}) is preparing the database…`);
    } finally {
      spy.mockRestore();
    }
  });
});
