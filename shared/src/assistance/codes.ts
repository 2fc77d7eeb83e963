import { defineCodes, type CodeLists, type CodeOf } from '../codes';
import type { IdentityCategory } from '../enrollment/codes';

/**
 * The assistance area's code lists (三重制度, DOMAIN §3; S1 §三; S3 §三, §五), each code with its zh-CN and
 * en-US label (defineCodes). The `*_LABELS` names are the zh labels the API's exports and messages use.
 */

// ── Settlement (一站式结算) ────────────────────────────────────────────────────────────────────────

export const VISIT_TYPE_CODES = defineCodes({
  outpatient: { zh: '普通门诊', en: 'Outpatient' },
  chronic_outpatient: { zh: '门诊特慢病', en: 'Chronic-disease outpatient' },
  inpatient: { zh: '住院', en: 'Inpatient' },
});
export const VISIT_TYPES = VISIT_TYPE_CODES.values;
export type VisitType = CodeOf<typeof VISIT_TYPE_CODES>;
export const VISIT_TYPE_LABELS: Readonly<Record<VisitType, string>> = VISIT_TYPE_CODES.zh;

export const HOSPITAL_LEVEL_CODES = defineCodes({
  primary: { zh: '一级', en: 'Level 1' },
  secondary: { zh: '二级', en: 'Level 2' },
  tertiary: { zh: '三级', en: 'Level 3' },
});
export const HOSPITAL_LEVELS = HOSPITAL_LEVEL_CODES.values;
export type HospitalLevel = CodeOf<typeof HOSPITAL_LEVEL_CODES>;
export const HOSPITAL_LEVEL_LABELS: Readonly<Record<HospitalLevel, string>> = HOSPITAL_LEVEL_CODES.zh;

/** The steps of a settlement's calculation trace, in calculation order. */
export const SETTLEMENT_STEP_CODES = defineCodes({
  basic_deductible: { zh: '基本医保起付线', en: 'Basic insurance deductible' },
  basic_ratio: { zh: '基本医保支付比例', en: 'Basic insurance ratio' },
  basic_out_of_county: { zh: '县外就医比例调整', en: 'Out-of-county ratio reduction' },
  basic_cap: { zh: '基本医保年度最高支付限额', en: 'Basic insurance annual cap' },
  ci_deductible: { zh: '大病保险起付线', en: 'Critical-illness deductible' },
  ci_tilt_deductible: { zh: '大病保险倾斜：起付线降低', en: 'Critical-illness tilt: lower deductible' },
  ci_segment: { zh: '大病保险分段支付', en: 'Critical-illness segments' },
  ci_tilt_ratio: { zh: '大病保险倾斜：支付比例提高', en: 'Critical-illness tilt: higher ratio' },
  ci_cap: { zh: '大病保险年度最高支付限额', en: 'Critical-illness annual cap' },
  aid_category: { zh: '医疗救助身份（就高不就低）', en: 'Medical-aid identity (most favourable)' },
  aid_deductible: { zh: '医疗救助起付线', en: 'Medical-aid deductible' },
  aid_ratio: { zh: '医疗救助比例', en: 'Medical-aid ratio' },
  aid_limit: { zh: '医疗救助年度限额', en: 'Medical-aid annual limit' },
  guard_reimbursement_ceiling: { zh: '报销比例上限（防止过度保障）', en: 'Reimbursement ceiling (over-protection guard)' },
  guard_oop_cap: { zh: '个人自付比例控制', en: 'Out-of-pocket share cap' },
  guard_in_catalogue: { zh: '目录内费用占比', en: 'In-catalogue share' },
  out_of_pocket: { zh: '个人自付', en: 'Out of pocket' },
});
export const SETTLEMENT_STEPS = SETTLEMENT_STEP_CODES.values;
export type SettlementStep = CodeOf<typeof SETTLEMENT_STEP_CODES>;
export const SETTLEMENT_STEP_LABELS: Readonly<Record<SettlementStep, string>> = SETTLEMENT_STEP_CODES.zh;

/**
 * What the settlements API flags on a case: the calculator's guard flags (SETTLEMENT_FLAGS) plus
 * `recorded_mismatch` — the amounts the hospital recorded differ from what the calculator computes — and
 * `institution_suspended` — settled at an institution under a case's suspension or termination (issue 16).
 */
