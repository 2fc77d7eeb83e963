import { once } from 'node:events';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { countDataRows, CsvParser, ImportFormatError, ImportLimitError, RawRecord, readRows, SourceRow, xlsxLimits } from './row-reader';
import { inlineRow, writeXlsx, xlsxAttacks } from './xlsx-attack-files';
import { dateText, numberText } from './xlsx-reader';

const HEADERS = ['身份证号', '姓名', '行政区划代码', '身份类别', '来源部门', '状态'] as const;
const HEADER_LINE = HEADERS.join(',');
const ROW_A = '450202199001011234,张三,450202,特困人员,民政,在册';
const ROW_B = '45020219900101123x,李四,450203,低保对象、脱贫人口,乡村振兴,退出';
const CELLS_A = { 身份证号: '450202199001011234', 姓名: '张三', 行政区划代码: '450202', 身份类别: '特困人员', 来源部门: '民政', 状态: '在册' };
const CELLS_B = { 身份证号: '45020219900101123x', 姓名: '李四', 行政区划代码: '450203', 身份类别: '低保对象、脱贫人口', 来源部门: '乡村振兴', 状态: '退出' };
/** The reader's CSV chunk size (row-reader.ts CHUNK_BYTES). */
const CHUNK = 64 * 1024;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'row-reader-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function readAll(
  path: string,
  options: { skipRows?: number; format?: 'csv' | 'xlsx'; headers?: readonly string[]; optionalHeaders?: readonly string[] } = {},
): Promise<SourceRow[]> {
  const rows: SourceRow[] = [];
  for await (const row of readRows(path, { headers: HEADERS, ...options })) rows.push(row);
  return rows;
}

async function formatError(promise: Promise<unknown>): Promise<ImportFormatError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImportFormatError);
  return err as ImportFormatError;
}

