import type { DataSource, EntityManager } from 'typeorm';
import {
  afterFailedAttempt,
  commitOutcome,
  inTransaction,
  isRetriableTransactionError,
  isSessionFreeRead,
  retryDelayMs,
  retryStatementAfter,
  TRANSACTION_RETRY,
  TransactionConflictError,
  useCommitMarkers,
} from './data-source';

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

/**
 * A MySQL-typed data source with commit markers on: `markers` is the cluster's table. `commit(pending)` decides what a
 * COMMIT does with the attempt's marker (store it or not, then maybe lose the connection); `lookup` may fail the
 * fresh connection's statements first.
 */
function fakeGalera(commit: (apply: () => void) => Promise<void>, lookup: (sql: string) => void = () => undefined) {
  const markers = new Set<string>();
  const log: string[] = [];
  const ds = {
    options: { type: 'mariadb' },
    createQueryRunner: () => {
      let active = false;
      let pending: string | undefined;
      const insert = (id: string) => {
        if (active) {
          pending = id;
          log.push('marker');
          return;
        }
        lookup('INSERT');
        if (markers.has(id)) throw Object.assign(new Error('Duplicate entry'), { driverError: { errno: 1062, code: 'ER_DUP_ENTRY' } });
        markers.add(id);
        log.push('fence');
      };
      // the query builder chain inTransaction and commitOutcome use: insert().into().values(row).callListeners().execute()
      let row = { id: '' };
      const builder = {
        insert: () => builder,
        into: () => builder,
        values: (v: { id: string }) => {
          row = v;
          return builder;
        },
        callListeners: () => builder,
        execute: async () => insert(row.id),
      };
      return {
        manager: { createQueryBuilder: () => builder } as unknown as EntityManager,
        get isTransactionActive() {
          return active;
        },
        startTransaction: async () => {
          active = true;
          log.push('begin');
        },
        commitTransaction: async () => {
          log.push('commit');
          const id = pending;
          active = false;
          await commit(() => id && markers.add(id));
        },
        rollbackTransaction: async () => {
          active = false;
          log.push('rollback');
        },
        query: async (sql: string, params: string[] = []) => {
          if (sql.startsWith('SET')) return [];
          lookup('SELECT');
          log.push('lookup');
          return markers.has(params[0]) ? [{ id: params[0] }] : [];
        },
        release: async () => undefined,
      };
    },
  } as unknown as DataSource;
  useCommitMarkers(ds, true);
  return { ds, log, markers };
}

describe('commit markers: a COMMIT lost with its node (Galera)', () => {
  it('decides: retry what the server rolled back, ask the marker of a COMMIT lost in flight, surface the rest', () => {
    const lostErr = lost();
    const cases: Array<[unknown, boolean, boolean, string]> = [
      [deadlock(), false, false, 'retry'],
      [deadlock(), true, true, 'retry'], // certification failure at COMMIT: rolled back
      [lostErr, false, true, 'retry'], // lost before COMMIT: the server rolls the open transaction back
      [lostErr, true, true, 'ask marker'],
      [lostErr, true, false, 'throw'], // no marker (single server): outcome unknown
      [{ message: "Can't add new command when connection is in closed state" }, true, true, 'ask marker'],
      [{ driverError: { errno: 1205 } }, true, true, 'throw'],
      [{ driverError: { errno: 1062, code: 'ER_DUP_ENTRY' } }, false, true, 'throw'],
    ];
    for (const [error, duringCommit, marker, expected] of cases)
      expect([duringCommit, marker, afterFailedAttempt(error, duringCommit, marker)]).toEqual([duringCommit, marker, expected]);
  });

  it('COMMIT applied but its answer lost: the marker is found, the result returned, the work not run again', async () => {
    const { ds, log } = fakeGalera(async (apply) => {
      apply();
      throw lost();
    });
    let runs = 0;
    await expect(inTransaction(ds, async () => ++runs)).resolves.toBe(1);
    expect(runs).toBe(1);
    expect(log).toEqual(['begin', 'marker', 'commit', 'lookup']);
  });

  it('COMMIT lost before it applied: no marker → fenced, run again, the second result returned', async () => {
    let commits = 0;
    const { ds, log, markers } = fakeGalera(async (apply) => {
      if (++commits === 1) throw lost();
      apply();
    });
    jest.spyOn(Math, 'random').mockReturnValue(0);
    let runs = 0;
    await expect(inTransaction(ds, async () => ++runs)).resolves.toBe(2);
    jest.restoreAllMocks();
    expect(log).toEqual(['begin', 'marker', 'commit', 'lookup', 'fence', 'begin', 'marker', 'commit']);
    expect(markers.size).toBe(2); // the fence and the second attempt's marker
  });

  it('the lookup asks again while no node answers, and a fence that hits the marker means committed', async () => {
    jest.spyOn(Math, 'random').mockReturnValue(0);
    let failures = 2;
    const { ds, markers } = fakeGalera(
      async () => undefined,
      (sql) => {
        if (sql === 'SELECT' && failures-- > 0) throw lost();
      },
    );
    await expect(commitOutcome(ds, 'gone')).resolves.toBe('not committed');
    expect(markers.has('gone')).toBe(true);
    expect(failures).toBe(-1);
    // the lost COMMIT landed between the lookup's SELECT and its fence: duplicate key → committed
    const late = fakeGalera(
      async () => undefined,
      (sql) => {
        if (sql === 'INSERT') late.markers.add('late');
      },
    );
    await expect(commitOutcome(late.ds, 'late')).resolves.toBe('committed');
    jest.restoreAllMocks();
  });
});

