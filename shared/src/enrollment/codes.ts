import { defineCodes, type CodeLists, type CodeOf } from '../codes';

/**
 * The enrollment area's code lists (DOMAIN §2), each code with its zh-CN and en-US label (defineCodes).
 * The `*_LABELS` names are the zh labels the API's exports and messages use.
 */

/** 身份类别 (DOMAIN §2; S0 §一, S3 §一). Order is the canonical order of lists, labels and `basis`. */
export const IDENTITY_CATEGORY_CODES = defineCodes({
  registered_poor: { zh: '建档立卡贫困人口', en: 'Registered poor (lifted out of poverty)' },
  urban_dibao: { zh: '城镇低保对象', en: 'Urban minimum-living (dibao) recipient' },
  rural_dibao: { zh: '农村低保对象', en: 'Rural minimum-living (dibao) recipient' },
  urban_tekun: { zh: '城镇特困人员', en: 'Urban person in extreme hardship (tekun)' },
  rural_tekun: { zh: '农村特困人员', en: 'Rural person in extreme hardship (tekun)' },
  urban_low_income: { zh: '城镇低收入对象', en: 'Urban low-income person' },
  rural_low_income: { zh: '农村低收入对象', en: 'Rural low-income person' },
  rural_other_hardship: { zh: '农村其他困难群体', en: 'Other rural hardship group' },
  monitored_unstable: { zh: '脱贫不稳定户', en: 'Monitored: unstable after lifting out' },
  monitored_marginal: { zh: '边缘易致贫户', en: 'Monitored: on the margin of poverty' },
  monitored_sudden: { zh: '突发严重困难户', en: 'Monitored: sudden severe hardship' },
  dibao_marginal: { zh: '低保边缘对象', en: 'On the margin of dibao' },
});
export const IDENTITY_CATEGORIES = IDENTITY_CATEGORY_CODES.values;
export type IdentityCategory = CodeOf<typeof IDENTITY_CATEGORY_CODES>;
export const IDENTITY_CATEGORY_LABELS: Readonly<Record<IdentityCategory, string>> = IDENTITY_CATEGORY_CODES.zh;
export const isIdentityCategory = IDENTITY_CATEGORY_CODES.is;

/** 来源部门: who certifies the identity and sends the monthly roster (S0 §三(二), S3 §五). */
export const SOURCE_DEPARTMENT_CODES = defineCodes({
  civil_affairs: { zh: '民政', en: 'Civil affairs' },
  rural_revitalization: { zh: '乡村振兴', en: 'Rural revitalisation' },
  // 扶贫办 became 乡村振兴局 in 2021; rosters from before the change still say 扶贫.
  poverty_alleviation: { zh: '扶贫', en: 'Poverty alleviation' },
});
export const SOURCE_DEPARTMENTS = SOURCE_DEPARTMENT_CODES.values;
export type SourceDepartment = CodeOf<typeof SOURCE_DEPARTMENT_CODES>;
export const SOURCE_DEPARTMENT_LABELS: Readonly<Record<SourceDepartment, string>> = SOURCE_DEPARTMENT_CODES.zh;
export const isSourceDepartment = SOURCE_DEPARTMENT_CODES.is;

/** 参保险种 of an enrollment (DOMAIN §2). */
export const INSURANCE_SCHEME_CODES = defineCodes({
  resident_basic: { zh: '城乡居民基本医保', en: 'Resident basic medical insurance' },
  employee: { zh: '职工医保', en: 'Employee medical insurance' },
  elsewhere: { zh: '异地参保', en: 'Insured elsewhere' },
});
export const INSURANCE_SCHEMES = INSURANCE_SCHEME_CODES.values;
export type InsuranceScheme = CodeOf<typeof INSURANCE_SCHEME_CODES>;
export const INSURANCE_SCHEME_LABELS: Readonly<Record<InsuranceScheme, string>> = INSURANCE_SCHEME_CODES.zh;
export const isInsuranceScheme = INSURANCE_SCHEME_CODES.is;

/**
 * The valid reasons for not being enrolled locally (S1 §一(一), S0 §三(一)). They must be recorded; a
 * person not enrolled for any other reason is 应保未保 and must be mobilised (S1 §一(三)).
 */
export const NON_ENROLLMENT_REASON_CODES = defineCodes({
  active_military: { zh: '现役军人', en: 'Active military service' },
  married_out: { zh: '婚出', en: 'Married out' },
  settled_abroad: { zh: '出国定居', en: 'Settled abroad' },
  imprisoned: { zh: '判刑收监', en: 'Imprisoned' },
  moved_away: { zh: '户籍迁出', en: 'Household registration moved away' },
  rural_to_urban: { zh: '农转非', en: 'Changed to urban registration' },
  deceased: { zh: '死亡', en: 'Deceased' },
  missing: { zh: '失踪', en: 'Missing' },
  enrolled_elsewhere: { zh: '异地参保', en: 'Enrolled elsewhere' },
  employee_scheme: { zh: '参加职工医保', en: 'In the employee scheme' },
});
export const NON_ENROLLMENT_REASONS = NON_ENROLLMENT_REASON_CODES.values;
export type NonEnrollmentReason = CodeOf<typeof NON_ENROLLMENT_REASON_CODES>;
export const NON_ENROLLMENT_REASON_LABELS: Readonly<Record<NonEnrollmentReason, string>> = NON_ENROLLMENT_REASON_CODES.zh;
export const isNonEnrollmentReason = NON_ENROLLMENT_REASON_CODES.is;

