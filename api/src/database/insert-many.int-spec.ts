import { testAppWith, TEST_DB } from '../../test/harness';
import { inTransaction } from './data-source';
import { insertRowsReturningIds, selectIn, tableOf, upsertRows } from './insert-many';

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
});
