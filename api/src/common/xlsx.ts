import type { Response } from 'express';
import ExcelJS from 'exceljs';

/**
 * The one way the API sends a spreadsheet: builds an exceljs workbook and streams it with a download name
 * that survives Chinese characters (RFC 5987) in every browser.
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
  await write(wb);
  await wb.commit();
}

export async function sendWorkbook(res: Response, filename: string, build: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '医保帮扶督导平台';
  wb.created = new Date();
  build(wb);
  const buffer = await wb.xlsx.writeBuffer();
  downloadHeaders(res, filename);
  res.end(Buffer.from(buffer as ArrayBuffer));
}

/** Thin borders on a cell, as official forms print. */
export const THIN_BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
