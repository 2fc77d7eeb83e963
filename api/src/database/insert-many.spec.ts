import { loadDataField } from './insert-many';

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