export const SETTLEMENT_RECORD_FLAG_CODES = defineCodes({
  oop_over_cap: { zh: '个人自付超过控制比例', en: 'Out-of-pocket over cap' },
  zero_oop: { zh: '个人零自付', en: 'Zero out-of-pocket' },
  in_catalogue_below_min: { zh: '目录内费用占比不足', en: 'In-catalogue share too low' },
  reimbursement_over_ceiling: { zh: '报销比例超过95%上限', en: 'Reimbursement over 95%' },
  recorded_mismatch: { zh: '记录与计算不符', en: 'Recorded ≠ computed' },
  // 条例 art. 38/40 measures in force on the settlement date (shared fraud/measures.ts settledWhileBlocked)
  institution_suspended: { zh: '机构暂停或解除协议期间结算', en: 'Settled while the institution was suspended or terminated' },
});
export const SETTLEMENT_RECORD_FLAGS = SETTLEMENT_RECORD_FLAG_CODES.values;
export type SettlementRecordFlag = CodeOf<typeof SETTLEMENT_RECORD_FLAG_CODES>;

/** The flags the calculator itself raises (the guards of S1 §二(六)(七), S3 §四). */
export const SETTLEMENT_FLAGS = [
  'oop_over_cap',
  'zero_oop',
  'in_catalogue_below_min',
  'reimbursement_over_ceiling',
] as const satisfies readonly SettlementRecordFlag[];
export type SettlementFlag = (typeof SETTLEMENT_FLAGS)[number];
export const SETTLEMENT_FLAG_LABELS: Readonly<Record<SettlementFlag, string>> = Object.freeze(
  Object.fromEntries(SETTLEMENT_FLAGS.map((flag) => [flag, SETTLEMENT_RECORD_FLAG_CODES.zh[flag]])) as Record<SettlementFlag, string>,
);

// ── 门诊特殊慢性病 (S1 §三) ─────────────────────────────────────────────────────────────────────────

/**
 * The catalogue recognitions are made against. S1 §三(八) refers to "《广西城乡居民基本医疗保险暂行办法》规定的
 * 29 种疾病" without listing them, and the 办法 is not among our source documents: this list is reconstructed
 * from the diseases Guangxi cities publish as 门诊特殊慢性病 and must be checked against the 办法 before use
 * (docs/decisions.md). Codes are ours (MT01…), stable, and what the API stores.
 */
export const CHRONIC_DISEASE_CATALOGUE_SOURCE =
  'S1 §三(八)：《广西城乡居民基本医疗保险暂行办法》规定的29种门诊特殊慢性病（清单据各市公布口径整理，待与办法原文核对）';
export const CHRONIC_DISEASE_CODES = defineCodes({
  MT01: { zh: '恶性肿瘤门诊治疗', en: 'Malignant tumour (outpatient treatment)' },
  MT02: { zh: '慢性肾功能衰竭（透析治疗）', en: 'Chronic renal failure (dialysis)' },
  MT03: { zh: '器官移植术后抗排异治疗', en: 'Anti-rejection after organ transplant' },
  MT04: { zh: '血友病', en: 'Haemophilia' },
  MT05: { zh: '再生障碍性贫血', en: 'Aplastic anaemia' },
  MT06: { zh: '系统性红斑狼疮', en: 'Systemic lupus erythematosus' },
  MT07: { zh: '精神分裂症', en: 'Schizophrenia' },
  MT08: { zh: '双相情感障碍', en: 'Bipolar disorder' },
  MT09: { zh: '耐多药肺结核', en: 'Multidrug-resistant tuberculosis' },
  MT10: { zh: '糖尿病', en: 'Diabetes' },
  MT11: { zh: '高血压病（Ⅱ、Ⅲ级）', en: 'Hypertension (grade II–III)' },
  MT12: { zh: '冠心病', en: 'Coronary heart disease' },
  MT13: { zh: '慢性心力衰竭', en: 'Chronic heart failure' },
  MT14: { zh: '脑血管意外后遗症', en: 'Sequelae of stroke' },
  MT15: { zh: '慢性病毒性肝炎', en: 'Chronic viral hepatitis' },
  MT16: { zh: '肝硬化', en: 'Cirrhosis' },
  MT17: { zh: '帕金森病', en: "Parkinson's disease" },
  MT18: { zh: '类风湿性关节炎', en: 'Rheumatoid arthritis' },
  MT19: { zh: '慢性阻塞性肺疾病', en: 'COPD' },
  MT20: { zh: '支气管哮喘', en: 'Bronchial asthma' },
  MT21: { zh: '癫痫', en: 'Epilepsy' },
  MT22: { zh: '重症肌无力', en: 'Myasthenia gravis' },
  MT23: { zh: '地中海贫血', en: 'Thalassaemia' },
  MT24: { zh: '肺结核', en: 'Pulmonary tuberculosis' },
  MT25: { zh: '甲状腺功能亢进症', en: 'Hyperthyroidism' },
  MT26: { zh: '强直性脊柱炎', en: 'Ankylosing spondylitis' },
  MT27: { zh: '艾滋病机会性感染', en: 'AIDS opportunistic infections' },
  MT28: { zh: '银屑病', en: 'Psoriasis' },
  MT29: { zh: '慢性肾小球肾炎', en: 'Chronic glomerulonephritis' },
});
export type ChronicDiseaseCode = CodeOf<typeof CHRONIC_DISEASE_CODES>;

