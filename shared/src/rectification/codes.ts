import { defineCodes, type CodeLists, type CodeOf } from '../codes';

/**
 * The rectification area's code lists (过度保障治理, DOMAIN §4), each code with its zh-CN and en-US label
 * (defineCodes). The `*_LABELS` names are the zh labels the API's exports and messages use.
 */

/** 整改类别 (S4 §五): correct at once, or move into the three systems by a transition date. */
export const RECTIFICATION_CATEGORY_CODES = defineCodes({
  immediate: { zh: '立行立改', en: 'Correct at once' },
  transition: { zh: '平稳过渡', en: 'Transition' },
});
export const RECTIFICATION_CATEGORIES = RECTIFICATION_CATEGORY_CODES.values;
export type RectificationCategory = CodeOf<typeof RECTIFICATION_CATEGORY_CODES>;
export const RECTIFICATION_CATEGORY_LABELS: Readonly<Record<RectificationCategory, string>> = RECTIFICATION_CATEGORY_CODES.zh;
export const isRectificationCategory = RECTIFICATION_CATEGORY_CODES.is;

/**
 * 过度保障问题类型 (S4 §五, S3 §四). The first five are 立行立改, the last three 平稳过渡 — the category each
 * implies is `PROBLEM_TYPE_CATEGORY` (rules.ts `categoryOf`), never chosen separately.
 */
export const PROBLEM_TYPE_CODES = defineCodes({
  zero_contribution: { zh: '个人零缴费', en: 'Zero personal contribution' },
  zero_copay: { zh: '个人零自付', en: 'Zero personal copayment' },
  beyond_catalogue: { zh: '突破基本医保目录', en: 'Beyond the basic insurance catalogue' },
  unsustainable_promise: { zh: '脱离实际不可持续', en: 'Unsustainable promise detached from reality' },
  over_reimbursement: {
    zh: '三重制度保障后政策范围内住院报销比例超过95%',
    en: 'In-scope inpatient reimbursement above 95% after the three systems',
  },
  special_treatment: { zh: '特惠保障混淆制度功能', en: 'Special treatment confusing the schemes’ roles' },
  extra_layer: { zh: '三重制度外叠床架屋', en: 'Extra layers outside the three systems' },
  widened_scope: { zh: '随意扩大受益范围', en: 'Arbitrarily widened eligibility' },
});
export const PROBLEM_TYPES = PROBLEM_TYPE_CODES.values;
export type ProblemType = CodeOf<typeof PROBLEM_TYPE_CODES>;
export const PROBLEM_TYPE_LABELS: Readonly<Record<ProblemType, string>> = PROBLEM_TYPE_CODES.zh;
export const isProblemType = PROBLEM_TYPE_CODES.is;

/** The category each problem type implies (S4 §五 lists the types under 立行立改 and 平稳过渡; S3 §四 the 95 % line). */
export const PROBLEM_TYPE_CATEGORY: Readonly<Record<ProblemType, RectificationCategory>> = Object.freeze({
  zero_contribution: 'immediate',
  zero_copay: 'immediate',
  beyond_catalogue: 'immediate',
  unsustainable_promise: 'immediate',
  over_reimbursement: 'immediate',
  special_treatment: 'transition',
  extra_layer: 'transition',
  widened_scope: 'transition',
});

/**
 * 数据筛查: the settlement flag each screened problem type comes from (S3 §四, S4 §五) — the screening job and the
 * item page's drill-down (`GET /api/settlements?flag=…`) read this one mapping.
 */
export const SCREENED_PROBLEMS = [
  { flag: 'zero_oop', problemType: 'zero_copay', zh: '个人零自付' },
  { flag: 'reimbursement_over_ceiling', problemType: 'over_reimbursement', zh: '三重制度保障后报销比例超过95%' },
] as const satisfies ReadonlyArray<{ flag: string; problemType: ProblemType; zh: string }>;
export type ScreenedProblem = (typeof SCREENED_PROBLEMS)[number];

