import type { DataSource, QueryRunner } from 'typeorm';
import { SweepSlot } from '../platform/jobs/sweep-slot.entity';
import { TEST_DB, testAppWith } from '../../test/harness';
import { CommitMarker } from './commit-marker.entity';
import { COMMIT_MARKER_KEEP_MS, commitOutcome, inTransaction, pruneCommitMarkers, useCommitMarkers } from './data-source';

/**
 * Commit markers (Galera: a COMMIT lost with its node is looked up, data-source.ts) on a real database, as far as a
 * single server allows: the lookup and its fence, the prune, and on MariaDB inTransaction with markers on — a COMMIT
 * whose connection is killed (rolled back: run again, the row written once) and a COMMIT that applied but whose
 * answer was lost (not run again). And statements outside a transaction whose connection is killed in flight
 * (retryLostStatements): a read is sent again on a fresh connection, a write surfaces the error (it may have applied).
 * The cluster itself: galera-fault.galera-spec.ts.
 */
describe('commit markers', () => {
  const { t } = testAppWith();

  it('the lookup: absent → not committed, and the id is fenced (a late COMMIT of it would conflict); present → committed', async () => {
    const markers = t.ds.getRepository(CommitMarker);
    expect(await commitOutcome(t.ds, 'never-written')).toBe('not committed');
    expect(await markers.countBy({ id: 'never-written' })).toBe(1);
    expect(await commitOutcome(t.ds, 'never-written')).toBe('committed');
    await markers.insert({ id: 'written', createdAt: new Date() });
    expect(await commitOutcome(t.ds, 'written')).toBe('committed');
  });

  it('the daily prune deletes markers older than an hour and keeps the recent ones', async () => {
    const markers = t.ds.getRepository(CommitMarker);
    const now = new Date();
    await markers.insert([
      { id: 'old', createdAt: new Date(now.getTime() - COMMIT_MARKER_KEEP_MS - 60_000) },
      { id: 'recent', createdAt: new Date(now.getTime() - 60_000) },
    ]);
    expect(await pruneCommitMarkers(t.ds, now)).toBeGreaterThanOrEqual(1);
    expect(await markers.countBy({ id: 'old' })).toBe(0);
    expect(await markers.countBy({ id: 'recent' })).toBe(1);
  });

  // inTransaction's own attempt loop runs on MySQL/MariaDB only (SQLite: one embedded connection, nothing to lose):
  // declared there only, as database.int-spec's MySQL checks
  const onMysql = (name: string, test: () => Promise<void>) => {
    if (TEST_DB === 'mysql') it(name, test);
  };

  /** The next query runner inTransaction opens, with `commit` in place of its COMMIT. */
  function nextCommit(ds: DataSource, commit: (runner: QueryRunner, real: () => Promise<void>) => Promise<void>): void {
    const create = ds.createQueryRunner.bind(ds);
    jest.spyOn(ds, 'createQueryRunner').mockImplementationOnce((mode) => {
      const runner = create(mode);
      const real = runner.commitTransaction.bind(runner);
      runner.commitTransaction = () => commit(runner, real);
      return runner;
    });
  }

  /** The id of the connection running the statement tagged `tag`, once it is running. */
  async function connectionRunning(tag: string): Promise<number> {
    for (let i = 0; i < 100; i++) {
      const rows = await t.ds.query(`SELECT ID AS id FROM information_schema.PROCESSLIST WHERE INFO LIKE ? AND INFO NOT LIKE '%PROCESSLIST%'`, [`%${tag}%`]);
      if (rows.length > 0) return Number(rows[0].id);
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no connection runs ${tag}`);
  }

  onMysql('a read outside a transaction whose connection is killed in flight is sent again on a fresh connection', async () => {
    const tag = `lost-read-${Date.now()}`;
    const pending = t.ds.query(`SELECT SLEEP(1) AS slept, CONNECTION_ID() AS conn, '${tag}' AS tag`);
    const killed = await connectionRunning(tag);
    await t.ds.query(`KILL CONNECTION ${killed}`);
    const [row] = await pending;
    expect(row.tag).toBe(tag);
    expect(Number(row.slept)).toBe(0); // the second run slept to the end
    expect(Number(row.conn)).not.toBe(killed);
  });

  onMysql('a write outside a transaction whose connection is killed in flight surfaces the error, not sent again', async () => {
    const tag = `lost-write-${Date.now()}`;
    const pending = t.ds.query(`INSERT INTO commit_markers (id, createdAt) SELECT '${tag}', NOW(3) FROM DUAL WHERE SLEEP(1) = 0`);
    const settled = pending.then(
      () => null,
      (e: unknown) => e,
    );
    await t.ds.query(`KILL CONNECTION ${await connectionRunning(tag)}`);
    expect(await settled).toBeTruthy();
    expect(await t.ds.getRepository(CommitMarker).countBy({ id: tag })).toBe(0);
  });

  const slot = (em: import('typeorm').EntityManager, name: string) =>
    em.insert(SweepSlot, { sweep: name, slot: '2026-12-06T00:00:00.000Z', owner: 'test', claimedAt: new Date() });

  onMysql('a COMMIT whose connection dies is rolled back: no marker found, run again, the row written once', async () => {
    useCommitMarkers(t.ds, true);
    try {
      const before = await t.ds.getRepository(CommitMarker).count();
      let runs = 0;
      nextCommit(t.ds, async (runner, real) => {
        const [{ id }] = await runner.query('SELECT CONNECTION_ID() AS id');
        await t.ds.query(`KILL CONNECTION ${Number(id)}`);
        await real();
      });
      const result = await inTransaction(t.ds, async (em) => {
        runs++;
        await slot(em, 'marker killed commit');
        return runs;
      });
      expect(result).toBe(2);
      expect(await t.ds.getRepository(SweepSlot).countBy({ sweep: 'marker killed commit' })).toBe(1);
      // the second attempt's marker and the fence of the first
      expect(await t.ds.getRepository(CommitMarker).count()).toBe(before + 2);
    } finally {
      useCommitMarkers(t.ds, false);
      jest.restoreAllMocks();
    }
  });

  onMysql('a COMMIT that applied but whose answer was lost: the marker is found, the work is not run again', async () => {
    useCommitMarkers(t.ds, true);
    try {
      let runs = 0;
      nextCommit(t.ds, async (_runner, real) => {
        await real();
        throw Object.assign(new Error('Connection lost: The server closed the connection.'), { code: 'PROTOCOL_CONNECTION_LOST', fatal: true });
      });
      const result = await inTransaction(t.ds, async (em) => {
        runs++;
        await slot(em, 'marker lost answer');
        return 'saved';
      });
      expect(result).toBe('saved');
      expect(runs).toBe(1);
      expect(await t.ds.getRepository(SweepSlot).countBy({ sweep: 'marker lost answer' })).toBe(1);
    } finally {
      useCommitMarkers(t.ds, false);
      jest.restoreAllMocks();
    }
  });
});
