import type ExcelJS from 'exceljs';
import {
  maskIdNumbersIn,
  PROBLEM_TYPE_LABELS,
  RECTIFICATION_CATEGORY_LABELS,
  RECTIFICATION_ITEM_WORKFLOW,
  RECTIFICATION_SOURCE_LABELS,
  SUB_TASK_KIND_LABELS,
  SUB_TASK_KINDS,
  SUB_TASK_STATUS_LABELS,
  type RectificationItemRecord,
} from '@yibao/shared';
import { officialList } from '../../../common/xlsx';

/** The three sheets' names (问题清单 / 任务清单 / 责任清单, S4 §五: 建账 → 对账 → 销号). */
export const RECTIFICATION_LIST_SHEETS = ['问题清单', '任务清单', '责任清单'] as const;

export interface RectificationLists {
  campaign: { name: string; documentNo: string | null };
  /** the unit the lists are for (the region asked for) */
  unitName: string;
  today: string;
  items: readonly RectificationItemRecord[];
}

/** Free text may quote a person's ID number: masked on its way into the workbook. */
const text = (s: string | null | undefined) => (s ? maskIdNumbersIn(s) : '');
const stateLabel = (state: string) => RECTIFICATION_ITEM_WORKFLOW.states[state]?.label.zh ?? state;
const problem = (i: RectificationItemRecord) => `${i.title}${i.description ? `：${i.description}` : ''}`;

/**
 * 过度保障问题整改三张清单 as a unit files them: one workbook, three official lists of the same items (a row per
 * item in each), a title naming the campaign, the unit and date, and a signing line. Pure layout: the service
 * reads the items (in scope) and audits the export.
 */
export function rectificationListsWorkbook(wb: ExcelJS.Workbook, l: RectificationLists): void {
  const campaign = `${l.campaign.name}${l.campaign.documentNo ? `（${l.campaign.documentNo}）` : ''}`;
  const subtitle = (what: string) => ({ text: `填报单位：${l.unitName}\u3000${what}`, right: `填报日期：${l.today}` });
  const footer: [string, string] = [`填报单位（盖章）：${l.unitName}\u3000负责人（签字）：`, `日期：${l.today}`];
  officialList(wb, {
    sheet: RECTIFICATION_LIST_SHEETS[0],
    title: `${campaign}问题清单`,
    centerTitle: true,
    subtitle: subtitle(`共 ${l.items.length} 项`),
    headers: ['序号', '地区', '问题类型', '整改类别', '问题描述', '地方政策文件', '问题来源', '涉及人数', '涉及金额（元）', '发现日期', '状态'],
    rows: l.items.map((i, n) => [
      n + 1,
      i.regionName ?? i.regionCode,
      PROBLEM_TYPE_LABELS[i.problemType],
      RECTIFICATION_CATEGORY_LABELS[i.category],
      text(problem(i)),
      text(i.localPolicy),
      RECTIFICATION_SOURCE_LABELS[i.source],
      i.affectedPersons,
      i.amount === null ? null : i.amount / 100,
      i.identifiedOn,
      stateLabel(i.state),
    ]),
    footer,
    widths: [6, 12, 24, 10, 44, 24, 10, 10, 14, 12, 10],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  officialList(wb, {
    sheet: RECTIFICATION_LIST_SHEETS[1],
    title: `${campaign}任务清单`,
    centerTitle: true,
    subtitle: subtitle(`逾期 ${l.items.filter((i) => i.overdue).length} 项`),
    headers: ['序号', '地区', '问题', '整改措施', '整改时限', '剩余天数', '平稳过渡子任务', '持续整改', '挂牌督办', '状态'],
    rows: l.items.map((i, n) => [
      n + 1,
      i.regionName ?? i.regionCode,
      text(i.title),
      text(i.measures),
      i.dueOn,
      i.daysLeft === null ? '' : i.overdue ? `逾期 ${-i.daysLeft} 天` : i.daysLeft,
      i.subTasks
        ? SUB_TASK_KINDS.map(
            (k) => `${SUB_TASK_KIND_LABELS[k]}：${SUB_TASK_STATUS_LABELS[i.subTasks![k].status]}${i.subTasks![k].doneOn ? `（${i.subTasks![k].doneOn}）` : ''}`,
          ).join('；')
        : '',
      i.continuing ? '是' : '',
      i.supervision ? `是（${i.supervision.letterNo}）` : '',
      stateLabel(i.state),
    ]),
    footer,
    widths: [6, 12, 30, 40, 12, 10, 40, 10, 22, 10],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  // the persons come from the units' approved responsibility tables (never typed here): officials named on a
  // public list, as the responsibility table's own export shows them
  officialList(wb, {
    sheet: RECTIFICATION_LIST_SHEETS[2],
    title: `${campaign}责任清单`,
    centerTitle: true,
    subtitle: subtitle('责任人取自经审核的责任分工表'),
    headers: ['序号', '地区', '问题', '责任角色', '责任人', '责任单位', '职务', '联系电话', '整改时限'],
    rows: l.items.map((i, n) => [
      n + 1,
      i.regionName ?? i.regionCode,
      text(i.title),
      i.responsibleRole ?? '',
      i.responsiblePerson ?? (i.responsibleRole ? '（责任分工表未审核）' : ''),
      i.responsibleContact?.unit ?? '',
      i.responsibleContact?.title ?? '',
      i.responsibleContact?.phone ?? '',
      i.dueOn,
    ]),
    footer,
    widths: [6, 12, 30, 16, 10, 24, 14, 16, 12],
  });
}