/** A screening item's `sourceRef`: the key a re-run finds it by, `<county>:<year>:<problemType>`. */
export const screeningRef = (county: string, year: number, problemType: string) => `${county}:${year}:${problemType}`;

/** The county, year and settlement flag a screening item's `sourceRef` names; null when it is not one. */
export function parseScreeningRef(ref: string | null | undefined): { regionCode: string; year: number; flag: ScreenedProblem['flag'] } | null {
  const m = /^(\d{6}):(\d{4}):([a-z_]+)$/.exec(ref ?? '');
  const problem = m && SCREENED_PROBLEMS.find((p) => p.problemType === m[3]);
  return m && problem ? { regionCode: m[1], year: Number(m[2]), flag: problem.flag } : null;
}

/** 问题来源: who found the problem. */
export const RECTIFICATION_SOURCE_CODES = defineCodes({
  self_check: { zh: '自查', en: 'Self-check' },
  assigned: { zh: '上级交办', en: 'Assigned by the level above' },
  inspection: { zh: '督导检查', en: 'Inspection finding' },
  screening: { zh: '数据筛查', en: 'Data screening' },
  compliance: { zh: '合规审计', en: 'Compliance audit' },
});
export const RECTIFICATION_SOURCES = RECTIFICATION_SOURCE_CODES.values;
export type RectificationSource = CodeOf<typeof RECTIFICATION_SOURCE_CODES>;
export const RECTIFICATION_SOURCE_LABELS: Readonly<Record<RectificationSource, string>> = RECTIFICATION_SOURCE_CODES.zh;
export const isRectificationSource = RECTIFICATION_SOURCE_CODES.is;
/**
 * The sources a person files by hand (`POST /api/rectification-items`); inspection, screening and compliance items are
 * opened by their own mechanisms (a compliance item from a scorecard cell, `sourceRef` the cell `region:period:indicator`).
 */
export const FILED_SOURCES = ['self_check', 'assigned'] as const satisfies readonly RectificationSource[];

/** The three sub-tasks of a 平稳过渡 item, done together (S4 §五: 资金并转、政策对接、管理衔接). */
export const SUB_TASK_KIND_CODES = defineCodes({
  fund_transfer: { zh: '资金并转', en: 'Fund transfer' },
  policy_alignment: { zh: '政策对接', en: 'Policy alignment' },
  management_handover: { zh: '管理衔接', en: 'Management handover' },
});
export const SUB_TASK_KINDS = SUB_TASK_KIND_CODES.values;
export type SubTaskKind = CodeOf<typeof SUB_TASK_KIND_CODES>;
export const SUB_TASK_KIND_LABELS: Readonly<Record<SubTaskKind, string>> = SUB_TASK_KIND_CODES.zh;
export const isSubTaskKind = SUB_TASK_KIND_CODES.is;

export const SUB_TASK_STATUS_CODES = defineCodes({
  pending: { zh: '未完成', en: 'Pending' },
  done: { zh: '已完成', en: 'Done' },
});
export const SUB_TASK_STATUSES = SUB_TASK_STATUS_CODES.values;
export type SubTaskStatus = CodeOf<typeof SUB_TASK_STATUS_CODES>;
export const SUB_TASK_STATUS_LABELS: Readonly<Record<SubTaskStatus, string>> = SUB_TASK_STATUS_CODES.zh;
export const isSubTaskStatus = SUB_TASK_STATUS_CODES.is;

/** The area's code lists by locale section (code-lists.ts combines the areas). */
export const RECTIFICATION_CODE_LISTS: CodeLists = {
  rectificationCategories: RECTIFICATION_CATEGORY_CODES,
  problemTypes: PROBLEM_TYPE_CODES,
  rectificationSources: RECTIFICATION_SOURCE_CODES,
  subTaskKinds: SUB_TASK_KIND_CODES,
  subTaskStatuses: SUB_TASK_STATUS_CODES,
};
