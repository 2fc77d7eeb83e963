/**
 * 规则参数 of a pooling region for a year (issue 17: each rule's parameters `{value, source}` "per pooling region and
 * year through the parameter-set mechanism, approved by the province like the policy parameters"): the
 * `screening-parameters` document the city drafts and the province approves. Without an approved set for the year
 * the catalogue's defaults apply (`SCREENING_RULE_DEFAULTS`). Pure, table-tested (parameters.spec.ts).
 */
import { type FieldProblem, isPlainObject, sourcedEntryProblems, unknownKeyProblems } from '../documents';
import type { ParameterSetRecord } from '../platform/records';
import { regionLevelOf, REGION_CODE_PATTERN } from '../regions';
import { SCREENING_RULES, type ScreeningRuleId } from './codes';
import { SCREENING_RULE_DEFAULTS, type SourcedRuleParams } from './rule-params';

export const SCREENING_PARAMETER_SOURCE_MAX = 255;
/** at most this many entries in a list of categories or ranges */
export const SCREENING_RANGE_LIST_MAX = 20;

/** `screening-parameters`' document: a pooling region's rule parameters for a year. */
export interface ScreeningParameters {
  /** the pooling region (市级统筹: a city) */
  regionCode: string;
  year: number;
  rules: SourcedRuleParams;
}

/** The catalogue's defaults as a pooling region's document — where a region's first set starts. */
export function defaultScreeningParameters(regionCode: string, year: number): ScreeningParameters {
  return { regionCode, year, rules: JSON.parse(JSON.stringify(SCREENING_RULE_DEFAULTS)) as SourcedRuleParams };
}

/** A 3-character ICD-10 category as the ranges write it (`O9A` is the ICD-10-CM end of chapter XV). */
export const ICD10_CATEGORY_PATTERN = /^[A-Z]\d[0-9A-Z]$/;
const RANGE_PATTERN = /^([A-Z]\d[0-9A-Z])-([A-Z]\d[0-9A-Z])$/;

const isInt = (v: unknown, min: number, max: number): v is number => Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;

type ValueCheck = (v: unknown) => string | null;

const whole =
  (min: number, max: number, unit: string, unitEn: string): ValueCheck =>
  (v) =>
    isInt(v, min, max) ? null : `须为 ${min}–${max} ${unit}的整数 (whole ${unitEn}, ${min}–${max})`;

/** A list of categories (`Z51`), each once. */
const categoryList: ValueCheck = (v) => {
  if (!Array.isArray(v) || v.length > SCREENING_RANGE_LIST_MAX)
    return `须为不超过 ${SCREENING_RANGE_LIST_MAX} 个诊断类目的数组 (a list of at most ${SCREENING_RANGE_LIST_MAX} categories)`;
  const bad = v.find((c) => typeof c !== 'string' || !ICD10_CATEGORY_PATTERN.test(c));
  if (bad !== undefined) return `诊断类目须为 ICD-10 前三位，如 Z51 (a 3-character ICD-10 category): ${String(bad).slice(0, 20)}`;
  if (new Set(v).size !== v.length) return '诊断类目不得重复 (each category once)';
  return null;
};

/** A non-empty list of ranges `first-last` of categories with first ≤ last, each once. */
const rangeList: ValueCheck = (v) => {
  if (!Array.isArray(v) || v.length < 1 || v.length > SCREENING_RANGE_LIST_MAX)
    return `须为 1–${SCREENING_RANGE_LIST_MAX} 个诊断类目范围的数组 (a list of 1–${SCREENING_RANGE_LIST_MAX} ranges)`;
  for (const range of v) {
    const m = typeof range === 'string' ? RANGE_PATTERN.exec(range) : null;
    if (!m) return `范围须写作“首类目-末类目”，如 N40-N53 (a range first-last of ICD-10 categories): ${String(range).slice(0, 20)}`;
    if (m[1] > m[2]) return `范围首类目不得大于末类目 (first after last): ${range}`;
  }
  if (new Set(v).size !== v.length) return '范围不得重复 (each range once)';
  return null;
};

