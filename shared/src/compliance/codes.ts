import { defineCodes, type CodeLists, type CodeOf } from '../codes';

/**
 * 政策合规审计 (issue 18; DOMAIN §7, policy-modules §4): the indicators' ids, the areas they are grouped by, a cell's
 * traffic light and a follow-up action's status. The catalogue (formula in words, threshold, source) is indicators.ts.
 */

/** The indicators (DOMAIN §7's sixteen and issue 18's four; ids fixed — acceptance checks use them). */
export const COMPLIANCE_INDICATOR_CODES = defineCodes({
  'ENR-1': { zh: '农村低收入人口和脱贫人口参保率', en: 'Enrollment rate, rural low-income and formerly poor' },
  'ENR-2': { zh: '建档立卡贫困人口参保率', en: 'Enrollment rate, registered poor' },
  'ENR-3': { zh: '月度比对核查按期办结率', en: 'Monthly comparison tasks closed on time' },
  'TIR-1': { zh: '大病保险政策范围内支付比例', en: 'Critical-illness insurance in-policy payment ratio' },
  'TIR-2': { zh: '大病保险倾斜政策落实率', en: 'Critical-illness tilt for the poor applied' },
  'TIR-3': { zh: '重特大疾病医疗救助比例', en: 'Major-illness medical-aid ratio' },
  'TIR-4': { zh: '住院个人自付比例', en: 'Inpatient out-of-pocket share' },
  'TIR-5': { zh: '门诊慢特病个人自付比例', en: 'Chronic-outpatient out-of-pocket share' },
  'TIR-6': { zh: '住院目录内费用占比', en: 'In-catalogue share of inpatient cost' },
  'OVP-1': { zh: '重点救助对象住院政策范围内报销比例', en: 'Key aid recipients’ in-policy inpatient reimbursement' },
  'OVP-2': { zh: '零自付结算笔数', en: 'Settlements with zero out-of-pocket' },
  'OVP-3': { zh: '逾期未整改问题数', en: 'Rectification items overdue' },
  'MON-1': { zh: '高额费用预警按期处置率', en: 'High-cost warnings handled on time' },
  'SUP-1': { zh: '责任分工表按期审定率', en: 'Responsibility tables approved on time' },
  'SUP-2': { zh: '季度统计和年度报告按时报送率', en: 'Quarterly statistics and annual report on time' },
  'SUP-3': { zh: '报送任务完整及时率', en: 'Reporting completeness and timeliness' },
  'FRD-1': { zh: '超期欺诈骗保案件数', en: 'Fraud cases past a stage time limit' },
  'FRD-2': { zh: '线索15个工作日内处理率', en: 'Clues decided within 15 working days' },
  'FRD-3': { zh: '疑点按阶段时限审核率', en: '疑点 reviewed within their stage limits' },
  'REC-1': { zh: '整改问题按期销号率', en: 'Rectification items closed by their due date' },
});
export const COMPLIANCE_INDICATOR_IDS = COMPLIANCE_INDICATOR_CODES.values;
export type ComplianceIndicatorId = CodeOf<typeof COMPLIANCE_INDICATOR_CODES>;

/** The scorecard's column groups (one per policy area; 动态监测 is assistance's high-cost warnings). */
export const COMPLIANCE_AREA_CODES = defineCodes({
  enrollment: { zh: '资助参保', en: 'Enrollment' },
  assistance: { zh: '三重制度', en: 'Tiered assistance' },
  rectification: { zh: '过度保障治理', en: 'Over-protection' },
  monitoring: { zh: '动态监测', en: 'Monitoring' },
  supervision: { zh: '督导问责', en: 'Supervision' },
  fraud: { zh: '欺诈骗保', en: 'Fraud' },
});
export type ComplianceArea = CodeOf<typeof COMPLIANCE_AREA_CODES>;

/** A cell's traffic light (DHIS2/HISP's 3-class legend, policy-modules §4.2) — shown with an icon and text, never colour alone. */
export const COMPLIANCE_STATUS_CODES = defineCodes({
  green: { zh: '达标', en: 'Met' },
  amber: { zh: '临界', en: 'Near the line' },
  red: { zh: '未达标', en: 'Not met' },
  no_data: { zh: '无数据', en: 'No data' },
});
export type ComplianceStatus = CodeOf<typeof COMPLIANCE_STATUS_CODES>;

/** A follow-up action's status (issue 18; a comment is required on every change). */
export const COMPLIANCE_ACTION_STATUS_CODES = defineCodes({
  open: { zh: '待办', en: 'Open' },
  in_progress: { zh: '办理中', en: 'In progress' },
  done: { zh: '已完成', en: 'Done' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
});
export type ComplianceActionStatus = CodeOf<typeof COMPLIANCE_ACTION_STATUS_CODES>;

export const COMPLIANCE_CODE_LISTS: CodeLists = {
  complianceIndicators: COMPLIANCE_INDICATOR_CODES,
  complianceAreas: COMPLIANCE_AREA_CODES,
  complianceStatuses: COMPLIANCE_STATUS_CODES,
  complianceActionStatuses: COMPLIANCE_ACTION_STATUS_CODES,
};
