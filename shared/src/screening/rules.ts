import type { ScreeningRuleId, ScreeningRuleType } from './codes';

/**
 * The 规则库's catalogue (issue 17; policy-modules §1.8): each rule's type, its logic in words, its source and whether
 * a hit is one person's settlements or one institution. The parameters and their defaults are rule-params.ts; the
 * logic as code is predicates.ts (the run's SQL is property-tested against it). The sources are written out here:
 * the research file is not read at run time.
 */
export interface ScreeningRuleDefinition {
  id: ScreeningRuleId;
  type: ScreeningRuleType;
  /** `person`: a hit is settlements of one person (a stay, a pair of stays, a month's visits); `institution`: one institution */
  level: ScreeningRuleLevel;
  logic: { zh: string; en: string };
  source: string;
}

export const SCREENING_RULE_LEVELS = ['person', 'institution'] as const;
export type ScreeningRuleLevel = (typeof SCREENING_RULE_LEVELS)[number];

const NHSA_BATCHES = '国家医保局两库规则批次（飞行检查规则库解析，policy-modules §1.8 R2）';

export const SCREENING_RULE_CATALOGUE: Readonly<Record<ScreeningRuleId, ScreeningRuleDefinition>> = Object.freeze({
  split_admission: {
    id: 'split_admission',
    type: 'split_admission',
    level: 'person',
    logic: {
      zh: '同一人在同一机构出院后 N 日内（入院日期 − 前次出院日期 ≤ N，当日再入院为 0 日）以相同诊断类目（ICD-10 前三位）再次住院；放化疗周期（Z51）等计划性再入院除外；两次住院相互重叠的不计',
      en: 'The same person readmitted to the same institution within N days of a discharge (admission − previous discharge ≤ N; the same day is 0) with the same 3-character ICD-10 category; planned cycles such as chemotherapy/radiotherapy (Z51) excluded; overlapping stays do not count',
    },
    source: '“同一种疾病15日内两次住院（特殊情况除外）”；计划性再入院（放化疗）除外（policy-modules §1.8，P31、R3）',
  },
  overlapping_stays: {
    id: 'overlapping_stays',
    type: 'fictitious_service',
    level: 'person',
    logic: {
      zh: '同一人的两次住院时间相交：A 入院 ≤ B 出院且 A 出院 ≥ B 入院（日期含首尾，同日出院又入院亦相交），不论机构',
      en: 'Two inpatient stays of one person whose intervals intersect: A.admitted ≤ B.discharged and A.discharged ≥ B.admitted (dates inclusive, so a same-day discharge and admission intersect), at any institutions',
    },
    source: '同时住院：住院区间相交 A.start ≤ B.end 且 A.end ≥ B.start（policy-modules §1.8，R3）',
  },
  phantom_stay: {
    id: 'phantom_stay',
    type: 'fictitious_service',
    level: 'person',
    logic: {
      zh: '住院当日入院当日出院；或住院天数（出院日期 − 入院日期）≥ D 日且日均政策范围内费用低于 X 元（政策范围内费用 < X × 天数）',
      en: 'An inpatient stay admitted and discharged the same day; or of at least D days (discharge − admission) whose in-policy cost per day is below X yuan (in-policy cost < X × days)',
    },
    source: '挂床住院：当日入出院、住院天数异常、床位费与床日不符（policy-modules §1.8，P31 及 R3 类公开检查清单）',
  },
  frequent_visits: {
    id: 'frequent_visits',
    type: 'excessive_treatment',
    level: 'person',
    logic: {
      zh: '同一人在同一机构同一自然月（结算日期）门诊结算（普通门诊、门诊特慢病）超过 N 次',
      en: 'More than N outpatient settlements (outpatient and chronic-disease outpatient) of one person at one institution within one calendar month of the settlement date',
    },
    source: '高频就诊：参照“同一药品一个自然月内购买超过 4 次”的高频筛查方式（policy-modules §1.8，P33、R3）',
  },
  sex_mismatch: {
    id: 'sex_mismatch',
    type: 'unreasonable_treatment',
    level: 'person',
    logic: {
      zh: '主要诊断类目属于另一性别专用范围：男性出现妊娠（O00–O9A）或女性生殖器官疾病（N70–N98），女性出现男性生殖器官疾病（N40–N53）；性别取自身份证号第 17 位',
      en: 'A main diagnosis reserved for the other sex: pregnancy (O00–O9A) or female genital disease (N70–N98) for a man, male genital disease (N40–N53) for a woman; sex from the ID number’s 17th digit',
    },
    source: `${NHSA_BATCHES} 1-1/1-2 限性别；ICD-10 第十五章、第十四章`,
  },
  age_mismatch: {
    id: 'age_mismatch',
    type: 'unreasonable_treatment',
    level: 'person',
    logic: {
      zh: '起源于围生期的情况（P00–P96）用于就诊（住院以入院日期计）时已满 N 周岁之后的人员；出生日期取自身份证号',
      en: 'Perinatal conditions (P00–P96) for a person past their N-th birthday when care began (a stay: its admission); birth date from the ID number',
    },
    source: `${NHSA_BATCHES} 8-2 限年龄；ICD-10 第十六章`,
  },
  after_death: {
    id: 'after_death',
    type: 'fictitious_service',
    level: 'person',
    logic: {
      zh: '台账记录死亡日期之后开始的就医：门诊结算日期或住院入院日期晚于死亡日期（死亡前入院、死亡后结算的不计）',
      en: 'Care begun after the death date the ledger records: an outpatient settlement, or a stay admitted, after that date (a stay begun before death and settled later is not a hit)',
    },
    source: '死亡后就医：参保台账“死亡”减员日期与结算比对（issue 17；医院端规则引擎无此数据）',
  },
  suspended_institution: {
    id: 'suspended_institution',
    type: 'eligibility',
    level: 'person',
    logic: {
      zh: '结算日期落在机构服务协议暂停期（含起止日）或解除之后；暂停、解除在结算之后才登记的也会被发现',
      en: 'Settled on a date when the institution’s agreement was suspended (start and end inclusive) or after it was terminated — including suspensions recorded after the settlement',
    },
    source: '《医疗机构医疗保障定点管理暂行办法》（令第2号）第四十二、四十三条：暂停、解除协议期间发生的费用不予结算',
  },
  zero_oop: {
    id: 'zero_oop',
    type: 'over_protection',
    level: 'person',
    logic: {
      zh: '一站式结算计算器标记为个人零自付的结算（与过度保障筛查共用同一标记）',
      en: 'Settlements the calculator flagged zero out-of-pocket (the same flag over-protection screening uses)',
    },
    source: '医保发〔2019〕57号 §五：个人零缴费、零自付属立行立改的过度保障',
  },
  institution_outlier: {
    id: 'institution_outlier',
    type: 'excessive_treatment',
    level: 'institution',
    logic: {
      zh: '机构年度住院人次 ÷ 所在县参保贫困人口 × 1000，高于同县各机构中位数 k × MAD（中位数绝对偏差；MAD 为 0 时以平均绝对偏差代替）',
      en: 'An institution’s inpatient admissions in the year per 1,000 poor persons enrolled in its county, above the median of the county’s institutions by more than k × MAD (median absolute deviation; the mean absolute deviation when the MAD is 0)',
    },
    source: '机构异常值（同级机构比较，policy-modules §1.8 R3）；医保发〔2019〕57号 §六：住院率偏高',
  },
});

export const SCREENING_RULE_DEFINITIONS: readonly ScreeningRuleDefinition[] = Object.values(SCREENING_RULE_CATALOGUE);
