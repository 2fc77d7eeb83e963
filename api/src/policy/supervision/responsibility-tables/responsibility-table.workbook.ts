import type ExcelJS from 'exceljs';
import { chinaDate, ResponsibilityTableRecord } from '@yibao/shared';
import { officialList } from '../../../common/xlsx';

/** The file name of the exported table. */
export const responsibilityTableFilename = (record: ResponsibilityTableRecord) =>
  `${record.regionName ?? record.regionCode}${record.year}年医疗保障扶贫责任分工表.xlsx`;

/**
 * The official layout of S0 Annex 2 (医疗保障扶贫责任分工表): title, 填报单位 (with the seal note) and 填报时间,
 * then the five columns, on A4 portrait. Pure layout: the table is read by the service.
 */
export function responsibilityTableWorkbook(wb: ExcelJS.Workbook, record: ResponsibilityTableRecord): void {
  const filedOn = record.lastSubmittedAt ? chinaDate(record.lastSubmittedAt) : '';
  const filedText = filedOn ? `${filedOn.slice(0, 4)}年${Number(filedOn.slice(5, 7))}月${Number(filedOn.slice(8, 10))}日` : '（未报送）';
  officialList(wb, {
    sheet: '责任分工表',
    title: `${record.year}年医疗保障扶贫责任分工表`,
    titleFont: { name: '宋体', size: 16, bold: true },
    centerTitle: true,
    subtitle: { text: `填报单位（盖章）：${record.regionName ?? record.regionCode}医疗保障局`, right: `填报时间：${filedText}` },
    headers: ['责任分工', '姓名', '单位及部门', '职务', '联系电话'],
    centerHeaders: true,
    rows: record.rows.map((row) => [row.role, row.name, row.unit, row.title, row.phone]),
    widths: [30, 12, 32, 14, 18],
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1 },
  });
}