/**
 * 资助类别 (S3 §一). The order is the tie-break when two categories give the same amount: the one listed
 * first is recorded (full before fixed, fixed before phase-out, phase-out before temporary).
 */
export const SUBSIDY_CATEGORY_CODES = defineCodes({
  full: { zh: '全额资助（特困人员）', en: 'Full subsidy (extreme hardship)' },
  dibao_fixed: { zh: '定额资助（低保对象、监测对象）', en: 'Fixed subsidy (dibao, monitored)' },
  stable_phase_out: { zh: '定额资助（稳定脱贫人口，渐退）', en: 'Fixed subsidy (stably lifted out, phasing out)' },
  temporary: { zh: '临时性资助（边缘人群）', en: 'Temporary subsidy (marginal groups)' },
  none: { zh: '不予资助', en: 'No subsidy' },
});
export const SUBSIDY_CATEGORIES = SUBSIDY_CATEGORY_CODES.values;
export type SubsidyCategory = CodeOf<typeof SUBSIDY_CATEGORY_CODES>;
export const SUBSIDY_CATEGORY_LABELS: Readonly<Record<SubsidyCategory, string>> = SUBSIDY_CATEGORY_CODES.zh;
export const isSubsidyCategory = SUBSIDY_CATEGORY_CODES.is;

/** The kinds of difference the monthly roster comparison finds (按月比对, S0 §三(二), S3 §五). */
export const DIFFERENCE_TYPE_CODES = defineCodes({
  new: { zh: '新增', en: 'New' },
  exited: { zh: '退出', en: 'Exited' },
  identity_changed: { zh: '身份变更', en: 'Identity changed' },
  not_enrolled: { zh: '应保未保', en: 'Should be insured, is not' },
  lapsed_subsidised: { zh: '身份失效仍享资助', en: 'Subsidised after identity lapsed' },
  duplicate: { zh: '重复', en: 'Duplicate' },
});
export const DIFFERENCE_TYPES = DIFFERENCE_TYPE_CODES.values;
export type DifferenceType = CodeOf<typeof DIFFERENCE_TYPE_CODES>;
export const DIFFERENCE_TYPE_LABELS: Readonly<Record<DifferenceType, string>> = DIFFERENCE_TYPE_CODES.zh;

/** How a county closes a verification task. */
export const TASK_OUTCOME_CODES = defineCodes({
  enrolled: { zh: '已参保', en: 'Now enrolled' },
  valid_reason: { zh: '有正当理由未参保', en: 'Valid reason not to enrol' },
  corrected: { zh: '已更正', en: 'Corrected' },
  not_a_difference: { zh: '经核实无差异', en: 'No difference on checking' },
});
export const TASK_OUTCOMES = TASK_OUTCOME_CODES.values;
export type TaskOutcome = CodeOf<typeof TASK_OUTCOME_CODES>;
export const TASK_OUTCOME_LABELS: Readonly<Record<TaskOutcome, string>> = TASK_OUTCOME_CODES.zh;

/** A beneficiary's status on the roster (the roster's 状态 column). */
export const BENEFICIARY_STATUS_CODES = defineCodes({
  active: { zh: '在册', en: 'Registered' },
  exited: { zh: '退出', en: 'Exited' },
});
export const BENEFICIARY_STATUSES = BENEFICIARY_STATUS_CODES.values;
export type BeneficiaryStatus = CodeOf<typeof BENEFICIARY_STATUS_CODES>;
export const ROSTER_STATUS_LABELS: Readonly<Record<BeneficiaryStatus, string>> = BENEFICIARY_STATUS_CODES.zh;

/** The area's code lists by locale section (the admin shows `t('<section>.<code>')`). */
export const ENROLLMENT_CODE_LISTS: CodeLists = {
  identityCategories: IDENTITY_CATEGORY_CODES,
  sourceDepartments: SOURCE_DEPARTMENT_CODES,
  insuranceSchemes: INSURANCE_SCHEME_CODES,
  nonEnrollmentReasons: NON_ENROLLMENT_REASON_CODES,
  subsidyCategories: SUBSIDY_CATEGORY_CODES,
  differenceTypes: DIFFERENCE_TYPE_CODES,
  taskOutcomes: TASK_OUTCOME_CODES,
  beneficiaryStatuses: BENEFICIARY_STATUS_CODES,
};
