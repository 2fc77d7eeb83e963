import { defineCodes, type CodeLists, type CodeOf } from '../codes';

/**
 * The responsibilities a 医疗保障扶贫责任分工表 names (S0 Annex 2), in the annex's order. The values are the
 * annex's own Chinese titles, stored and exported as written, so this list has no separate labels (it is not
 * a defineCodes list: there is no code to label and no English title the bureaus use).
 */
export const RESPONSIBILITY_ROLES = [
  '总负责人',
  '行政部门分管负责人',
  '经办机构分管负责人',
  '行政部门直接负责人',
  '经办机构直接负责人',
  '完善大病保险政策责任人',
  '完善医疗救助政策责任人',
  '落实高值药品政策责任人',
  '"一站式"结算责任人',
  '专项救治(救助)责任人',
  '扶贫对象大排查责任人',
  '扶贫对象信息定期比对责任人',
  '扶贫对象管理台账责任人',
  '定期调度(统计)责任人',
] as const;

/** 报送任务 (DOMAIN §5): the reports the product expects, each with its filers, period and due rule (reporting-duties.ts). */
export const REPORTING_DUTY_CODES = defineCodes({
  monthly_bulletin: { zh: '月通报', en: 'Monthly bulletin' },
  quarterly_statistics: { zh: '季度调度统计', en: 'Quarterly dispatch statistics' },
  annual_report: { zh: '年度医保扶贫重点工作完成情况报告', en: 'Annual report on key poverty-alleviation work' },
  responsibility_table: { zh: '责任分工表', en: 'Responsibility table' },
  roster_comparison: { zh: '按月比对', en: 'Monthly roster comparison' },
});
export const REPORTING_DUTIES = REPORTING_DUTY_CODES.values;
export type ReportingDuty = CodeOf<typeof REPORTING_DUTY_CODES>;
export const isReportingDuty = REPORTING_DUTY_CODES.is;

/** A reporting task's state: not yet received (due ahead or overdue), or received. */
export const REPORTING_TASK_STATE_CODES = defineCodes({
  pending: { zh: '待报送', en: 'Pending' },
  overdue: { zh: '逾期未报', en: 'Overdue' },
  received: { zh: '已报送', en: 'Received' },
});
export const REPORTING_TASK_STATES = REPORTING_TASK_STATE_CODES.values;
export type ReportingTaskState = CodeOf<typeof REPORTING_TASK_STATE_CODES>;

/** The area's code lists by locale section (code-lists.ts combines the areas). */
export const SUPERVISION_CODE_LISTS: CodeLists = {
  reportingDuties: REPORTING_DUTY_CODES,
  reportingTaskStates: REPORTING_TASK_STATE_CODES,
};
