import { defineCodes, type CodeLists, type CodeOf } from '../codes';

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

/**
 * 追责问责 (accountability records, DOMAIN §5; policy-modules §3). Whom a record is about: a party organisation
 * or bureau, a leading cadre (问责条例 art. 8), or a public official (政务处分法 art. 7) — the measures that may be
 * taken depend on it (`ACCOUNTABILITY_MEASURES_BY_SUBJECT`).
 */
export const ACCOUNTABILITY_SUBJECT_TYPE_CODES = defineCodes({
  organisation: { zh: '单位（党组织）', en: 'Organisation' },
  leading_cadre: { zh: '领导干部', en: 'Leading cadre' },
  official: { zh: '公职人员', en: 'Public official' },
});
export const ACCOUNTABILITY_SUBJECT_TYPES = ACCOUNTABILITY_SUBJECT_TYPE_CODES.values;
export type AccountabilitySubjectType = CodeOf<typeof ACCOUNTABILITY_SUBJECT_TYPE_CODES>;

/** 问责情形 (S0 line 43: 不作为、慢作为、失职失责、工作失误造成不良影响; S4 §八, S1 §三(九): 形式主义、官僚主义; 弄虚作假). */
export const ACCOUNTABILITY_CONDUCT_CODES = defineCodes({
  inaction: { zh: '不作为', en: 'Inaction' },
  slow_action: { zh: '慢作为', en: 'Slow action' },
  dereliction: { zh: '失职失责', en: 'Dereliction of duty' },
  error_adverse_impact: { zh: '工作失误造成不良影响', en: 'Error with adverse impact' },
  formalism_bureaucratism: { zh: '形式主义官僚主义', en: 'Formalism and bureaucratism' },
  falsification: { zh: '弄虚作假', en: 'Falsification' },
});
export const ACCOUNTABILITY_CONDUCTS = ACCOUNTABILITY_CONDUCT_CODES.values;
export type AccountabilityConduct = CodeOf<typeof ACCOUNTABILITY_CONDUCT_CODES>;

/** 问题来源: the record that led to the proposal (`sourceId` names it, except `other`). */
export const ACCOUNTABILITY_SOURCE_TYPE_CODES = defineCodes({
  inspection_finding: { zh: '督导检查发现的问题', en: 'Inspection finding' },
  rectification_item: { zh: '整改事项', en: 'Rectification item' },
  reporting_task: { zh: '报送任务', en: 'Reporting task' },
  fraud_case: { zh: '欺诈骗保案件', en: 'Fraud case' },
  other: { zh: '其他', en: 'Other' },
});
export const ACCOUNTABILITY_SOURCE_TYPES = ACCOUNTABILITY_SOURCE_TYPE_CODES.values;
export type AccountabilitySourceType = CodeOf<typeof ACCOUNTABILITY_SOURCE_TYPE_CODES>;

/**
 * 问责方式 / 处分 (policy-modules §3.1): for organisations and leading cadres 《中国共产党问责条例》(2019) art. 8; for
 * public officials the sanctions of 《公职人员政务处分法》 art. 7 and the lighter measures of its art. 12; for any
 * subject 移送纪检监察机关. One list: `circulated_criticism` and `admonishment` are the same measure for the subjects
 * they fit.
 */
export const ACCOUNTABILITY_MEASURE_CODES = defineCodes({
  self_examination: { zh: '检查', en: 'Written self-examination' },
  circulated_criticism: { zh: '通报', en: 'Circulated criticism' },
  reorganisation: { zh: '改组', en: 'Reorganisation' },
  admonishment: { zh: '诫勉', en: 'Admonishment' },
  suspension_for_inspection: { zh: '停职检查', en: 'Suspension for inspection' },
  reassignment: { zh: '调整职务', en: 'Reassignment' },
  ordered_resignation: { zh: '责令辞职', en: 'Ordered resignation' },
  dismissal_from_post: { zh: '免职', en: 'Dismissal from post' },
  demotion_of_post: { zh: '降职', en: 'Demotion of post' },
  party_discipline: { zh: '纪律处分', en: 'Party discipline' },
  warning: { zh: '警告', en: 'Warning' },
  demerit: { zh: '记过', en: 'Demerit' },
  major_demerit: { zh: '记大过', en: 'Major demerit' },
  demotion: { zh: '降级', en: 'Demotion' },
  removal: { zh: '撤职', en: 'Removal from office' },
  expulsion: { zh: '开除', en: 'Expulsion' },
  talk_reminder: { zh: '谈话提醒', en: 'Reminder talk' },
  criticism_education: { zh: '批评教育', en: 'Criticism and education' },
  ordered_examination: { zh: '责令检查', en: 'Ordered examination' },
  referral_to_discipline: { zh: '移送纪检监察机关', en: 'Referral to the discipline inspection and supervision organs' },
});
export const ACCOUNTABILITY_MEASURES = ACCOUNTABILITY_MEASURE_CODES.values;
export type AccountabilityMeasure = CodeOf<typeof ACCOUNTABILITY_MEASURE_CODES>;