describe('readRows — CSV', () => {
  it('reads an optional column when the file has it, and as empty when it has not', async () => {
    const optionalHeaders = ['备注', '联系电话'];
    const withOne = file('optional.csv', `${HEADER_LINE},备注\n${ROW_A},复核\n`);
    expect(await readAll(withOne, { optionalHeaders })).toEqual([{ line: 2, cells: { ...CELLS_A, 备注: '复核', 联系电话: '' } }]);
    const without = file('plain.csv', `${HEADER_LINE}\n${ROW_A}\n`);
    expect(await readAll(without, { optionalHeaders })).toEqual([{ line: 2, cells: { ...CELLS_A, 备注: '', 联系电话: '' } }]);
    // an optional column twice is as ambiguous as a required one
    const twice = file('twice.csv', `${HEADER_LINE},备注,备注\n${ROW_A},a,b\n`);
    expect((await formatError(readAll(twice, { optionalHeaders }))).message).toContain('表头列重复：备注');
  });

  it('reads UTF-8 with a BOM', async () => {
    const path = file('bom.csv', `\uFEFF${HEADER_LINE}\n${ROW_A}\n${ROW_B}\n`);
    expect(await readAll(path)).toEqual([
      { line: 2, cells: CELLS_A },
      { line: 3, cells: CELLS_B },
    ]);
  });

  it('reads UTF-8 without a BOM and a last row with no line end', async () => {
    const path = file('plain.csv', `${HEADER_LINE}\n${ROW_A}\n${ROW_B}`);
    expect(await readAll(path)).toEqual([
      { line: 2, cells: CELLS_A },
      { line: 3, cells: CELLS_B },
    ]);
  });

  it('reads GBK', async () => {
    const path = file('gbk.csv', iconv.encode(`${HEADER_LINE}\r\n${ROW_A}\r\n${ROW_B}\r\n`, 'gbk'));
    expect(await readAll(path)).toEqual([
      { line: 2, cells: CELLS_A },
      { line: 3, cells: CELLS_B },
    ]);
  });

  it('reads CRLF line ends, a CR split from its LF by the chunk boundary, and trims stray spaces', async () => {
    const padded = ' 450202199001011234 , 张三\u3000,450202,特困人员,民政,在册';
    const path = file('crlf.csv', `${HEADER_LINE}\r\n${padded}\r\n${ROW_B}\r\n`);
    expect(await readAll(path)).toEqual([
      { line: 2, cells: CELLS_A },
      { line: 3, cells: CELLS_B },
    ]);

    // The CR is the last byte of the first chunk and the LF the first of the next: still one line end.
    const filler = `${ROW_A},`;
    const head = `${HEADER_LINE},备注\r\n`;
    const pad = CHUNK - Buffer.byteLength(head) - Buffer.byteLength(filler) - 1;
    const split = file('split-crlf.csv', `${head}${filler}${'x'.repeat(pad)}\r\n${ROW_B}\r\n`);
    const rows = await readAll(split);
    expect(rows.map((r) => r.line)).toEqual([2, 3]);
    expect(rows[1].cells).toEqual(CELLS_B);
  });

  it('handles quoted commas, doubled quotes and line breaks, counting records for line numbers', async () => {
    const content = [
      HEADER_LINE,
      '450202199001011234,"张三,大",450202,"特困人员","民政","在册"',
      '"45020219900101123x","李""四""",450203,"低保对象、脱贫人口",乡村振兴,退出',
      '450202199001014567,"王\n五\r\n六",450202,特困人员,民政,在册',
      '450202199001017890,"",450202,"",民政,在册',
      ROW_A,
    ].join('\n');
    const rows = await readAll(file('quoted.csv', content));
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6]);
    expect(rows[0].cells.姓名).toBe('张三,大');
    expect(rows[1].cells.姓名).toBe('李"四"');
    expect(rows[1].cells.身份证号).toBe('45020219900101123x');
    expect(rows[2].cells.姓名).toBe('王\n五\r\n六');
    expect(rows[3].cells).toMatchObject({ 姓名: '', 身份类别: '', 来源部门: '民政' });
    expect(rows[4]).toEqual({ line: 6, cells: CELLS_A });
  });

  it('accepts columns in another order with extra columns, and header cells with full-width spaces or a stray BOM', async () => {
    const header = '序号,\u3000状态 ,姓名,来源部门,身份类别,\uFEFF行政区划代码,身份证号,备注';
    const row = '1,在册,张三,民政,特困人员,450202,450202199001011234,无';
    expect(await readAll(file('order.csv', `${header}\n${row}\n`))).toEqual([{ line: 2, cells: CELLS_A }]);
  });

  it('throws ImportFormatError naming a missing column', async () => {
    const path = file('missing.csv', `身份证号,姓名,行政区划代码,身份类别,状态\n450202199001011234,张三,450202,特困人员,在册\n`);
    const err = await formatError(readAll(path));
    expect(err.missingHeaders).toEqual(['来源部门']);
    expect(err.message).toBe('缺少列：来源部门 (missing columns: 来源部门)');
    expect((await formatError(countDataRows(path, { headers: HEADERS }))).missingHeaders).toEqual(['来源部门']);
  });

  it('throws ImportFormatError for an empty or blank file', async () => {
    for (const content of ['', '\uFEFF', '\r\n\r\n', ',,,,,\n  ,\n']) {
      const err = await formatError(readAll(file('empty.csv', content)));
      expect(err.missingHeaders).toEqual([...HEADERS]);
      expect(err.message).toContain('empty');
    }
  });

  it('throws ImportFormatError for a duplicated expected column', async () => {
    const err = await formatError(readAll(file('dup.csv', `${HEADER_LINE},姓名\n${ROW_A},张三\n`)));
    expect(err.message).toContain('duplicate columns: 姓名');
  });

  it('skips blank lines but keeps counting them', async () => {
    const content = `\n${HEADER_LINE}\n\n${ROW_A}\n,,,,,\n \u3000, ,,,,\n\r\n${ROW_B}\n\n`;
    const rows = await readAll(file('blank.csv', content));
    expect(rows).toEqual([
      { line: 4, cells: CELLS_A },
      { line: 8, cells: CELLS_B },
    ]);
    expect(await countDataRows(join(dir, 'blank.csv'), { headers: HEADERS })).toBe(2);
  });

  it('skips rows where only extra columns are filled (a pre-numbered 序号 column)', async () => {
    const content = `序号,${HEADER_LINE}\n1,${ROW_A}\n2,,,,,,\n3,, ,,,,\n`;
    expect(await readAll(file('numbered.csv', content))).toEqual([{ line: 2, cells: CELLS_A }]);
  });

  it('finds the header below a title row', async () => {
    const content = `某县2026年5月资助参保人员花名册,,,,,\n填报单位：城中区医保局\n${HEADER_LINE}\n${ROW_A}\n`;
    expect(await readAll(file('title.csv', content))).toEqual([{ line: 4, cells: CELLS_A }]);
  });

  it('resumes with skipRows at the right line', async () => {
    const lines = [HEADER_LINE];
    for (let i = 0; i < 10; i++) {
      lines.push(`4502021990010100${String(i).padStart(2, '0')},人${i},450202,特困人员,民政,在册`);
      if (i === 3) lines.push('', ',,,,,');
    }
    const path = file('resume.csv', lines.join('\n'));
    const all = await readAll(path);
    expect(all).toHaveLength(10);
    const resumed = await readAll(path, { skipRows: 5 });
    expect(resumed).toEqual(all.slice(5));
    expect(resumed[0]).toMatchObject({ line: 9, cells: { 姓名: '人5' } });
    expect(await readAll(path, { skipRows: 10 })).toEqual([]);
  });

  /** Whole rows `${ROW_A},` then one 备注 of 'a's, encoded, so that `head` + the result is exactly `bytes` long. */
  function rowsUpTo(head: Buffer, bytes: number, encoding: 'utf8' | 'gbk'): Buffer {
    const row = iconv.encode(`${ROW_A},\n`, encoding);
    const lastRow = iconv.encode(`${ROW_A},`, encoding);
    const count = Math.floor((bytes - head.length - lastRow.length) / row.length);
    const pad = bytes - head.length - count * row.length - lastRow.length;
    return Buffer.concat([...Array.from({ length: count }, () => row), lastRow, Buffer.alloc(pad, 'a')]);
  }

  it('decodes a GBK character split exactly across the 64 KiB chunk boundary', async () => {
    const head = iconv.encode(`${HEADER_LINE},备注\n`, 'gbk');
    // '张' is two bytes in GBK: its first byte is the last of chunk 1, its second the first of chunk 2.
    const zhang = iconv.encode('张', 'gbk');
    expect(zhang).toHaveLength(2);
    const content = Buffer.concat([head, rowsUpTo(head, CHUNK - 1, 'gbk'), iconv.encode(`张三\n${ROW_B},\n`, 'gbk')]);
    expect(content.subarray(CHUNK - 1, CHUNK + 1)).toEqual(zhang);
    const rows = await readAll(file('split.csv', content), { headers: [...HEADERS, '备注'] });
    const split = rows[rows.length - 2];
    expect(split.cells.备注).toMatch(/^a*张三$/);
    expect(rows[rows.length - 1]).toEqual({ line: rows.length + 1, cells: { ...CELLS_B, 备注: '' } });
    expect(rows.every((r) => r.cells.姓名 === '张三' || r.cells.姓名 === '李四')).toBe(true);
  });

  it('decodes a UTF-8 character split across the 64 KiB boundary (and still detects UTF-8)', async () => {
    const head = Buffer.from(`${HEADER_LINE},备注\n`);
    // '张' is three bytes in UTF-8; cut after its second byte. The sniffing window ends there too.
    const content = Buffer.concat([head, rowsUpTo(head, CHUNK - 2, 'utf8'), Buffer.from(`张三\n${ROW_B},\n`)]);
    expect(content.subarray(CHUNK - 2, CHUNK + 1).toString()).toBe('张');
    const rows = await readAll(file('split8.csv', content), { headers: [...HEADERS, '备注'] });
    expect(rows[rows.length - 2].cells.备注).toMatch(/^a*张三$/);
    expect(rows[rows.length - 1].cells).toEqual({ ...CELLS_B, 备注: '' });
  });

  it('rejects a UTF-8 file with broken bytes later on, naming the line, instead of importing garbled text', async () => {
    // 1,200 good rows (past the 64 KiB sniffing window), then one GBK row at line 1202.
    const good = `${HEADER_LINE}\n${`${ROW_A}\n`.repeat(1200)}`;
    expect(Buffer.byteLength(good)).toBeGreaterThan(CHUNK);
    const content = Buffer.concat([Buffer.from(good), iconv.encode(`${ROW_B}\n${ROW_A}\n`, 'gbk')]);
    const err = await formatError(readAll(file('mixed.csv', content)));
    expect(err.message).toMatch(/line 1202 is not valid UTF-8/);
  });

  it('rejects an unterminated quote rather than swallowing the rest of the file', async () => {
    const rows = Array.from({ length: 2000 }, () => ROW_A).join('\n');
    const err = await formatError(readAll(file('quote.csv', `${HEADER_LINE}\n450202199001011234,"张三,450202\n${rows}\n`)));
    expect(err.message).toMatch(/unterminated quote .*line 2/);
  });

  it('rejects a legacy .xls file with a clear message', async () => {
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect((await formatError(readAll(file('old.xls', xls)))).message).toContain('.xls');
  });

  it('reads a 200,000-row CSV with flat memory', async () => {
    const gc = exposeGc();
    const path = join(dir, 'big.csv');
    const rowCount = 200_000;
    // ~300 bytes a row (60 MB): a reader holding the file or its rows would blow well past the limit.
    const remark = '备注'.repeat(40);
    const out = createWriteStream(path);
    out.write(`${HEADER_LINE},备注\n`);
    for (let i = 0; i < rowCount; i++) {
      const ok = out.write(`4502021990${String(i).padStart(8, '0')},姓名${i},450202,特困人员,民政,在册,"${remark}""${i}"""\n`);
      if (!ok) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');

    gc();
    const before = memory();
    let count = 0;
    let peak = 0;
    let last: SourceRow | undefined;
    for await (const row of readRows(path, { headers: HEADERS })) {
      count++;
      last = row;
      if (count % 50_000 === 0) {
        gc();
        peak = Math.max(peak, memory() - before);
      }
    }
    expect(count).toBe(rowCount);
    expect(last).toEqual({ line: rowCount + 1, cells: expect.objectContaining({ 姓名: `姓名${rowCount - 1}` }) });
    expect(peak).toBeLessThan(50 * 1024 * 1024);
    expect(await countDataRows(path, { headers: HEADERS })).toBe(rowCount);
  }, 60_000);
});

