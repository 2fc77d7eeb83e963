import type { Response } from 'express';
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { sendWorkbook, streamWorkbook } from './xlsx';

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