export interface ChronicDisease {
  code: string;
  name: string;
}

/** The catalogue as {code, name} pairs (name: the zh label). */
export const CHRONIC_DISEASES: readonly ChronicDisease[] = Object.freeze(
  CHRONIC_DISEASE_CODES.values.map((code) => ({ code, name: CHRONIC_DISEASE_CODES.zh[code] })),
);

export function chronicDiseaseName(code: string): string | null {
  return CHRONIC_DISEASE_CODES.is(code) ? CHRONIC_DISEASE_CODES.zh[code] : null;
}

/** 主治医师及以上 (S1 §三(八)): the titles a recognising physician may hold. */
export const PHYSICIAN_TITLE_CODES = defineCodes({
  attending: { zh: '主治医师', en: 'Attending physician' },
  associate_chief: { zh: '副主任医师', en: 'Associate chief physician' },
  chief: { zh: '主任医师', en: 'Chief physician' },
});
export const PHYSICIAN_TITLES = PHYSICIAN_TITLE_CODES.values;
export type PhysicianTitle = CodeOf<typeof PHYSICIAN_TITLE_CODES>;
export const PHYSICIAN_TITLE_LABELS: Readonly<Record<PhysicianTitle, string>> = PHYSICIAN_TITLE_CODES.zh;

export const RECOGNITION_STATUS_CODES = defineCodes({
  active: { zh: '有效', en: 'Active' },
  revoked: { zh: '已取消', en: 'Revoked' },
});
export const RECOGNITION_STATUSES = RECOGNITION_STATUS_CODES.values;
export type RecognitionStatus = CodeOf<typeof RECOGNITION_STATUS_CODES>;
export const RECOGNITION_STATUS_LABELS: Readonly<Record<RecognitionStatus, string>> = RECOGNITION_STATUS_CODES.zh;

// ── 监测预警 (S3 §三) ───────────────────────────────────────────────────────────────────────────────

/** 帮扶措施 (S3 §三): what a county may record for an assisted warning. */
export const ASSISTANCE_MEASURE_CODES = defineCodes({
  medical_aid: { zh: '医疗救助', en: 'Medical aid' },
  temporary_aid: { zh: '临时救助', en: 'Temporary aid' },
  basic_living_aid: { zh: '基本生活救助', en: 'Basic living aid' },
  charity: { zh: '慈善帮扶', en: 'Charity' },
  commercial_insurance: { zh: '商业保险', en: 'Commercial insurance' },
  employment: { zh: '就业帮扶', en: 'Employment help' },
});
export const ASSISTANCE_MEASURES = ASSISTANCE_MEASURE_CODES.values;
export type AssistanceMeasure = CodeOf<typeof ASSISTANCE_MEASURE_CODES>;
export const ASSISTANCE_MEASURE_LABELS: Readonly<Record<AssistanceMeasure, string>> = ASSISTANCE_MEASURE_CODES.zh;

/**
 * Which department a warning is pushed to (S3 §五): 民政 for 低保边缘, 乡村振兴 for 易返贫致贫 persons. The
 * same codes as the roster's source departments, labelled by them (SOURCE_DEPARTMENT_CODES).
 */
export const PUSH_DEPARTMENTS = ['civil_affairs', 'rural_revitalization'] as const;
export type PushDepartment = (typeof PUSH_DEPARTMENTS)[number];

/** The area's code lists by locale section (the admin shows `t('<section>.<code>')`). */
export const ASSISTANCE_CODE_LISTS: CodeLists = {
  visitTypes: VISIT_TYPE_CODES,
  hospitalLevels: HOSPITAL_LEVEL_CODES,
  settlementSteps: SETTLEMENT_STEP_CODES,
  settlementFlags: SETTLEMENT_RECORD_FLAG_CODES,
  physicianTitles: PHYSICIAN_TITLE_CODES,
  assistanceMeasures: ASSISTANCE_MEASURE_CODES,
  recognitionStatuses: RECOGNITION_STATUS_CODES,
  chronicDiseases: CHRONIC_DISEASE_CODES,
};

/**
 * 重点救助对象 (S3 §四 "重点救助对象三重保障制度保障后…控制在95%以内"): 特困人员、低保对象、建档立卡/脱贫人口 and the
 * three kinds of 监测对象 — the example parameters' reimbursement-ceiling categories and the compliance view's OVP-1.
 */
export const KEY_AID_RECIPIENTS = [
  'urban_tekun',
  'rural_tekun',
  'urban_dibao',
  'rural_dibao',
  'registered_poor',
  'monitored_unstable',
  'monitored_marginal',
  'monitored_sudden',
] as const satisfies readonly IdentityCategory[];
