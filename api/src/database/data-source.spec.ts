import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction, isRetriableTransactionError, retryDelayMs, TRANSACTION_RETRY, TransactionConflictError } from './data-source';

/** A MySQL-typed data source whose query runners record what happened; `commit` may fail. */
function fakeMysql(commit: () => Promise<void> = async () => undefined) {
  const log: string[] = [];
  const ds = {
    options: { type: 'mariadb' },
    createQueryRunner: () => {
      let active = false;
      return {
        manager: {} as EntityManager,
        get isTransactionActive() {
          return active;
        },
        startTransaction: async () => {
          active = true;
          log.push('begin');
        },
        commitTransaction: async () => {
          log.push('commit');
          await commit();
          active = false;
        },
        rollbackTransaction: async () => {
          active = false;
          log.push('rollback');
        },
        release: async () => undefined,
      };
    },
  } as unknown as DataSource;
  return { ds, log };
}

const deadlock = () =>
  Object.assign(new Error('Deadlock found when trying to get lock; try restarting transaction'), { driverError: { errno: 1213, code: 'ER_LOCK_DEADLOCK' } });
const lost = () => Object.assign(new Error('Connection lost: The server closed the connection.'), { code: 'PROTOCOL_CONNECTION_LOST', fatal: true });

describe('inTransaction retries deadlocks and Galera certification conflicts', () => {
  it('runs the work again after a deadlock / certification failure (1213) and returns its result', async () => {
    const { ds, log } = fakeMysql();
    let runs = 0;
    const result = await inTransaction(ds, async () => {
      runs++;
      if (runs < 3) throw deadlock();
      return 'done';
    });
    expect(result).toBe('done');
    expect(runs).toBe(3);
    expect(log).toEqual(['begin', 'rollback', 'begin', 'rollback', 'begin', 'commit']);
  });

  it('retries a certification failure reported at COMMIT (Galera certifies there)', async () => {
    let commits = 0;
    const { ds } = fakeMysql(async () => {
      if (++commits === 1) throw deadlock();
    });
    await expect(inTransaction(ds, async () => 7)).resolves.toBe(7);
    expect(commits).toBe(2);
  });

  it('gives up after the bounded number of attempts with a TransactionConflictError (the API answers 503)', async () => {
    const { ds } = fakeMysql();
    let runs = 0;
    jest.spyOn(Math, 'random').mockReturnValue(0); // no backoff waits: only the count matters here
    const failing = inTransaction(ds, async () => {
      runs++;
      throw deadlock();
    });
    await expect(failing).rejects.toBeInstanceOf(TransactionConflictError);
    await expect(failing).rejects.toHaveProperty('name', 'TransactionConflictError');
    expect(runs).toBe(TRANSACTION_RETRY.attempts);
    jest.restoreAllMocks();
  });

  it('surfaces any other error at once, untouched', async () => {
    const { ds } = fakeMysql();
    let runs = 0;
    const refusal = new Error('stale version');
    await expect(
      inTransaction(ds, async () => {
        runs++;
        throw refusal;
      }),
    ).rejects.toBe(refusal);
    expect(runs).toBe(1);
  });

  it('retries a connection lost before COMMIT (the node died), but not one lost during COMMIT (outcome unknown)', async () => {
    const before = fakeMysql();
    let runs = 0;
    await expect(
      inTransaction(before.ds, async () => {
        if (++runs === 1) throw lost();
        return 'ok';
      }),
    ).resolves.toBe('ok');
    const during = fakeMysql(async () => {
      throw lost();
    });
    await expect(inTransaction(during.ds, async () => 'never')).rejects.toMatchObject({ code: 'PROTOCOL_CONNECTION_LOST' });
    expect(during.log.filter((l) => l === 'commit')).toHaveLength(1);
  });

  it('classifies: 1213 and 1047 retried, 1205 (lock wait timeout) and duplicates not', () => {
    expect(isRetriableTransactionError({ driverError: { errno: 1213 } })).toBe(true);
    expect(isRetriableTransactionError({ errno: 1047, code: 'ER_UNKNOWN_COM_ERROR' })).toBe(true);
    expect(isRetriableTransactionError({ driverError: { errno: 1205, code: 'ER_LOCK_WAIT_TIMEOUT' } })).toBe(false);
    expect(isRetriableTransactionError({ driverError: { errno: 1062, code: 'ER_DUP_ENTRY' } })).toBe(false);
    expect(isRetriableTransactionError(null)).toBe(false);
  });

  it('backs off with full jitter under a growing ceiling', () => {
    expect(retryDelayMs(1, () => 0)).toBe(0);
    expect(retryDelayMs(1, () => 0.999)).toBeLessThan(TRANSACTION_RETRY.baseMs * 2);
    expect(retryDelayMs(20, () => 0.999)).toBeLessThan(TRANSACTION_RETRY.capMs);
  });
});
