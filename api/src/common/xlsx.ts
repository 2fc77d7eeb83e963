import type { Response } from 'express';
import ExcelJS from 'exceljs';
import { spreadsheetSafe } from '@yibao/shared';
import { contentDisposition } from './download';

/**
 * The one way the API sends a spreadsheet: builds an exceljs workbook and streams it with a download name
 * that survives Chinese characters (RFC 5987) in every browser. Every text cell goes through
 * `spreadsheetSafe()` on its way out (formula injection), whoever filled it.
 */
function downloadHeaders(res: Response, filename: string): void {
  res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  res.setHeader('Content-Disposition', contentDisposition(filename, 'export'));
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

type OfficialCell = string | number | null;

/** One official form (名单、通报、分工表) as printed and stamped: a title across the table, the bordered table, a signing line. */
export interface OfficialList {
  sheet: string;
  title: string;
  /** 14pt bold unless the form says otherwise */
  titleFont?: Partial<ExcelJS.Font>;
  centerTitle?: boolean;
  /**
   * The line between the title and the table: a note across the table (wrapped), or, with `right`, the
   * filing unit on the left and the date right-aligned over the last two columns.
   */
  subtitle?: { text: string; right?: string; height?: number };
  headers: readonly string[];
  centerHeaders?: boolean;
  /** a row's cells, or the cells and whether the row is a bold (sub)total */
  rows: ReadonlyArray<ReadonlyArray<OfficialCell> | { cells: ReadonlyArray<OfficialCell>; bold: boolean }>;
  /** the line under the table: left part (who signs / stamps) and the date part in the fifth column */
  footer?: [string, string];
  widths: readonly number[];
  pageSetup?: Partial<ExcelJS.PageSetup>;
}

/** Lays out an official form on a new sheet of `wb`; every official list the API sends goes through it. */
export function officialList(wb: ExcelJS.Workbook, list: OfficialList): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(list.sheet, list.pageSetup ? { pageSetup: list.pageSetup } : undefined);
  const columns = list.headers.length;
  ws.mergeCells(1, 1, 1, columns);
  const title = ws.getCell(1, 1);
  title.value = list.title;
  title.font = list.titleFont ?? { bold: true, size: 14 };
  if (list.centerTitle) title.alignment = { horizontal: 'center' };
  if (list.subtitle) {
    const { text, right, height } = list.subtitle;
    ws.mergeCells(2, 1, 2, right === undefined ? columns : columns - 2);
    ws.getCell(2, 1).value = text;
    if (right === undefined) ws.getCell(2, 1).alignment = { wrapText: true };
    else {
      ws.mergeCells(2, columns - 1, 2, columns);
      ws.getCell(2, columns - 1).value = right;
      ws.getCell(2, columns - 1).alignment = { horizontal: 'right' };
    }
    if (height) ws.getRow(2).height = height;
  }
  const header = ws.addRow([...list.headers]);
  header.font = { bold: true };
  if (list.centerHeaders) header.alignment = { horizontal: 'center' };
  for (const row of list.rows) {
    if ('cells' in row) {
      const added = ws.addRow([...row.cells]);
      if (row.bold) added.font = { bold: true };
    } else ws.addRow([...row]);
  }
  for (let r = header.number; r <= header.number + list.rows.length; r++) {
    for (let c = 1; c <= columns; c++) ws.getCell(r, c).border = THIN_BORDER;
  }
  if (list.footer) {
    ws.addRow([]);
    ws.addRow([list.footer[0], '', '', '', list.footer[1]]);
  }
  ws.columns.forEach((c, i) => (c.width = list.widths[i]));
  return ws;
}