/** 申诉（复核）结果 */
export const APPEAL_OUTCOME_CODES = defineCodes({
  upheld: { zh: '维持', en: 'Upheld' },
  changed: { zh: '变更', en: 'Changed' },
  revoked: { zh: '撤销', en: 'Revoked' },
});
export const APPEAL_OUTCOMES = APPEAL_OUTCOME_CODES.values;
export type AppealOutcome = CodeOf<typeof APPEAL_OUTCOME_CODES>;

/** 督导检查的方式 (DOMAIN §5; policy-modules §2): unannounced and flight checks stay hidden from the inspected unit until feedback. */
export const INSPECTION_KIND_CODES = defineCodes({
  routine: { zh: '常规督导', en: 'Routine inspection' },
  special: { zh: '专项督导', en: 'Special inspection' },
  unannounced: { zh: '暗访', en: 'Unannounced visit' },
  flight_check: { zh: '飞行检查', en: 'Flight check' },
});
export const INSPECTION_KINDS = INSPECTION_KIND_CODES.values;
export type InspectionKind = CodeOf<typeof INSPECTION_KIND_CODES>;
/** The kinds the inspected unit must not see before the feedback (暗访, 飞行检查: no notice is given). */
export const CONCEALED_INSPECTION_KINDS: readonly InspectionKind[] = ['unannounced', 'flight_check'];

/** What an inspection looks at, and a finding's area: the product's policy areas. */
export const INSPECTION_AREA_CODES = defineCodes({
  enrollment: { zh: '参保资助', en: 'Enrollment' },
  assistance: { zh: '医疗救助', en: 'Medical assistance' },
  rectification: { zh: '过度保障治理', en: 'Rectification' },
  supervision: { zh: '督导问责', en: 'Supervision' },
  fraud: { zh: '打击欺诈骗保', en: 'Fraud' },
});
export const INSPECTION_AREAS = INSPECTION_AREA_CODES.values;
export type InspectionArea = CodeOf<typeof INSPECTION_AREA_CODES>;

/** 问题严重程度 of an inspection finding. */
export const FINDING_SEVERITY_CODES = defineCodes({
  general: { zh: '一般', en: 'General' },
  serious: { zh: '较重', en: 'Serious' },
  major: { zh: '严重', en: 'Major' },
});
export const FINDING_SEVERITIES = FINDING_SEVERITY_CODES.values;
export type FindingSeverity = CodeOf<typeof FINDING_SEVERITY_CODES>;

/** 处置方式 of a finding: not yet disposed, a rectification item opened, an accountability proposal made. */
export const FINDING_DISPOSITION_CODES = defineCodes({
  none: { zh: '未处置', en: 'Not disposed' },
  rectification: { zh: '整改', en: 'Rectification' },
  accountability: { zh: '问责', en: 'Accountability' },
});
export const FINDING_DISPOSITIONS = FINDING_DISPOSITION_CODES.values;
export type FindingDisposition = CodeOf<typeof FINDING_DISPOSITION_CODES>;

/** The area's code lists by locale section (code-lists.ts combines the areas). */
export const SUPERVISION_CODE_LISTS: CodeLists = {
  // the responsibility table's 14 roles (an item's responsibleRole): the code is the annex's Chinese title
  responsibilityRoles: RESPONSIBILITY_ROLE_CODES,
  accountabilitySubjectTypes: ACCOUNTABILITY_SUBJECT_TYPE_CODES,
  accountabilityConducts: ACCOUNTABILITY_CONDUCT_CODES,
  accountabilitySourceTypes: ACCOUNTABILITY_SOURCE_TYPE_CODES,
  accountabilityMeasures: ACCOUNTABILITY_MEASURE_CODES,
  appealOutcomes: APPEAL_OUTCOME_CODES,
  inspectionKinds: INSPECTION_KIND_CODES,
  inspectionAreas: INSPECTION_AREA_CODES,
  findingSeverities: FINDING_SEVERITY_CODES,
  findingDispositions: FINDING_DISPOSITION_CODES,
  reportingDuties: REPORTING_DUTY_CODES,
  reportingTaskStates: REPORTING_TASK_STATE_CODES,
};