describe('CsvParser', () => {
  const field = fc.string({ unit: fc.constantFrom('a', 'b', '张', ',', '"', '\r', '\n', ' ', '\u3000'), maxLength: 8 });
  const table = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 });

  function serialize(records: string[][], eol: string, quoteAll: boolean, trailingEol: boolean): string {
    const cell = (f: string, alone: boolean) =>
      // A lone empty field must be quoted, or the record would read as a blank line at the end of the file.
      quoteAll || /[",\r\n]/.test(f) || (alone && f === '') ? `"${f.replace(/"/g, '""')}"` : f;
    return records.map((r) => r.map((f) => cell(f, r.length === 1)).join(',')).join(eol) + (trailingEol ? eol : '');
  }

  it('reads back any table whatever the chunk boundaries, with one line per record', () => {
    fc.assert(
      fc.property(
        table,
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 6 }),
        (records, eol, quoteAll, trailingEol, cuts) => {
          const text = serialize(records, eol, quoteAll, trailingEol);
          const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          const parser = new CsvParser();
          const out: RawRecord[] = [];
          let from = 0;
          for (const p of [...points, text.length]) {
            parser.feed(text.slice(from, p), out);
            from = p;
          }
          parser.end(out);
          expect(out).toEqual(records.map((fields, i) => ({ line: i + 1, fields })));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('readRows — XLSX', () => {
  async function writeXlsx(name: string, fill: (wb: ExcelJS.Workbook) => void): Promise<string> {
    const wb = new ExcelJS.Workbook();
    fill(wb);
    const path = join(dir, name);
    await wb.xlsx.writeFile(path);
    return path;
  }

  it('reads the first worksheet: numbers, text IDs with a lowercase x, rich text, dates, formulas, gaps', async () => {
    const path = await writeXlsx('roster.xlsx', (wb) => {
      const ws = wb.addWorksheet('花名册');
      ws.addRow(['序号', ' 姓名 ', '身份证号', '行政区划代码', '身份类别', '来源部门', '状态', '参保日期', '金额']);
      ws.addRow([1, '张三', '45020219900101123x', 450202, '特困人员', '民政', '在册', new Date(Date.UTC(2026, 0, 5)), 0.1 + 0.2]);
      // Row 3 left empty; row 4 has an ID typed as a number (precision lost) and rich text.
      ws.getRow(4).values = [
        2,
        { richText: [{ text: '李' }, { font: { bold: true }, text: '四' }] },
        Number('450202199001011234'), // what Excel keeps of an ID typed into a number cell
        { formula: '450200+3', result: 450203 },
        '低保对象',
        '乡村振兴',
        '退出',
        null,
        1234.5,
      ];
      ws.getRow(5).values = [3, '  ', '', null, '', '', ''];
      wb.addWorksheet('说明').addRow(['身份证号', '姓名']);
    });
    const headers = [...HEADERS, '参保日期', '金额'];
    const rows = await readAll(path, { headers });
    expect(rows).toEqual([
      { line: 2, cells: { ...CELLS_A, 身份证号: '45020219900101123x', 参保日期: '2026-01-05', 金额: '0.3' } },
      {
        line: 4,
        cells: {
          身份证号: '4.50202199001011E+17',
          姓名: '李四',
          行政区划代码: '450203',
          身份类别: '低保对象',
          来源部门: '乡村振兴',
          状态: '退出',
          参保日期: '',
          金额: '1234.5',
        },
      },
    ]);
    expect(await countDataRows(path, { headers })).toBe(2);
    // Sniffed, and forced: the same.
    expect(await readAll(path, { headers, format: 'xlsx', skipRows: 1 })).toEqual(rows.slice(1));
  });

  it('throws ImportFormatError for a missing column and for an empty sheet', async () => {
    const missing = await writeXlsx('missing.xlsx', (wb) => {
      wb.addWorksheet('S').addRow(['身份证号', '姓名', '行政区划代码', '来源部门', '状态']);
    });
    expect((await formatError(readAll(missing))).missingHeaders).toEqual(['身份类别']);
    const empty = await writeXlsx('empty.xlsx', (wb) => {
      wb.addWorksheet('S');
    });
    expect((await formatError(readAll(empty))).missingHeaders).toEqual([...HEADERS]);
  });

  it('reads only the first tab even when it is not the first sheet file in the zip', async () => {
    const path = join(dir, 'tabs.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path });
    const notes = wb.addWorksheet('说明'); // sheet1.xml, first in the zip
    const roster = wb.addWorksheet('花名册'); // sheet2.xml
    notes.addRow([...HEADERS]).commit();
    notes.addRow(ROW_B.split(',')).commit();
    notes.commit();
    roster.addRow([...HEADERS]).commit();
    roster.addRow(ROW_A.split(',')).commit();
    roster.commit();
    // Move 花名册 to the first tab, as a user dragging tabs in Excel does; sheet files keep their names.
    const sheets = (wb as unknown as { _worksheets: unknown[] })._worksheets;
    [sheets[1], sheets[2]] = [sheets[2], sheets[1]];
    await wb.commit();
    expect(await readAll(path)).toEqual([{ line: 2, cells: CELLS_A }]);
  });

  it('keeps Chinese text intact across inflate chunk boundaries (exceljs streaming-reader bug)', async () => {
    const names: string[] = [];
    const path = await writeXlsx('chinese.xlsx', (wb) => {
      const ws = wb.addWorksheet('花名册');
      ws.addRow([...HEADERS]);
      const family = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
      for (let i = 0; i < 20_000; i++) {
        const name = `${family[i % 20]}${family[(i * 7) % 20]}${'明华建国秀英'[i % 6]}${i}`;
        names.push(name);
        ws.addRow([`4502021990${String(i).padStart(8, '0')}`, name, '450202', '特困人员、低保对象', '民政', '在册']);
      }
    });
    const rows = await readAll(path);
    expect(rows.map((r) => r.cells.姓名)).toEqual(names);
  }, 60_000);

  it('writes no temp file, also when reading stops early (nothing is spooled: the zip is read by its directory)', async () => {
    // Shared strings written last, as Excel does: exceljs used to spool the sheets to temp files first.
    const path = join(dir, 'spooled.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
    const ws = wb.addWorksheet('花名册');
    ws.addRow([...HEADERS]).commit();
    for (let i = 0; i < 3000; i++) ws.addRow(ROW_A.split(',')).commit();
    ws.commit();
    wb.addWorksheet('说明').addRow(['填表说明']).commit();
    await wb.commit();
    const before = readdirSync(tmpdir()).filter((f) => f.startsWith(`tmp-${process.pid}-`));

    expect(await countDataRows(path, { headers: HEADERS })).toBe(3000);
    await formatError(readAll(path, { headers: [...HEADERS, '备注'] }));
    for await (const row of readRows(path, { headers: HEADERS })) {
      expect(row.line).toBe(2);
      break;
    }
    expect(readdirSync(tmpdir()).filter((f) => f.startsWith(`tmp-${process.pid}-`))).toEqual(before);
  });

  it('reports a truncated XLSX as ImportFormatError', async () => {
    const path = await writeXlsx('whole.xlsx', (wb) => {
      const ws = wb.addWorksheet('S');
      ws.addRow([...HEADERS]);
      for (let i = 0; i < 2000; i++) ws.addRow(ROW_A.split(','));
    });
    const bytes = readFileSync(path);
    for (const length of [bytes.length - 10, Math.floor(bytes.length / 2), 100]) {
      const err = await formatError(readAll(file('cut.xlsx', bytes.subarray(0, length))));
      expect(err.message).toContain('truncated');
    }
  });

  it('reports damaged compressed data as ImportFormatError instead of waiting forever', async () => {
    const path = join(dir, 'damaged.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
    const ws = wb.addWorksheet('花名册');
    ws.addRow([...HEADERS]).commit();
    for (let i = 0; i < 3000; i++) ws.addRow(ROW_A.split(',')).commit();
    ws.commit();
    await wb.commit();
    const bytes = readFileSync(path);
    // Scramble 64 bytes well inside the sheet's deflate stream: exceljs's spooling then never completes.
    const at = bytes.indexOf('xl/worksheets/sheet1.xml') + 2000;
    for (let i = at; i < at + 64; i++) bytes[i] ^= 0x5a;
    writeFileSync(path, bytes);
    const err = await formatError(readAll(path));
    expect(err.message).toMatch(/unreadable XLSX file|damaged/);
  });
});

describe('readRows — XLSX written by other tools', () => {
  it('reads inline strings, booleans, errors, and a title row above the header', async () => {
    const path = join(dir, 'inline.xlsx');
    writeXlsx(
      path,
      [
        '<row r="1"><c r="A1" t="inlineStr"><is><t>某县花名册 &amp; 说明</t></is></c></row>',
        inlineRow(3, [...HEADERS, '在职', '备注']),
        `<row r="4">${ROW_A.split(',')
          .map((c) => `<c t="inlineStr"><is><r><t>${c.slice(0, 1)}</t></r><r><rPr><b/></rPr><t>${c.slice(1)}</t></r><rPh><t>ピン</t></rPh></is></c>`)
          .join('')}<c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c></row>`,
        '<row r="6"><c r="B6" t="inlineStr"><is><t xml:space="preserve">  </t></is></c></row>',
      ].join(''),
    );
    expect(await readAll(path, { headers: [...HEADERS, '在职', '备注'] })).toEqual([{ line: 4, cells: { ...CELLS_A, 在职: 'TRUE', 备注: '#N/A' } }]);
  });
});

describe('readRows — hostile XLSX (issue 11): refused at a named limit, in bounded memory', () => {
  const ROW = ROW_A.split(',');
  const saved = { ...xlsxLimits };
  afterEach(() => Object.assign(xlsxLimits, saved));

  async function limitError(path: string): Promise<string> {
    const err = await formatError(readAll(path));
    expect(err).toBeInstanceOf(ImportLimitError);
    return err.message;
  }

  it('one 400 MB shared string in a 0.4 MB file: the cell limit, before the string is held', async () => {
    const path = join(dir, 'huge-string.xlsx');
    xlsxAttacks.hugeSharedString(path, HEADERS, 400_000_000);
    expect(readFileSync(path).length).toBeLessThan(1024 * 1024);
    expect(await limitError(path)).toMatch(/longer than 32767 characters: limit exceeded/);
  });

  it('one 300 MB inline cell: the cell limit', async () => {
    const path = join(dir, 'huge-cell.xlsx');
    xlsxAttacks.hugeInlineCell(path, HEADERS, 300_000_000);
    expect(await limitError(path)).toMatch(/longer than 32767 characters: limit exceeded/);
  });

  it('millions of unique shared strings: the count and the byte limits of the shared-strings table', async () => {
    const path = join(dir, 'many-strings.xlsx');
    xlsxAttacks.manySharedStrings(path, HEADERS, ROW, 5000);
    xlsxLimits.maxSharedStrings = 4000;
    expect(await limitError(path)).toMatch(/more than 4000 shared strings: limit exceeded/);
    xlsxLimits.maxSharedStrings = saved.maxSharedStrings;
    xlsxLimits.maxSharedStringBytes = 30_000;
    expect(await limitError(path)).toMatch(/shared strings exceed 0 MB: limit exceeded/);
    xlsxLimits.maxSharedStringBytes = saved.maxSharedStringBytes;
    expect(await readAll(path)).toEqual([{ line: 2, cells: CELLS_A }]);
  });

  it('a zip bomb of blank rows: refused by its declared size, and when the zip lies, by ratio or rows within a few MB', async () => {
    const honest = join(dir, 'bomb.xlsx');
    xlsxAttacks.blankRowsBomb(honest, HEADERS, ROW, 1_500_000_000);
    expect(readFileSync(honest).length).toBeLessThan(3 * 1024 * 1024);
    expect(await limitError(honest)).toMatch(/decompresses to more than 1024 MB: limit exceeded/);

    const lying = join(dir, 'bomb-lying.xlsx');
    xlsxAttacks.blankRowsBomb(lying, HEADERS, ROW, 1_500_000_000, 900_000_000);
    // the header and the first row come through; then the limit trips (the job's failure message)
    const rows: SourceRow[] = [];
    const err = await formatError(
      (async () => {
        for await (const row of readRows(lying, { headers: HEADERS })) rows.push(row);
      })(),
    );
    expect(rows).toEqual([{ line: 2, cells: CELLS_A }]);
    expect(err).toBeInstanceOf(ImportLimitError);
    expect(err.message).toMatch(/expands more than 100× its compressed size|more than 1048576 rows/);
    // building and inflating a 1.5-GB-declared zip takes ~2 s alone and over 5 s on a loaded 2-core machine
  }, 60_000);

  it('the total decompressed size is counted, not taken from the zip headers', async () => {
    const lying = join(dir, 'lying.xlsx');
    xlsxAttacks.blankRowsBomb(lying, HEADERS, ROW, 3_000_000, 900_000_000);
    xlsxLimits.maxDecompressedBytes = 1024 * 1024 * 1024;
    xlsxLimits.maxCompressionRatio = 1_000_000;
    xlsxLimits.maxRows = 10_000_000;
    xlsxLimits.maxDecompressedBytes = 2 * 1024 * 1024;
    expect(await limitError(lying)).toMatch(/decompresses to more than 2 MB: limit exceeded/);
  });

  it('a sheet with more rows than the row limit, and a row longer than the row limit', async () => {
    const path = join(dir, 'rows.xlsx');
    writeXlsx(path, inlineRow(1, HEADERS) + Array.from({ length: 150 }, (_, i) => inlineRow(i + 2, ROW)).join(''));
    xlsxLimits.maxRows = 100;
    expect(await limitError(path)).toMatch(/more than 100 rows: limit exceeded/);
    xlsxLimits.maxRows = saved.maxRows;
    xlsxLimits.maxRowChars = 30; // the header has 22 characters, each data row 34
    expect(await limitError(path)).toMatch(/row 2 is longer than 30 characters: limit exceeded/);
  });

  it('refuses a DOCTYPE (no entity definitions are ever expanded)', async () => {
    const path = join(dir, 'doctype.xlsx');
    writeXlsx(path, `]><!DOCTYPE x [<!ENTITY a "aaaa">]>${inlineRow(1, HEADERS)}`);
    expect((await formatError(readAll(path))).message).toMatch(/DOCTYPE/);
  });
});

describe('numberText and dateText', () => {
  it('render numbers without exponent or binary noise, and IDs beyond 2^53 the way Excel shows them', () => {
    expect(numberText(450202)).toBe('450202');
    expect(numberText(450202900101123)).toBe('450202900101123');
    expect(numberText(12.0)).toBe('12');
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(-1.25)).toBe('-1.25');
    expect(numberText(1e-7)).toBe('0.0000001');
    expect(numberText(4.50202199001011e17)).toBe('4.50202199001011E+17');
    expect(numberText(4.5e17)).toBe('4.5E+17');
    expect(dateText(new Date(Date.UTC(2026, 4, 31, 8, 30)))).toBe('2026-05-31 08:30:00');
    expect(dateText(new Date(Date.UTC(2026, 4, 31)))).toBe('2026-05-31');
  });
});

/** Makes V8's gc() callable without --expose-gc, so heap measurements are not at the mercy of GC timing. */
function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Heap plus Buffers (a reader that kept the file as Buffers would not show in heapUsed alone). */
function memory(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}
