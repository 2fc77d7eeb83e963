import type ExcelJS from 'exceljs';
import {
  ASSISTANCE_MEASURE_LABELS,
  COST_WARNING_WORKFLOW,
  decodeCategories,
  IDENTITY_CATEGORY_LABELS,
  maskIdNumber,
  WarningMeasureRecord,
} from '@yibao/shared';
import { officialList } from '../../../common/xlsx';
import type { CostWarning } from '../cost-warnings/cost-warning.entity';
import type { CostWarningPush } from './cost-warning-push.entity';

/**
 * 高额医疗费用监测预警推送名单 (S3 §五): the monthly list as the receiving department (民政 / 乡村振兴) signs
 * for it. IDs masked. Pure layout: the push and its warnings are read by the service.
 */
export function warningPushWorkbook(wb: ExcelJS.Workbook, push: CostWarningPush, departmentLabel: string, warnings: readonly CostWarning[]): void {
  officialList(wb, {
    sheet: '预警名单',
    title: `高额医疗费用监测预警推送名单（${push.month}，推送至${departmentLabel}）`,
    headers: ['序号', '姓名', '身份证号', '身份类别', '年度', '个人负担（元）', '预警线（元）', '阶段', '帮扶措施'],
    rows: warnings.map((w, i) => {
      const measures = (JSON.parse(w.measures) as WarningMeasureRecord[])
        .map((m) => `${ASSISTANCE_MEASURE_LABELS[m.type]}${m.amountFen ? ` ${(m.amountFen / 100).toFixed(2)} 元` : ''}`)
        .join('；');
      const categories = decodeCategories(w.identityCategories)
        .map((c) => IDENTITY_CATEGORY_LABELS[c])
        .join('、');
      return [
        i + 1,
        w.name,
        maskIdNumber(w.idNumber),
        categories,
        w.year,
        w.burdenFen / 100,
        w.thresholdFen / 100,
        COST_WARNING_WORKFLOW.states[w.state]?.label.zh ?? w.state,
        measures,
      ];
    }),
    footer: [`签收单位及经办人：${push.receivedBy ?? ''}`, `签收日期：${push.receivedAt ? new Date(push.receivedAt).toISOString().slice(0, 10) : ''}`],
    widths: [6, 12, 22, 26, 8, 14, 12, 14, 40],
  });
}
