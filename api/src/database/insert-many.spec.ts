import { innodbAllocatesIds, loadDataField, loadDataJoinsTransaction } from './insert-many';

/** LOAD DATA's field format (tab-separated, backslash escapes, \N for NULL): the one escaping for it. */
describe('loadDataField', () => {
  it.each([
    [null, '\\N'],
    [undefined, '\\N'],
    ['', ''],
    ['\\N', '\\\\N'],
    ['a\tb', 'a\\tb'],
    ['a\nb\r\n', 'a\\nb\\r\\n'],
    ['C:\\dir\\', 'C:\\\\dir\\\\'],
    ['nul\0byte', 'nul\\0byte'],
    [`'"\``, `'"\``],
    ['张三🙂', '张三🙂'],
    [42, '42'],
    [-1.5, '-1.5'],
    [12345678901234567890n, '12345678901234567890'],
    [true, '1'],
    [false, '0'],
    [new Date(Date.UTC(2026, 11, 7, 1, 2, 3, 4)), '2026-12-07 01:02:03.004'],
  ])('%p → %p', (value, field) => expect(loadDataField(value)).toBe(field));

  it('refuses what it cannot write faithfully', () => {
    expect(() => loadDataField(NaN)).toThrow(TypeError);
    expect(() => loadDataField(Infinity)).toThrow(TypeError);
    expect(() => loadDataField({ a: 1 })).toThrow(TypeError);
    expect(() => loadDataField(Buffer.from('x'))).toThrow(TypeError);
  });
});

describe('loadDataJoinsTransaction', () => {
  it.each([
    ['10.11.6-MariaDB-0+deb12u1', true],
    ['10.11.6-MariaDB-0+deb12u1-log', true],
    ['8.0.36', true],
    ['8.0.11-TiDB-v7.5.1', false], // before v7.6.0 a ROLLBACK does not undo LOAD DATA
    ['8.0.11-TiDB-v7.6.0', true],
    ['8.0.11-TiDB-v8.5.1', true],
    ['5.7.25-TiDB-v3.0.20', false], // commits every 20,000 rows
    ['5.7.25-OceanBase_CE-v4.2.1.2', false], // not verified: the INSERT path
  ])('%s → %s', (version, joins) => expect(loadDataJoinsTransaction(version)).toBe(joins));
});

describe('innodbAllocatesIds', () => {
  it.each([
    ['10.11.6-MariaDB-0+deb12u1', true],
    ['8.0.36', true],
    ['8.0.11-TiDB-v8.5.1', false],
    ['5.7.25-OceanBase_CE-v4.2.1.2', false],
  ])('%s → %s', (version, innodb) => expect(innodbAllocatesIds(version)).toBe(innodb));
});
