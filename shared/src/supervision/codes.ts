import { defineCodes, type CodeOf } from '../codes';

/**
 * The responsibilities a 医疗保障扶贫责任分工表 names (S0 Annex 2), in the annex's order. The code is the
 * annex's own Chinese title — stored and exported as written (a table row's `role`, an item's
 * `responsibleRole`) — and the English label is only for the admin's en-US pages.
 */
export const RESPONSIBILITY_ROLE_CODES = defineCodes({
  总负责人: { zh: '总负责人', en: 'Head in overall charge' },
  行政部门分管负责人: { zh: '行政部门分管负责人', en: 'Administration: deputy head in charge' },
  经办机构分管负责人: { zh: '经办机构分管负责人', en: 'Handling agency: deputy head in charge' },
  行政部门直接负责人: { zh: '行政部门直接负责人', en: 'Administration: officer directly responsible' },
  经办机构直接负责人: { zh: '经办机构直接负责人', en: 'Handling agency: officer directly responsible' },
  完善大病保险政策责任人: { zh: '完善大病保险政策责任人', en: 'Critical-illness insurance policy' },
  完善医疗救助政策责任人: { zh: '完善医疗救助政策责任人', en: 'Medical assistance policy' },
  落实高值药品政策责任人: { zh: '落实高值药品政策责任人', en: 'High-cost drug policy' },
  '"一站式"结算责任人': { zh: '"一站式"结算责任人', en: 'One-stop settlement' },
  '专项救治(救助)责任人': { zh: '专项救治(救助)责任人', en: 'Special treatment (assistance)' },
  扶贫对象大排查责任人: { zh: '扶贫对象大排查责任人', en: 'Screening of the poverty population' },
  扶贫对象信息定期比对责任人: { zh: '扶贫对象信息定期比对责任人', en: 'Regular data matching of the poverty population' },
  扶贫对象管理台账责任人: { zh: '扶贫对象管理台账责任人', en: 'Ledger of the poverty population' },
  '定期调度(统计)责任人': { zh: '定期调度(统计)责任人', en: 'Regular reporting (statistics)' },
});
export const RESPONSIBILITY_ROLES = RESPONSIBILITY_ROLE_CODES.values;
export type ResponsibilityRole = CodeOf<typeof RESPONSIBILITY_ROLE_CODES>;
export const isResponsibilityRole = RESPONSIBILITY_ROLE_CODES.is;
