import { defineCodes, type CodeLists, type CodeOf } from '../codes';

/**
 * 智能监控 (data screening, issue 17; policy-modules §1.7–§1.8): the 规则库's rules, the 疑点 stages and the reasons a
 * 疑点 is dismissed. The rule catalogue with logic, sources and default parameters is rules.ts.
 */

/** The rules of the rule base (issue 17's table; ids fixed — acceptance checks use them). */
export const SCREENING_RULE_CODES = defineCodes({
  split_admission: { zh: '分解住院', en: 'Split admission' },
  overlapping_stays: { zh: '同时住院', en: 'Overlapping stays' },
  phantom_stay: { zh: '挂床住院疑点', en: 'Phantom stay' },
  frequent_visits: { zh: '高频就诊', en: 'Frequent visits' },
  sex_mismatch: { zh: '诊断与性别不符', en: 'Diagnosis does not match sex' },
  age_mismatch: { zh: '诊断与年龄不符', en: 'Diagnosis does not match age' },
  after_death: { zh: '死亡后就医', en: 'Care after death' },
  suspended_institution: { zh: '暂停或解除协议期间结算', en: 'Settled while the agreement was suspended' },
  zero_oop: { zh: '零自付', en: 'Zero out-of-pocket' },
  institution_outlier: { zh: '机构住院率异常', en: 'Institution admission-rate outlier' },
});
export const SCREENING_RULES = SCREENING_RULE_CODES.values;
export type ScreeningRuleId = CodeOf<typeof SCREENING_RULE_CODES>;

/** 规则类型 (policy-modules §1.8 rule type taxonomy, R4): what kind of violation a rule points at. */
export const SCREENING_RULE_TYPE_CODES = defineCodes({
  split_admission: { zh: '分解住院', en: 'Split admission' },
  fictitious_service: { zh: '虚构医药服务', en: 'Fictitious service' },
  unreasonable_treatment: { zh: '不合理诊疗', en: 'Unreasonable treatment' },
  excessive_treatment: { zh: '过度诊疗', en: 'Excessive treatment' },
  eligibility: { zh: '资格不符', en: 'Not eligible' },
  over_protection: { zh: '过度保障', en: 'Over-protection' },
});
export const SCREENING_RULE_TYPES = SCREENING_RULE_TYPE_CODES.values;
export type ScreeningRuleType = CodeOf<typeof SCREENING_RULE_TYPE_CODES>;

/**
 * A 疑点's stages (两库管理办法: 初审 → 复审 → 申诉 → 调查核实 → 违规处理; policy-modules §1.7). The state labels of the
 * suspicion workflow come from here.
 */
export const FRAUD_SUSPICION_STATE_CODES = defineCodes({
  pending: { zh: '待初审', en: 'Awaiting first review' },
  first_review: { zh: '初审中', en: 'First review' },
  second_review: { zh: '复审中', en: 'Second review' },
  appeal: { zh: '机构申诉期', en: 'Institution’s appeal' },
  investigation: { zh: '调查核实', en: 'Investigation' },
  violation: { zh: '违规处理', en: 'Violation (clue opened)' },
  dismissed: { zh: '已排除', en: 'Dismissed' },
});
export const FRAUD_SUSPICION_STATES = FRAUD_SUSPICION_STATE_CODES.values;
export type FraudSuspicionState = CodeOf<typeof FRAUD_SUSPICION_STATE_CODES>;
/** States a re-run never reopens or changes (a closed 疑点 stays closed). */
export const FINISHED_SUSPICION_STATES: readonly FraudSuspicionState[] = ['violation', 'dismissed'];

/** Why a 疑点 was dismissed (issue 17; reason codes fixed). */
export const SUSPICION_DISMISS_REASON_CODES = defineCodes({
  data_error: { zh: '数据错误', en: 'Data error' },
  clinically_justified: { zh: '临床合理', en: 'Clinically justified' },
  already_handled: { zh: '已另行处理', en: 'Already handled' },
  other: { zh: '其他', en: 'Other' },
});
export const SUSPICION_DISMISS_REASONS = SUSPICION_DISMISS_REASON_CODES.values;
export type SuspicionDismissReason = CodeOf<typeof SUSPICION_DISMISS_REASON_CODES>;

/** 双随机 draw weighting (issue 17): every candidate alike, or by the fen of its open 疑点. */
export const FLIGHT_CHECK_WEIGHTING_CODES = defineCodes({
  uniform: { zh: '等概率', en: 'Uniform' },
  risk: { zh: '按风险加权', en: 'Risk-weighted' },
});
export const FLIGHT_CHECK_WEIGHTINGS = FLIGHT_CHECK_WEIGHTING_CODES.values;
export type FlightCheckWeighting = CodeOf<typeof FLIGHT_CHECK_WEIGHTING_CODES>;

export const SCREENING_CODE_LISTS: CodeLists = {
  screeningRules: SCREENING_RULE_CODES,
  screeningRuleTypes: SCREENING_RULE_TYPE_CODES,
  fraudSuspicionStates: FRAUD_SUSPICION_STATE_CODES,
  suspicionDismissReasons: SUSPICION_DISMISS_REASON_CODES,
  flightCheckWeightings: FLIGHT_CHECK_WEIGHTING_CODES,
};