/** k in tenths: 0.5–10. */
const madMultiple: ValueCheck = (v) =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0.5 && v <= 10 && Math.abs(v * 10 - Math.round(v * 10)) < 1e-9
    ? null
    : '须为 0.5–10 的数，精确到 0.1 (a number 0.5–10, in tenths)';

/**
 * What each rule's parameters may be: the bounds a city may set (wide enough for every local practice the research
 * found — e.g. some cities flag readmissions within 14 days, P32 — narrow enough that no value disables a rule by
 * accident or makes a run read without bound).
 */
export const SCREENING_PARAMETER_CHECKS: Readonly<{ [R in ScreeningRuleId]: Record<string, ValueCheck> }> = Object.freeze({
  split_admission: { days: whole(1, 90, '日', 'days'), excludedCategories: categoryList },
  overlapping_stays: {},
  // 1 fen – 10,000 元 a day; at least 1 day (0 days is the same-day clause, always on)
  phantom_stay: { maxDailyInPolicyCost: whole(1, 1_000_000, '分', 'fen'), minDays: whole(1, 365, '日', 'days') },
  frequent_visits: { maxVisitsPerMonth: whole(1, 100, '次', 'visits') },
  sex_mismatch: { femaleOnlyRanges: rangeList, maleOnlyRanges: rangeList },
  age_mismatch: { perinatalRanges: rangeList, maxAgeYears: whole(0, 18, '周岁', 'years') },
  after_death: {},
  suspended_institution: {},
  zero_oop: {},
  institution_outlier: { k: madMultiple },
});

/**
 * The whole check of a document: a city code (the pooling region) and a year; `rules` holding every rule of the
 * catalogue, each with exactly its parameters, each parameter `{value, source}` with the value within
 * `SCREENING_PARAMETER_CHECKS` and a source (required, at most 255 characters, citing no other province's document).
 * Unknown keys are refused at every depth; fields are dotted (`rules.split_admission.days.value`).
 */
export function validateScreeningParameters(doc: unknown): FieldProblem[] {
  if (!isPlainObject(doc)) return [{ field: '', message: '须为规则参数对象 (a screening-parameters object)' }];
  const problems = unknownKeyProblems(doc, ['regionCode', 'year', 'rules'], '');
  const { regionCode, year, rules } = doc;
  if (typeof regionCode !== 'string' || !REGION_CODE_PATTERN.test(regionCode) || regionLevelOf(regionCode) !== 'city')
    problems.push({ field: 'regionCode', message: '须为统筹地区（市）行政区划代码 (a city code: the pooling region)' });
  if (!isInt(year, 2019, 2100)) problems.push({ field: 'year', message: '须为 2019–2100 的年份 (a year, 2019–2100)' });
  if (!isPlainObject(rules)) return [...problems, { field: 'rules', message: '须为 {规则: 参数} 对象 (parameters by rule)' }];
  problems.push(...unknownKeyProblems(rules, SCREENING_RULES, 'rules'));
  for (const rule of SCREENING_RULES) {
    const field = `rules.${rule}`;
    const group = rules[rule];
    if (!(rule in rules)) {
      problems.push({ field, message: '必填 (required)' });
      continue;
    }
    if (!isPlainObject(group)) {
      problems.push({ field, message: '须为 {参数: {value, source}} 对象 (parameters with their sources)' });
      continue;
    }
    const checks = SCREENING_PARAMETER_CHECKS[rule];
    problems.push(...unknownKeyProblems(group, Object.keys(checks), field));
    for (const [key, check] of Object.entries(checks)) {
      if (!(key in group)) problems.push({ field: `${field}.${key}`, message: '必填 (required)' });
      else problems.push(...sourcedEntryProblems(group[key], `${field}.${key}`, regionCode, check, SCREENING_PARAMETER_SOURCE_MAX));
    }
  }
  return problems;
}

/** `GET /api/screening-parameters/:id`: a pooling region's set for a year — the working copy under `parameters`, the copy in force under `approved`. */
export type ScreeningParametersRecord = ParameterSetRecord<'parameters', ScreeningParameters>;
