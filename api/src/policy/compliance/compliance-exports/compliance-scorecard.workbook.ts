import type ExcelJS from 'exceljs';
import {
  COMPLIANCE_AREA_CODES,
  COMPLIANCE_INDICATORS,
  COMPLIANCE_INDICATOR_LIST,
  COMPLIANCE_STATUS_CODES,
  type ComplianceActionRecord,
  type ComplianceCell,
  type ComplianceScorecard,
  type ComplianceStatus,
} from '@yibao/shared';
import { officialList } from '../../../common/xlsx';
import { actionStatusText, COMPLIANCE_STATUS_FILL, complianceStatusText, formatComplianceThreshold, formatComplianceValue } from './compliance-format';

export const SCORECARD_SHEETS = ['合规审计记分卡', '指标与依据', '跟进事项'] as const;

const ARROW = { up: '↑', down: '↓' } as const;

/** One cell as text: status sign and words, the value, the arrow against the previous period, frozen marks. */
export function scorecardCellText(cell: ComplianceCell): string {
  const def = COMPLIANCE_INDICATORS[cell.indicatorId];
  const parts = [complianceStatusText(cell.status), formatComplianceValue(def, cell.value)];
  if (cell.arrow) parts.push(ARROW[cell.arrow]);
  if (cell.changedSinceFrozen) parts.push('※冻结后数据有变动');
  return parts.join(' ');
}

export interface ScorecardWorkbookInput {
  scorecard: ComplianceScorecard;
  regionName: string;
  today: string;
  actions: readonly ComplianceActionRecord[];
  /** names of the actions' regions (cell and responsible) */
  regionNames: ReadonlyMap<string, string>;
}

/**
 * The scorecard as XLSX (issue 18): regions in rows (indented by depth), indicators in columns; each cell carries its
 * status as text with a sign and its value — the fill repeats the status, never replaces it — then the average row and
 * the legend; a sheet of the indicators with their lines and sources, and a sheet of the period's follow-up actions.
 */
export function complianceScorecardWorkbook(wb: ExcelJS.Workbook, input: ScorecardWorkbookInput): void {
  const { scorecard, regionName, today } = input;
  const defs = scorecard.indicators.map((id) => COMPLIANCE_INDICATORS[id]);
  const headers = ['地区', ...defs.map((d) => `${d.id} ${d.label.zh}`), '未达标项'];
  const subtitle = [
    `期间：${scorecard.period}`,
    scorecard.computedAt ? `计算时间：${scorecard.computedAt}` : '尚未计算',
    scorecard.snapshotId !== null ? `已冻结（快照 #${scorecard.snapshotId}）` : '未冻结',
    `导出日期：${today}`,
  ].join('　');
  const rows = scorecard.rows.map((r) => [
    `${'　'.repeat(r.depth)}${r.regionName}`,
    ...defs.map((d) => {
      const cell = r.cells[d.id];
      return cell ? scorecardCellText(cell) : complianceStatusText('no_data');
    }),
    r.redCount,
  ]);
  const average = ['平均（下级地区）', ...defs.map((d) => formatComplianceValue(d, scorecard.average[d.id] ?? null)), null];
  const ws = officialList(wb, {
    sheet: SCORECARD_SHEETS[0],
    title: `${regionName}政策合规审计记分卡`,
    subtitle: { text: subtitle },
    headers,
    rows: [...rows, { cells: average, bold: true }],
    widths: [20, ...defs.map(() => 18), 10],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  // header at row 3 (title, subtitle): the data starts at row 4, one row per scorecard row
  const first = 4;
  scorecard.rows.forEach((r, i) => {
    defs.forEach((d, j) => {
      const status: ComplianceStatus = r.cells[d.id]?.status ?? 'no_data';
      ws.getCell(first + i, 2 + j).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: COMPLIANCE_STATUS_FILL[status] } };
    });
  });
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 3 }];
  // the legend: colour, sign and words together
  ws.addRow([]);
  ws.addRow(['图例（颜色与文字同时标示）']).font = { bold: true };
  for (const status of COMPLIANCE_STATUS_CODES.values) {
    const row = ws.addRow([complianceStatusText(status), LEGEND[status]]);
    row.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: COMPLIANCE_STATUS_FILL[status] } };
  }
  ws.addRow(['↑ ↓', '与上期相比变动超过该指标的有效差距 (change against the previous period beyond the effective gap)']);
  ws.addRow(['※', '冻结后重新计算的数据与冻结值不同，显示冻结值 (a later run differs from the frozen figure)']);

  officialList(wb, {
    sheet: SCORECARD_SHEETS[1],
    title: '合规指标及政策依据',
    headers: ['指标', '名称', '领域', '分子', '分母', '标准', '依据文件', '条款', '原文'],
    // the lines in force for the shown indicators; a period never computed shows none, so then the whole catalogue
    rows: (defs.length ? defs : COMPLIANCE_INDICATOR_LIST).map((d) => [
      d.id,
      d.label.zh,
      COMPLIANCE_AREA_CODES.zh[d.area],
      d.numerator.zh,
      d.denominator.zh,
      formatComplianceThreshold(d, d.threshold),
      d.source.document,
      d.source.clause,
      d.source.text,
    ]),
    widths: [8, 24, 12, 30, 30, 10, 40, 8, 50],
  });

  const names = input.regionNames;
  officialList(wb, {
    sheet: SCORECARD_SHEETS[2],
    title: `${regionName}${scorecard.period}合规跟进事项`,
    headers: ['地区', '指标', '事项', '责任单位', '办结期限', '复核日期', '状态', '逾期', '整改事项'],
    rows: input.actions.map((a) => [
      names.get(a.regionCode) ?? a.regionCode,
      a.indicatorId,
      a.title,
      names.get(a.responsibleRegionCode) ?? a.responsibleRegionCode,
      a.dueOn,
      a.reviewOn,
      actionStatusText(a.status),
      a.overdue ? '是' : '否',
      a.rectificationItemId === null ? null : `#${a.rectificationItemId}`,
    ]),
    widths: [14, 8, 40, 14, 12, 12, 10, 6, 10],
  });
}

const LEGEND: Readonly<Record<ComplianceStatus, string>> = {
  green: '达到或优于标准 (meets the line)',
  amber: '未达标准但在临界范围内 (within the amber band past the line)',
  red: '未达到标准 (past the line beyond the amber band)',
  no_data: '无可计算的数据 (nothing to count)',
};
