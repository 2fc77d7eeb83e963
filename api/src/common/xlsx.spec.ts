import type { Response } from 'express';
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { officialList, sendWorkbook, streamWorkbook, THIN_BORDER } from './xlsx';

/** A Response stand-in that collects the body (sendWorkbook ends it with a Buffer; streamWorkbook pipes to it). */
function fakeResponse(): { res: Response; body: () => Promise<Buffer> } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => stream.on('end', resolve));
  const res = Object.assign(stream, { setHeader: () => res }) as unknown as Response;
  return { res, body: async () => (await done, Buffer.concat(chunks)) };
}

async function cells(body: Buffer): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return (wb.worksheets[0].getRow(1).values as unknown[]).slice(1);
}

const ROW = ["=cmd|' /C calc'!A0", '+1+1', '@SUM(A1)', '\t=1', '张三', -12.5, '-', { formula: '1+1', result: 2 }];
const SAFE = ["'=cmd|' /C calc'!A0", "'+1+1", "'@SUM(A1)", "'\t=1", '张三', -12.5, '-', { formula: '1+1', result: 2 }];

describe('spreadsheets are formula-safe whoever fills them (issue 11 #9)', () => {
  it('sendWorkbook escapes text cells, leaves numbers and our own formulas', async () => {
    const { res, body } = fakeResponse();
    await sendWorkbook(res, 'x.xlsx', (wb) => {
      wb.addWorksheet('S').addRow(ROW);
      wb.getWorksheet('S')!.getCell('J1').value = { richText: [{ text: '=evil' }, { text: '()' }] };
    });
    const values = await cells(await body());
    expect(values.slice(0, ROW.length)).toEqual(SAFE);
    expect(values[9]).toEqual({ richText: [{ text: "'=evil" }, { text: '()' }] });
  });

  it('streamWorkbook escapes each row as it is committed', async () => {
    const { res, body } = fakeResponse();
    await streamWorkbook(res, 'x.xlsx', async (wb) => {
      const ws = wb.addWorksheet('S');
      ws.addRow(ROW).commit();
      ws.commit();
    });
    expect(await cells(await body())).toEqual(SAFE);
  });
});

describe('officialList: the one layout of an official form', () => {
  const form = (extra: Partial<Parameters<typeof officialList>[1]> = {}) => {
    const wb = new ExcelJS.Workbook();
    const ws = officialList(wb, {
      sheet: '名单',
      title: '某某名单',
      headers: ['序号', '姓名', '备注'],
      rows: [[1, '张三', null], { cells: [2, '合计', ''], bold: true }],
      widths: [6, 12, 20],
      ...extra,
    });
    return ws;
  };

  it('title merged across the table, header bold, every table cell bordered (empty ones too), widths set', () => {
    const ws = form();
    expect(ws.getCell(1, 1).value).toBe('某某名单');
    expect(ws.getCell(1, 3).isMerged).toBe(true);
    expect(ws.getCell(1, 1).font).toEqual({ bold: true, size: 14 });
    expect(ws.getRow(2).values).toEqual([undefined, '序号', '姓名', '备注']);
    expect(ws.getRow(2).font).toEqual({ bold: true });
    expect(ws.getRow(4).font).toEqual({ bold: true });
    expect(ws.getRow(3).font).toBeUndefined();
    for (const [r, c] of [
      [2, 1],
      [3, 3],
      [4, 3],
    ])
      expect(ws.getCell(r, c).border).toEqual(THIN_BORDER);
    expect(ws.getCell(5, 1).border).toBeUndefined();
    expect(ws.columns.map((c) => c.width)).toEqual([6, 12, 20]);
  });

  it('a subtitle with a right part: the unit on the left, the date right-aligned over the last two columns; the footer under a blank row', () => {
    const ws = form({
      headers: ['a', 'b', 'c', 'd', 'e'],
      widths: [1, 2, 3, 4, 5],
      subtitle: { text: '填报单位：甲', right: '填报时间：乙' },
      footer: ['签收：丙', '日期：丁'],
    });
    expect(ws.getCell('A2').value).toBe('填报单位：甲');
    expect(ws.getCell('C2').isMerged).toBe(true);
    expect(ws.getCell('D2').value).toBe('填报时间：乙');
    expect(ws.getCell('D2').alignment).toEqual({ horizontal: 'right' });
    expect(ws.getRow(3).values).toEqual([undefined, 'a', 'b', 'c', 'd', 'e']);
    expect(ws.getRow(6).values).toEqual([]);
    expect(ws.getCell('A7').value).toBe('签收：丙');
    expect(ws.getCell('E7').value).toBe('日期：丁');
  });
});
