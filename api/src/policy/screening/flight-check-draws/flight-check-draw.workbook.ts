import type ExcelJS from 'exceljs';
import { chinaDate, FLIGHT_CHECK_WEIGHTING_CODES, type FlightCheckDrawRecord } from '@yibao/shared';
import { officialList } from '../../../common/xlsx';

/** The public list's columns (CSV and XLSX alike). */
export const DRAW_EXPORT_HEADERS = ['类别', '序号', '机构编码', '名称 / 姓名', '所在区划', '抽取权重'] as const;

/**
 * 双随机抽查结果公开名单: the drawn institutions in draw order with their weights, the drawn inspectors, then what anyone
 * needs to re-run the draw — the region, counts, weighting, seed and candidate hash. Pure layout; the service reads,
 * audits and sends; every text cell is made formula-safe on its way out (csvLine, sendWorkbook).
 */
export function drawExportRows(r: FlightCheckDrawRecord): Array<Array<string | number>> {
  return [
    ...r.institutions.map((i, n) => ['抽中机构', n + 1, i.code, i.name, i.regionCode, i.weight]),
    ...r.inspectors.map((u, n) => ['检查人员', n + 1, '', u.displayName, u.regionCode, '']),
    ['抽取范围', '', '', r.regionName ?? r.regionCode, r.regionCode, ''],
    ['抽取方式', '', '', FLIGHT_CHECK_WEIGHTING_CODES.zh[r.weighting], '', ''],
    [
      '抽取数量',
      '',
      '',
      `机构 ${r.institutionCount} 家（候选 ${r.institutionCandidates} 家）；检查人员 ${r.inspectorCount} 人（回避后候选 ${r.eligibleInspectors} 人）`,
      '',
      '',
    ],
    ['随机种子', '', '', r.seed, '', ''],
    ['候选名单哈希 (sha256)', '', '', r.candidateHash, '', ''],
    ['抽取时间', '', '', `${chinaDate(new Date(r.drawnAt))} ${r.drawnBy}`, '', ''],
  ];
}

export function drawWorkbook(wb: ExcelJS.Workbook, r: FlightCheckDrawRecord): void {
  officialList(wb, {
    sheet: '双随机抽查结果',
    title: `医疗保障基金飞行检查“双随机”抽查结果（第 ${r.id} 号）`,
    centerTitle: true,
    subtitle: { text: `抽取单位：${r.regionName ?? r.regionCode}医疗保障局；随机种子与候选名单哈希见表末，可据以复核`, height: 30 },
    headers: [...DRAW_EXPORT_HEADERS],
    centerHeaders: true,
    rows: drawExportRows(r),
    widths: [20, 6, 16, 48, 10, 12],
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1 },
  });
}
