import { testAppWith, TEST_DB } from '../../test/harness';
import { inTransaction } from './data-source';
import { bulkInsertRows, bulkInsertRowsReturningIds, insertRowsReturningIds, selectIn, tableOf, upsertRows } from './insert-many';

/** The ledger's entity, by name: database/ does not import from policy/. */
const Beneficiary = 'Beneficiary';

/** The bulk helpers the roster import relies on, on the real dialect (SQLite or MariaDB). */
describe('bulk insert helpers', () => {
  const { t } = testAppWith();

  const COLUMNS = [
    'idNumber',
    'name',
    'birthDate',
    'sex',
    'regionCode',
    'poolingRegionCode',
    'identityCategories',
    'sourceDepartment',
    'status',
    'exitedOn',
    'lastRosterMonth',
    'version',
  ];
  const row = (n: number) => [
    `99000019900101${String(n).padStart(4, '0')}`,
    `批量${n}`,
    '1990-01-01',
    'male',
    '450202',
    '450200',
    ',registered_poor,',
    'civil_affairs',
    'active',
    null,
    '2026-01',
    1,
  ];

  it('returns the generated ids in row order, across several statements', async () => {
    const rows = Array.from({ length: 7000 }, (_, i) => row(i)); // 12 columns: more than one statement on SQLite
    const ids = await inTransaction(t.ds, (em) => insertRowsReturningIds(em, tableOf(em, Beneficiary), COLUMNS, rows));
    const stored = await selectIn<{ id: number; idNumber: string }>(
      t.ds.manager,
      'SELECT id, idNumber FROM beneficiaries WHERE idNumber IN (?)',
      rows.map((r) => r[0]),
    );
    const idOf = new Map(stored.map((s) => [s.idNumber, Number(s.id)]));
    expect(stored).toHaveLength(rows.length);
    if (ids) expect(ids).toEqual(rows.map((r) => idOf.get(r[0] as string)));
  });

  it('upserts: changes only the listed columns and bumps the version with the stored value', async () => {
    const [before] = await selectIn<{ id: number; version: number }>(t.ds.manager, 'SELECT id, version FROM beneficiaries WHERE idNumber IN (?)', [row(1)[0]]);
    const changed = [Number(before.id), ...row(1)];
    changed[2] = '改名';
    changed[3] = '2000-12-31'; // birthDate: not in the update list, stays
    await inTransaction(t.ds, (em) =>
      upsertRows(em, tableOf(em, Beneficiary), ['id', ...COLUMNS], [changed], ['id'], {
        name: 'NEW(name)',
        version: 'OLD(version) + 1',
        updatedAt: 'CURRENT_TIMESTAMP',
      }),
    );
    const after = await t.ds.getRepository(Beneficiary).findOneByOrFail({ id: Number(before.id) });
    expect(after).toMatchObject({ name: '改名', birthDate: '1990-01-01', version: Number(before.version) + 1 });
  });

  // Galera sets auto_increment_increment to the cluster size: a statement's ids are first, first+3, … (or interleaved
  // with another node's), so the helper must not report first…first+n−1 and the caller reads them back by key
  if (TEST_DB === 'mysql') {
    it('with an auto-increment step above 1 (Galera) returns null instead of guessing consecutive ids', async () => {
      const rows = Array.from({ length: 50 }, (_, i) => row(8000 + i));
      const ids = await inTransaction(t.ds, async (em) => {
        await em.query('SET SESSION auto_increment_increment = 3, auto_increment_offset = 2');
        try {
          return await insertRowsReturningIds(em, tableOf(em, Beneficiary), COLUMNS, rows);
        } finally {
          // the pooled connection goes back to the pool: leave it as found
          await em.query('SET SESSION auto_increment_increment = 1, auto_increment_offset = 1');
        }
      });
      expect(ids).toBeNull();
      const stored = await selectIn<{ id: number | string }>(
        t.ds.manager,
        'SELECT id FROM beneficiaries WHERE idNumber IN (?) ORDER BY id',
        rows.map((r) => r[0]),
      );
      const gaps = stored.slice(1).map((s, i) => Number(s.id) - Number(stored[i].id));
      expect(stored).toHaveLength(rows.length);
      expect(new Set(gaps)).toEqual(new Set([3]));
    });
  }

  // The LOAD DATA path (MariaDB) and its fallback (SQLite): the same rows must come back byte for byte
  describe('bulk insert through LOAD DATA LOCAL INFILE (the INSERT fallback on SQLite)', () => {
    /** a row of its own number range (98…), apart from the 99… rows above */
    const person = (n: number) => {
      const r = row(0);
      r[0] = `98${String(n).padStart(16, '0')}`;
      return r;
    };
    const HOSTILE = [
      'tab\there',
      'new\nline',
      'cr\r\nlf',
      'back\\slash\\',
      'ends with \\',
      '\\N',
      'N',
      'NULL',
      '\\t not a tab',
      `quotes ' " \``,
      '张三·阿卜杜拉',
      '🙂 emoji 𠀋',
      '',
    ];
    const people = (from: number) =>
      HOSTILE.map((name, i) => {
        const r = person(from + i);
        r[1] = name;
        r[9] = i % 2 ? '2026-03-31' : null; // exitedOn: NULL stays NULL, not the text "\N"
        return r;
      });
    /** The ids the helper returns: in row order where the database hands out one consecutive block, else null
     * (Galera: lock mode 2 and a step of 3 — the caller reads them back; the suite runs this spec on a cluster too). */
    const expectedIds = async (ids: number[]): Promise<number[] | null> => {
      if (TEST_DB !== 'mysql') return ids;
      const [r] = await t.ds.query('SELECT @@innodb_autoinc_lock_mode AS mode, @@SESSION.auto_increment_increment AS step');
      return Number(r.mode) <= 1 && Number(r.step) === 1 ? ids : null;
    };
    const stored = (rows: unknown[][]) =>
      selectIn<{ id: number; idNumber: string; name: string; exitedOn: string | null; version: number }>(
        t.ds.manager,
        'SELECT id, idNumber, name, exitedOn, version FROM beneficiaries WHERE idNumber IN (?)',
        rows.map((r) => r[0]),
      );

    it('writes tabs, newlines, backslashes, quotes, \\N-like text, NULL and utf8mb4 unchanged, and returns the ids', async () => {
      const rows = people(9000);
      const ids = await inTransaction(t.ds, (em) => bulkInsertRowsReturningIds(em, tableOf(em, Beneficiary), COLUMNS, rows));
      const byNumber = new Map((await stored(rows)).map((s) => [s.idNumber, s]));
      expect(rows.map((r) => byNumber.get(r[0] as string)?.name)).toEqual(HOSTILE);
      expect(rows.map((r) => byNumber.get(r[0] as string)?.exitedOn ?? null)).toEqual(rows.map((r) => r[9]));
      expect(rows.map((r) => Number(byNumber.get(r[0] as string)?.version))).toEqual(rows.map(() => 1));
      expect(ids).toEqual(await expectedIds(rows.map((r) => Number(byNumber.get(r[0] as string)!.id))));
    });

    it('a batch of 5,000 rows after other writes: ids in row order', async () => {
      const rows = Array.from({ length: 5000 }, (_, i) => person(20000 + i));
      const ids = await inTransaction(t.ds, (em) => bulkInsertRowsReturningIds(em, tableOf(em, Beneficiary), COLUMNS, rows));
      const idOf = new Map((await stored(rows)).map((s) => [s.idNumber, Number(s.id)]));
      expect(idOf.size).toBe(rows.length);
      expect(ids).toEqual(await expectedIds(rows.map((r) => idOf.get(r[0] as string)!)));
    });

    it('a row the database rejects (duplicate key) fails the whole batch: nothing of it stays', async () => {
      const rows = [person(30000), person(30001), person(9000) /* already stored */, person(30002)];
      await expect(inTransaction(t.ds, (em) => bulkInsertRows(em, tableOf(em, Beneficiary), COLUMNS, rows))).rejects.toThrow();
      expect(await stored([person(30000), person(30001), person(30002)])).toEqual([]);
    });

    if (TEST_DB === 'mysql') {
      // with LOCAL the server cannot stop the client mid-file: it stores the shortened name and warns (no error)
      it('a warning (a name truncated to its column) is an error, not a silently shortened name', async () => {
        const long = person(31000);
        long[1] = '长'.repeat(65);
        await expect(inTransaction(t.ds, (em) => bulkInsertRows(em, tableOf(em, Beneficiary), COLUMNS, [person(31001), long]))).rejects.toThrow(
          /LOAD DATA into beneficiaries: 2 of 2 rows, 1 warning.*1265 Data truncated/,
        );
        expect(await stored([person(31001), long])).toEqual([]);
      });

      it('with an auto-increment step above 1 (Galera) returns null, the rows written', async () => {
        const rows = Array.from({ length: 20 }, (_, i) => person(32000 + i));
        const ids = await inTransaction(t.ds, async (em) => {
          await em.query('SET SESSION auto_increment_increment = 3, auto_increment_offset = 2');
          try {
            return await bulkInsertRowsReturningIds(em, tableOf(em, Beneficiary), COLUMNS, rows);
          } finally {
            await em.query('SET SESSION auto_increment_increment = 1, auto_increment_offset = 1');
          }
        });
        expect(ids).toBeNull();
        expect(await stored(rows)).toHaveLength(rows.length);
      });

      // last in this file: the data source then remembers the refusal and keeps to INSERT
      it('when the server refuses LOCAL INFILE, falls back to INSERT in the same transaction', async () => {
        await t.ds.query('SET GLOBAL local_infile = 0');
        try {
          const rows = people(33000);
          const ids = await inTransaction(t.ds, async (em) => {
            await bulkInsertRows(em, tableOf(em, Beneficiary), COLUMNS, [person(33100)]); // refused, then INSERT
            return bulkInsertRowsReturningIds(em, tableOf(em, Beneficiary), COLUMNS, rows);
          });
          const byNumber = new Map((await stored([...rows, person(33100)])).map((s) => [s.idNumber, s]));
          expect(byNumber.size).toBe(rows.length + 1);
          expect(rows.map((r) => byNumber.get(r[0] as string)?.name)).toEqual(HOSTILE);
          expect(ids).toEqual(await expectedIds(rows.map((r) => Number(byNumber.get(r[0] as string)!.id))));
        } finally {
          await t.ds.query('SET GLOBAL local_infile = 1');
        }
      });
    }
  });
});
