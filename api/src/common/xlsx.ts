import type { Response } from 'express';
import ExcelJS from 'exceljs';
import { spreadsheetSafe } from '@yibao/shared';

/**
 * The one way the API sends a spreadsheet: builds an exceljs workbook and streams it with a download name
 * that survives Chinese characters (RFC 5987) in every browser. Every text cell goes through
 * `spreadsheetSafe()` on its way out (formula injection), whoever filled it.
 */
function downloadHeaders(res: Response, filename: string): void {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_');
  res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  res.setHeader('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`);
  res.setHeader('Cache-Control', 'no-store');
}

/**
 * For large exports: rows are written to the response as they are produced (`row.commit()`), so memory
 * stays flat whatever the region's size.
 */
export async function streamWorkbook(res: Response, filename: string, write: (wb: ExcelJS.stream.xlsx.WorkbookWriter) => Promise<void>): Promise<void> {
  downloadHeaders(res, filename);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
  wb.creator = '医保帮扶督导平台';
  safeCommits(wb);
  await write(wb);
  await wb.commit();
}

export async function sendWorkbook(res: Response, filename: string, build: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '医保帮扶督导平台';
  wb.created = new Date();
  build(wb);
  wb.eachSheet((ws) => ws.eachRow((row) => safeCells(row)));
  const buffer = await wb.xlsx.writeBuffer();
  downloadHeaders(res, filename);
  res.end(Buffer.from(buffer as ArrayBuffer));
}

/** Text cells (and a rich text's first run) made formula-safe; numbers, dates and our own formulas unchanged. */
export function safeCells(row: ExcelJS.Row): void {
  row.eachCell((cell) => {
    if (cell.type === ExcelJS.ValueType.String) cell.value = spreadsheetSafe(cell.value as string);
    else if (cell.type === ExcelJS.ValueType.RichText) {
      const runs = (cell.value as ExcelJS.CellRichTextValue).richText;
      if (runs.length > 0) cell.value = { richText: [{ ...runs[0], text: spreadsheetSafe(runs[0].text) }, ...runs.slice(1)] };
    }
  });
}

/**
 * A streamed row leaves memory at `row.commit()`: exceljs's worksheet writer hands it to `_commitRow`, so each
 * worksheet's `_commitRow` makes the row safe first (internals, hence the guard).
 */
function safeCommits(wb: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const addWorksheet = wb.addWorksheet.bind(wb);
  wb.addWorksheet = ((...args: Parameters<typeof addWorksheet>) => {
    const ws = addWorksheet(...args) as unknown as { _commitRow?: (row: ExcelJS.Row) => void };
    const commitRow = ws._commitRow;
    if (typeof commitRow !== 'function') throw new Error('exceljs worksheet writer internals changed: review safeCommits in xlsx.ts');
    ws._commitRow = function (row: ExcelJS.Row) {
      safeCells(row);
      return commitRow.call(this, row);
    };
    return ws as unknown as ExcelJS.Worksheet;
  }) as typeof wb.addWorksheet;
}

/** Thin borders on a cell, as official forms print. */
export const THIN_BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
