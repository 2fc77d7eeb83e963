import type ExcelJS from 'exceljs';
import { EnrollmentBulletin, regionLevelOf } from '@yibao/shared';
import { officialList } from '../../../common/xlsx';

const pct = (bp: number | null) => (bp === null ? '—' : `${(bp / 100).toFixed(2)}%`);

/** The bulletin's title, also its file name. */
export const bulletinTitle = (b: EnrollmentBulletin) => `${b.regionName ?? b.regionCode}医疗保障扶贫资助参保月通报（${b.month}）`;

/**
 * 医疗保障扶贫资助参保月通报 as a bureau files it: title, the basis of the figures, one row per city (bold)
 * and county, the total. Pure layout: the bulletin is computed by the service.
 */
export function bulletinWorkbook(wb: ExcelJS.Workbook, b: EnrollmentBulletin): void {
  const line = (name: string, r: EnrollmentBulletin['total']) => [
    name,
    r.persons,
    r.validExclusions,
    r.enrolled,
    r.notEnrolled,
    pct(r.rateBp),
    r.met === null ? '—' : r.met ? '达标' : '未达标',
    r.tasksOpened,
    r.tasksClosed,
    r.tasksOverdue,
  ];
  const indent = regionLevelOf(b.regionCode) === 'province';
  officialList(wb, {
    sheet: '月通报',
    title: bulletinTitle(b),
    titleFont: { bold: true, size: 16 },
    centerTitle: true,
    subtitle: {
      text: `统计口径：在册帮扶对象 ${b.year} 年度参保情况；参保率 = 已参保 ÷（在册人数 − 正当理由未参保）；目标依据：${b.target.source}。生成日期：${b.generatedOn}`,
      height: 32,
    },
    headers: [
      '地区',
      '在册人数',
      '正当理由未参保',
      '已参保',
      '应保未保',
      '参保率',
      `是否达标（≥${pct(b.target.targetBp)}）`,
      '本月新增核查任务',
      '本月办结',
      '逾期未办结',
    ],
    rows: [
      ...b.rows.map((r) => ({
        cells: line(r.level === 'county' && indent ? `\u3000${r.regionName ?? r.regionCode}` : (r.regionName ?? r.regionCode), r),
        bold: r.level === 'city',
      })),
      { cells: line('合计', b.total), bold: true },
    ],
    widths: [22, 14, 14, 14, 14, 14, 14, 14, 14, 14],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
}
