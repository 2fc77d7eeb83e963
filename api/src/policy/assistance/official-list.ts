import type ExcelJS from 'exceljs';
import { THIN_BORDER } from '../../common/xlsx';

/** One official list (名单) as printed and stamped: a title across the table, the bordered table, a signing line. */
export interface OfficialList {
  sheet: string;
  title: string;
  centerTitle?: boolean;
  headers: readonly string[];
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
  /** the line under the table: left part (who signs / stamps) and the date part in the fifth column */
  footer: [string, string];
  widths: readonly number[];
}

/** Lays out an official list on a new sheet of `wb` (the chronic filing list and the warning push share it). */
export function officialList(wb: ExcelJS.Workbook, list: OfficialList): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(list.sheet);
  ws.mergeCells(1, 1, 1, list.headers.length);
  const title = ws.getCell(1, 1);
  title.value = list.title;
  title.font = { bold: true, size: 14 };
  if (list.centerTitle) title.alignment = { horizontal: 'center' };
  ws.addRow([...list.headers]).font = { bold: true };
  for (const row of list.rows) ws.addRow([...row]);
  ws.addRow([]);
  ws.addRow([list.footer[0], '', '', '', list.footer[1]]);
  for (let i = 2; i <= list.rows.length + 2; i++) ws.getRow(i).eachCell((c) => (c.border = THIN_BORDER));
  ws.columns.forEach((c, i) => (c.width = list.widths[i]));
  return ws;
}
