import type ExcelJS from 'exceljs';
import { decodeCategories, IdentityCategory, maskIdNumber } from '@yibao/shared';
import { THIN_BORDER } from '../../../common/xlsx';
import type { Enrollment } from '../enrollments/enrollment.entity';
import type { Beneficiary } from './beneficiary.entity';

/** 综合管理台账 (S0 Annex 1): the 36 columns of DOMAIN §2, in order. */
const VISIT_COLUMNS = ['就诊人次', '总费用', '基本医保支付', '大病保险支付', '医疗救助支付', '其他保障支付'];
export const LEDGER_COLUMNS = [
  '统筹地区代码',
  '统筹地区名称',
  '行政区划代码',
  '行政区划名称',
  '姓名',
  '身份证号',
  '是否建档立卡贫困人口',
  '城镇低保',
  '农村低保',
  '城镇特困',
  '农村特困',
  '城镇低收入',
  '农村低收入',
  '农村其他困难群体',
  '是否参加城乡居民基本医保',
  '是否参加大病保险',
  '参保财政补助(资助)金额(元)',
  '是否参加商业补充医疗保险',
  ...VISIT_COLUMNS.map((c) => `普通门诊-${c}`),
  ...VISIT_COLUMNS.map((c) => `门诊特慢病-${c}`),
  ...VISIT_COLUMNS.map((c) => `住院-${c}`),
];
const FLAG_COLUMNS: IdentityCategory[] = [
  'registered_poor',
  'urban_dibao',
  'rural_dibao',
  'urban_tekun',
  'rural_tekun',
  'urban_low_income',
  'rural_low_income',
  'rural_other_hardship',
];

/**
 * The ledger's layout, written row by row as the service streams the region (a data sheet, not a stamped
 * list: no title or signing line, the header frozen on row 1). Pure layout: the rows are read by the service.
 */
export function ledgerSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter): ExcelJS.Worksheet {
  const ws = wb.addWorksheet('综合管理台账', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = LEDGER_COLUMNS.map((header, i) => ({ header, width: i === 5 ? 22 : i < 5 ? 14 : 12 }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.eachCell((c) => (c.border = THIN_BORDER));
  header.commit();
  return ws;
}

/** One person's ledger row: ID masked unless `full`; columns 19–36 (visits and payments) stay empty until settlements are recorded. */
export function addLedgerRow(ws: ExcelJS.Worksheet, p: Beneficiary, e: Enrollment | undefined, names: ReadonlyMap<string, string>, full: boolean): void {
  const yes = (v: boolean) => (v ? '是' : '否');
  const categories = new Set(decodeCategories(p.identityCategories));
  const row = ws.addRow([
    p.poolingRegionCode,
    names.get(p.poolingRegionCode) ?? '',
    p.regionCode,
    names.get(p.regionCode) ?? '',
    p.name,
    full ? p.idNumber : maskIdNumber(p.idNumber),
    ...FLAG_COLUMNS.map((c) => yes(categories.has(c))),
    yes(Boolean(e?.enrolled && e.scheme === 'resident_basic')),
    yes(Boolean(e?.enrolled && e.criticalIllness)),
    e?.enrolled ? e.subsidyAmount / 100 : 0,
    yes(Boolean(e?.enrolled && e.commercialSupplementary)),
  ]);
  row.getCell(17).numFmt = '0.00';
  row.commit();
}
