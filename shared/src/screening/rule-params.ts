import type { SourcedValue } from '../assistance/settlement/types';
import type { ScreeningRuleId } from './codes';

/**
 * The parameters of each screening rule, as plain values (what a run's SQL and the pure predicates take). A pooling
 * region's approved `screening-parameters` set of the year overrides the defaults, each value with its source
 * (issue 17's table; policy-modules §1.8). Amounts in fen; diagnosis ranges as `first-last` 3-character categories.
 */
export interface ScreeningRuleParams {
  /** 分解住院: readmitted to the same institution ≤ `days` after discharge, same 3-character diagnosis, except `excludedCategories` */
  split_admission: { days: number; excludedCategories: string[] };
  /** 同时住院: no parameter */
  overlapping_stays: Record<string, never>;
  /** 挂床: in-policy cost per day below `maxDailyInPolicyCost` for ≥ `minDays` days, or admitted and discharged the same day */
  phantom_stay: { maxDailyInPolicyCost: number; minDays: number };
  /** 高频就诊: more than `maxVisitsPerMonth` outpatient settlements of one person at one institution in a calendar month */
  frequent_visits: { maxVisitsPerMonth: number };
  /** diagnoses reserved for one sex: a woman's ranges never on a man, a man's never on a woman */
  sex_mismatch: { femaleOnlyRanges: string[]; maleOnlyRanges: string[] };
  /** perinatal codes for a person older than `maxAgeYears` */
  age_mismatch: { perinatalRanges: string[]; maxAgeYears: number };
  after_death: Record<string, never>;
  suspended_institution: Record<string, never>;
  zero_oop: Record<string, never>;
  /** an institution's inpatient admissions per 1,000 poor persons enrolled in its county above the county's peers' median by more than k × MAD */
  institution_outlier: { k: number };
}

export type ScreeningParamValues<R extends ScreeningRuleId = ScreeningRuleId> = ScreeningRuleParams[R];

export type SourcedRuleParams = { [R in ScreeningRuleId]: { [K in keyof ScreeningRuleParams[R]]: SourcedValue<ScreeningRuleParams[R][K]> } };

const ISSUE = '智能监控规则库默认值（policy-modules §1.8；国家医保局两库管理办法：参数由各地设定）';

/** The catalogue's defaults, each with its source. */
export const SCREENING_RULE_DEFAULTS: SourcedRuleParams = {
  split_admission: {
    days: { value: 15, source: '“同一种疾病15日内两次住院（特殊情况除外）”（policy-modules §1.8 P31）' },
    excludedCategories: { value: ['Z51'], source: '计划性再入院（放化疗周期，ICD-10 Z51）除外（policy-modules §1.8）' },
  },
  overlapping_stays: {},
  phantom_stay: {
    maxDailyInPolicyCost: { value: 10_000, source: `${ISSUE}：日均政策范围内费用低于 100 元` },
    minDays: { value: 5, source: `${ISSUE}：住院 ≥ 5 日` },
  },
  frequent_visits: { maxVisitsPerMonth: { value: 8, source: `${ISSUE}：同一机构每自然月门诊结算超过 8 次` } },
  sex_mismatch: {
    femaleOnlyRanges: { value: ['O00-O9A', 'N70-N98'], source: '国家医保局规则批次 1-1/1-2 限性别（ICD-10 第十五章 妊娠、N70–N98 女性生殖器官疾病）' },
    maleOnlyRanges: { value: ['N40-N53'], source: '国家医保局规则批次 1-1/1-2 限性别（ICD-10 N40–N53 男性生殖器官疾病）' },
  },
  age_mismatch: {
    perinatalRanges: { value: ['P00-P96'], source: '国家医保局规则批次 8-2 限年龄（ICD-10 第十六章 起源于围生期的情况）' },
    maxAgeYears: { value: 1, source: '围生期诊断用于 1 岁以上人员（issue 17）' },
  },
  after_death: {},
  suspended_institution: {},
  zero_oop: {},
  institution_outlier: { k: { value: 3, source: `${ISSUE}：高于同县机构中位数 k × MAD（k = 3）` } },
};

/** The plain values of a sourced set. */
export function ruleParamValues(sourced: SourcedRuleParams): ScreeningRuleParams {
  return Object.fromEntries(
    Object.entries(sourced).map(([rule, params]) => [
      rule,
      Object.fromEntries(Object.entries(params).map(([k, v]) => [k, (v as SourcedValue<unknown>).value])),
    ]),
  ) as unknown as ScreeningRuleParams;
}