describe('a statement outside a transaction whose connection was lost (retryLostStatements)', () => {
  const lost = Object.assign(new Error('Connection lost: The server closed the connection.'), { code: 'PROTOCOL_CONNECTION_LOST', fatal: true });
  const wrapped = { driverError: { errno: 1047, code: 'ER_UNKNOWN_COM_ERROR', message: 'WSREP has not yet prepared node for application use' } };
  const killed = { driverError: { errno: 1927, code: 'ER_CONNECTION_KILLED', message: 'Connection was killed' } };
  const shutdown = { driverError: { errno: 1053, code: 'ER_SERVER_SHUTDOWN', message: 'Server shutdown in progress' } };
  const refused = { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:3499' };
  const duplicate = { driverError: { errno: 1062, code: 'ER_DUP_ENTRY', message: 'Duplicate entry' } };
  const deadlock = { driverError: { errno: 1213, code: 'ER_LOCK_DEADLOCK', message: 'Deadlock found' } };
  const read = 'SELECT `s`.`id` AS `s_id` FROM `sessions` `s` WHERE `s`.`id` = ? LIMIT 1';
  const write = 'UPDATE `sessions` SET `lastSeenAt` = ? WHERE `id` = ?';
  const base = { sql: read, inTransaction: false, sessionBound: false, sent: true, attempt: 1 };

  it.each([
    ['a read whose connection was lost', true, {}, lost],
    ['a read on a node out of the primary component (1047)', true, {}, wrapped],
    ['a read whose connection was killed (1927)', true, {}, killed],
    ['a read on a node shutting down (1053)', true, {}, shutdown],
    ['a read that could not get a connection', true, { sent: false }, refused],
    ['a write that never left (no connection could be had)', true, { sql: write, sent: false }, refused],
    ['a write lost in flight (it may have applied: only a commit marker can tell)', false, { sql: write }, lost],
    ['a read inside a transaction (inTransaction decides)', false, { inTransaction: true }, lost],
    ['a read on a session that holds state (an earlier write, a named lock)', false, { sessionBound: true }, lost],
    ['a read after the last attempt', false, { attempt: TRANSACTION_RETRY.attempts }, lost],
    ['a read that failed on a duplicate key', false, {}, duplicate],
    ['a read that lost a deadlock (not a lost node)', false, {}, deadlock],
    ['a read that failed on anything else', false, {}, new Error('syntax')],
  ])('%s → sent again: %s', (_name, expected, over, error) => {
    expect(retryStatementAfter(error, { ...base, ...over })).toBe(expected);
  });

  it.each([
    [read, true],
    ['  /* list */ select count(*) AS n FROM regions', true],
    ['(SELECT 1) UNION (SELECT 2)', true],
    ["SHOW STATUS LIKE 'wsrep_local_state'", true],
    ['WITH RECURSIVE t(n) AS (SELECT 1) SELECT n FROM t', true],
    ['WITH x AS (SELECT id FROM regions) DELETE FROM regions WHERE id IN (SELECT id FROM x)', false],
    ['SELECT * FROM audit_chain_head WHERE id = 1 FOR UPDATE', false],
    ['SELECT * FROM regions LOCK IN SHARE MODE', false],
    ["SELECT GET_LOCK('import', 0)", false],
    ['SELECT LAST_INSERT_ID() AS id', false],
    ['SELECT @n := COUNT(*) FROM regions', false],
    ['SELECT id INTO @x FROM regions LIMIT 1', false],
    [write, false],
    ['INSERT INTO access_logs (at) VALUES (?)', false],
    ['START TRANSACTION', false],
    ['SET SESSION wsrep_sync_wait = 1', false],
    ['DO SLEEP(1)', false],
  ])('%s: a session-free read → %s', (sql, expected) => {
    expect(isSessionFreeRead(sql)).toBe(expected);
  });
});
