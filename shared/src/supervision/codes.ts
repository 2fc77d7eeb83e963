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
