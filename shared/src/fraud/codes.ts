import { defineCodes, type CodeLists, type CodeOf } from '../codes';

/**
 * 欺诈骗保 (fraud cases, DOMAIN §6; policy-modules §1): the area's code lists, each code with its zh-CN and en-US
 * label (defineCodes). Procedure: 《医疗保障行政处罚程序暂行规定》 (国家医保局令第4号); conduct and penalties:
 * 《医疗保障基金使用监督管理条例》 (国务院令第735号, "条例").
 */

/** 线索来源 (令第4号 art. 14; R1 `case_clue` and 令第6号 for 飞行检查). */
export const FRAUD_CLUE_SOURCE_CODES = defineCodes({
  tip_off: { zh: '投诉举报', en: 'Tip-off' },
  screening: { zh: '智能监控', en: 'Intelligent monitoring' },
  inspection: { zh: '监督检查', en: 'Supervisory inspection' },
  referral: { zh: '部门移送', en: 'Referred by another department' },
  assigned: { zh: '上级交办', en: 'Assigned by the level above' },
  flight_check: { zh: '飞行检查', en: 'Unannounced inspection' },
});
export const FRAUD_CLUE_SOURCES = FRAUD_CLUE_SOURCE_CODES.values;
export type FraudClueSource = CodeOf<typeof FRAUD_CLUE_SOURCE_CODES>;

/**
 * Whom a clue or a case is about (R1: 4 subject types, 苏医保督〔2024〕1号). One list for both: a clue's `subjectType`
 * becomes the case's `partyType` when it is filed, and a cause applies to the party types of its article
 * (`FRAUD_CAUSE_BASIS`): art. 37 the handling agency, arts. 38 and 40 a designated institution, art. 41 individuals.
 */
export const FRAUD_PARTY_TYPE_CODES = defineCodes({
  institution: { zh: '定点医药机构', en: 'Designated medical institution' },
  insured_person: { zh: '参保人员', en: 'Insured person' },
  agency: { zh: '医疗保障经办机构', en: 'Handling agency' },
  other: { zh: '其他单位或个人', en: 'Other organisation or person' },
});
export const FRAUD_PARTY_TYPES = FRAUD_PARTY_TYPE_CODES.values;
export type FraudPartyType = CodeOf<typeof FRAUD_PARTY_TYPE_CODES>;
/** A clue's subject type: the same codes as a case's party type. */
export const FRAUD_CLUE_SUBJECT_TYPE_CODES = FRAUD_PARTY_TYPE_CODES;
export type FraudClueSubjectType = FraudPartyType;
/**
 * The party types judged by an individual's thresholds (hearing, legal review, collective discussion). `other` takes
 * only art. 41 causes (个人), so it counts as a person: the lower hearing threshold errs toward offering the right.
 */
export const FRAUD_PERSON_PARTY_TYPES: readonly FraudPartyType[] = ['insured_person', 'other'];

/** 定点医药机构类别 (issue 16 Institutions). */
export const INSTITUTION_KIND_CODES = defineCodes({
  hospital: { zh: '医院', en: 'Hospital' },
  primary: { zh: '基层医疗卫生机构', en: 'Primary care institution' },
  village_clinic: { zh: '村卫生室', en: 'Village clinic' },
  pharmacy: { zh: '定点零售药店', en: 'Retail pharmacy' },
});
export const INSTITUTION_KINDS = INSTITUTION_KIND_CODES.values;
export type InstitutionKind = CodeOf<typeof INSTITUTION_KIND_CODES>;

/** 医院等级 of a designated institution (a pharmacy or clinic is `unrated`). */
export const INSTITUTION_LEVEL_CODES = defineCodes({
  primary: { zh: '一级', en: 'Primary (level 1)' },
  secondary: { zh: '二级', en: 'Secondary (level 2)' },
  tertiary: { zh: '三级', en: 'Tertiary (level 3)' },
  unrated: { zh: '未定级', en: 'Unrated' },
});
export const INSTITUTION_LEVELS = INSTITUTION_LEVEL_CODES.values;
export type InstitutionLevel = CodeOf<typeof INSTITUTION_LEVEL_CODES>;

export const INSTITUTION_OWNERSHIP_CODES = defineCodes({
  public: { zh: '公立', en: 'Public' },
  private: { zh: '民营', en: 'Private' },
});
export const INSTITUTION_OWNERSHIPS = INSTITUTION_OWNERSHIP_CODES.values;
export type InstitutionOwnership = CodeOf<typeof INSTITUTION_OWNERSHIP_CODES>;

/** 服务协议状态 (令第2号 arts. 42–43: suspension, termination), set by case decisions and kept as history. */
export const AGREEMENT_STATUS_CODES = defineCodes({
  active: { zh: '协议履行中', en: 'Active' },
  suspended: { zh: '暂停', en: 'Suspended' },
  terminated: { zh: '解除协议', en: 'Terminated' },
});
export const AGREEMENT_STATUSES = AGREEMENT_STATUS_CODES.values;
export type AgreementStatus = CodeOf<typeof AGREEMENT_STATUS_CODES>;

/** A clue's states (the clue workflow's; its state labels come from here). */
export const FRAUD_CLUE_STATE_CODES = defineCodes({
  received: { zh: '已接收', en: 'Received' },
  verifying: { zh: '核查中', en: 'Verifying' },
  filed: { zh: '已立案', en: 'Filed' },
  not_filed: { zh: '不予立案', en: 'Not filed' },
  transferred: { zh: '已移送', en: 'Transferred' },
});
export const FRAUD_CLUE_STATES = FRAUD_CLUE_STATE_CODES.values;
export type FraudClueState = CodeOf<typeof FRAUD_CLUE_STATE_CODES>;

/** A case's states (the case workflow's; its state labels come from here). */
export const FRAUD_CASE_STATE_CODES = defineCodes({
  filed: { zh: '已立案', en: 'Filed' },
  investigating: { zh: '调查中', en: 'Investigating' },
  legal_review: { zh: '法制审核', en: 'Legal review' },
  reviewed: { zh: '已通过法制审核', en: 'Legal review passed' },
  notified: { zh: '已告知', en: 'Notified' },
  hearing: { zh: '听证', en: 'Hearing' },
  decided: { zh: '已决定', en: 'Decided' },
  served: { zh: '已送达', en: 'Served' },
  executing: { zh: '执行中', en: 'Executing' },
  closed: { zh: '已结案', en: 'Closed' },
  terminated: { zh: '已终止', en: 'Terminated' },
});
export const FRAUD_CASE_STATES = FRAUD_CASE_STATE_CODES.values;
export type FraudCaseState = CodeOf<typeof FRAUD_CASE_STATE_CODES>;

/**
 * 案由: the conduct a case is about, each tied to its 条例 article and item (`FRAUD_CAUSE_BASIS`). Art. 38 (定点医药机构,
 * irregular use), art. 40 (定点医药机构, fraud), art. 41 (individuals), art. 37 (the handling agency).
 */
export const FRAUD_CAUSE_CODES = defineCodes({
  split_admission: { zh: '分解住院', en: 'Split admissions' },
  phantom_bed: { zh: '挂床住院', en: 'Phantom bed occupancy' },
  excessive_treatment: { zh: '违反诊疗规范过度诊疗', en: 'Over-treatment against clinical norms' },
  excessive_testing: { zh: '违反诊疗规范过度检查', en: 'Over-testing against clinical norms' },
  split_prescription: { zh: '分解处方', en: 'Split prescriptions' },
  excess_quantity: { zh: '超量开药', en: 'Excessive quantities prescribed' },
  repeat_prescription: { zh: '重复开药', en: 'Repeated prescriptions' },
  unnecessary_service: { zh: '提供其他不必要的医药服务', en: 'Other unnecessary services' },
  duplicate_charge: { zh: '重复收费', en: 'Duplicate charging' },
  over_standard_charge: { zh: '超标准收费', en: 'Charging above the standard' },
  split_item_charge: { zh: '分解项目收费', en: 'Split item charging' },
  substitution: { zh: '串换药品、医用耗材、诊疗项目和服务设施', en: 'Substituting drugs, supplies, items or facilities' },
  facilitating_resale: { zh: '为参保人员转卖药品或获取非法利益提供便利', en: 'Facilitating resale of drugs or illicit gains' },
  out_of_scope_billing: { zh: '将不属于基金支付范围的医药费用纳入基金结算', en: 'Billing out-of-scope costs to the fund' },
  other_loss: { zh: '造成基金损失的其他违法行为', en: 'Other conduct causing fund losses' },
  induced_false_visit: {
    zh: '诱导、协助他人冒名或者虚假就医、购药，提供虚假证明材料，或者串通他人虚开费用单据',
    en: 'Inducing or helping impersonated or false visits, false certificates or false bills',
  },
  forged_records: {
    zh: '伪造、变造、隐匿、涂改、销毁医学文书、医学证明、会计凭证、电子信息等有关资料',
    en: 'Forging, altering, hiding or destroying medical, accounting or electronic records',
  },
  fictitious_service: { zh: '虚构医药服务项目', en: 'Fictitious medical services' },
  other_fraud: { zh: '其他骗取医疗保障基金支出的行为', en: 'Other fraud on the fund' },
  intentional_art38: { zh: '以骗取基金为目的实施第三十八条所列行为', en: 'Art. 38 conduct with intent to defraud' },
  lending_credential: { zh: '将本人的医疗保障凭证交由他人冒名使用', en: 'Lending one’s insurance credential' },
  duplicate_benefit: { zh: '重复享受医疗保障待遇', en: 'Duplicate benefits' },
  drug_resale: { zh: '利用享受医疗保障待遇的机会转卖药品或获取非法利益', en: 'Reselling drugs obtained through benefits' },
  impersonation: { zh: '使用他人医疗保障凭证冒名就医、购药', en: 'Using another’s credential (impersonation)' },
  individual_forgery: {
    zh: '个人伪造、变造、隐匿、涂改、销毁有关资料或者虚构医药服务项目骗取基金',
    en: 'Individual forging records or fictitious services',
  },
  agency_fraud: { zh: '经办机构伪造资料或者虚构医药服务项目骗取基金', en: 'Handling agency defrauding the fund' },
});
export const FRAUD_CAUSES = FRAUD_CAUSE_CODES.values;
export type FraudCause = CodeOf<typeof FRAUD_CAUSE_CODES>;

/** The 条例 articles with penalties the causes are tied to. */
export type FraudArticle = 37 | 38 | 40 | 41;

export interface FraudCauseBasis {
  /** 条例 (国务院令第735号) article */
  article: FraudArticle;
  /** its paragraph (款) and item (项), as "第一款第（三）项" */
  clause: string;
  /** the party types the article applies to (R1 guard 2001: a cause must match the party) */
  partyTypes: readonly FraudPartyType[];
  /**
   * false where the article fines only in some cases: art. 41 first paragraph fines only "以骗取医疗保障基金为目的"
   * (its second paragraph); without that intent the decision recovers and suspends settlement, with no fine.
   */
  fineRequired: boolean;
}

const INSTITUTION: readonly FraudPartyType[] = ['institution'];
const PERSONS: readonly FraudPartyType[] = ['insured_person', 'other'];
const ART38 = (item: string): FraudCauseBasis => ({ article: 38, clause: `第（${item}）项`, partyTypes: INSTITUTION, fineRequired: true });
const ART40 = (clause: string): FraudCauseBasis => ({ article: 40, clause, partyTypes: INSTITUTION, fineRequired: true });

/**
 * Each cause's article and item in the 条例 (国务院令第735号; texts in `FRAUD_ARTICLE_TEXTS`; policy-modules §1.2:
 * P1 art. 40, P2 arts. 37–40, P3 art. 41, P28 art. 37), and the party types it applies to.
 */
export const FRAUD_CAUSE_BASIS: Readonly<Record<FraudCause, FraudCauseBasis>> = Object.freeze({
  split_admission: ART38('一'),
  phantom_bed: ART38('一'),
  excessive_treatment: ART38('二'),
  excessive_testing: ART38('二'),
  split_prescription: ART38('二'),
  excess_quantity: ART38('二'),
  repeat_prescription: ART38('二'),
  unnecessary_service: ART38('二'),
  duplicate_charge: ART38('三'),
  over_standard_charge: ART38('三'),
  split_item_charge: ART38('三'),
  substitution: ART38('四'),
  facilitating_resale: ART38('五'),
  out_of_scope_billing: ART38('六'),
  other_loss: ART38('七'),
  induced_false_visit: ART40('第一款第（一）项'),
  forged_records: ART40('第一款第（二）项'),
  fictitious_service: ART40('第一款第（三）项'),
  other_fraud: ART40('第一款第（四）项'),
  intentional_art38: ART40('第二款'),
  lending_credential: { article: 41, clause: '第一款第（一）项', partyTypes: ['insured_person'], fineRequired: false },
  duplicate_benefit: { article: 41, clause: '第一款第（二）项', partyTypes: ['insured_person'], fineRequired: false },
  drug_resale: { article: 41, clause: '第一款第（三）项', partyTypes: PERSONS, fineRequired: false },
  impersonation: { article: 41, clause: '第二款', partyTypes: PERSONS, fineRequired: true },
  individual_forgery: { article: 41, clause: '第二款', partyTypes: PERSONS, fineRequired: true },
  agency_fraud: { article: 37, clause: '', partyTypes: ['agency'], fineRequired: true },
});

/** The causes that apply to each party type (the `file` action's `allowedBy`, the case form's choices). */
function causesFor(partyType: FraudPartyType): readonly FraudCause[] {
  return FRAUD_CAUSES.filter((c) => FRAUD_CAUSE_BASIS[c].partyTypes.includes(partyType));
}
export const FRAUD_CAUSES_BY_PARTY_TYPE: Readonly<Record<FraudPartyType, readonly FraudCause[]>> = Object.freeze({
  institution: causesFor('institution'),
  insured_person: causesFor('insured_person'),
  agency: causesFor('agency'),
  other: causesFor('other'),
});

/**
 * The articles' penalty parts as the 条例 states them (国务院令第735号, in force 2021-05-01; policy-modules §1.2 —
 * P1 gives art. 40 in full, P2–P4 and P28 summarise the others: check against the official text before quoting it
 * in a document).
 */
export const FRAUD_ARTICLE_TEXTS: Readonly<Record<FraudArticle, string>> = Object.freeze({
  37: '医疗保障经办机构通过伪造、变造、隐匿、涂改、销毁医学文书、医学证明、会计凭证、电子信息等有关资料或者虚构医药服务项目等方式，骗取医疗保障基金支出的，由医疗保障行政部门责令退回，处骗取金额2倍以上5倍以下的罚款，对直接负责的主管人员和其他直接责任人员依法给予处分。',
  38: '定点医药机构有下列情形之一的，由医疗保障行政部门责令改正，并可以约谈有关负责人；造成医疗保障基金损失的，责令退回，处造成损失金额1倍以上2倍以下的罚款；拒不改正或者造成严重后果的，责令定点医药机构暂停相关责任部门6个月以上1年以下涉及医疗保障基金使用的医药服务。',
  40: '定点医药机构通过下列方式骗取医疗保障基金支出的，由医疗保障行政部门责令退回，处骗取金额2倍以上5倍以下的罚款；责令定点医药机构暂停相关责任部门6个月以上1年以下涉及医疗保障基金使用的医药服务，直至由医疗保障经办机构解除服务协议；有执业资格的，由有关主管部门依法吊销执业资格。',
  41: '个人有下列情形之一的，由医疗保障行政部门责令改正；造成医疗保障基金损失的，责令退回；属于参保人员的，暂停其医疗费用联网结算3个月至12个月。个人以骗取医疗保障基金为目的，实施了前款规定行为之一，造成医疗保障基金损失的；或者使用他人医疗保障凭证冒名就医、购药的；或者通过伪造、变造、隐匿、涂改、销毁医学文书、医学证明、会计凭证、电子信息等有关资料或者虚构医药服务项目等方式，骗取医疗保障基金支出的，除依照前款规定处理外，还应当由医疗保障行政部门处骗取金额2倍以上5倍以下的罚款。',
});

/** 证据种类: the eight of 令第4号 art. 19 (R1 guard 2027; policy-modules §1.4). */
export const FRAUD_EVIDENCE_TYPE_CODES = defineCodes({
  documentary: { zh: '书证', en: 'Documentary evidence' },
  physical: { zh: '物证', en: 'Physical evidence' },
  audiovisual: { zh: '视听资料', en: 'Audio-visual material' },
  electronic: { zh: '电子数据', en: 'Electronic data' },
  witness: { zh: '证人证言', en: 'Witness testimony' },
  party_statement: { zh: '当事人陈述', en: 'Statement of the party' },
  expert_opinion: { zh: '鉴定意见', en: 'Expert opinion' },
  inspection_record: { zh: '勘验笔录、现场笔录', en: 'Inspection or on-site record' },
});
export const FRAUD_EVIDENCE_TYPES = FRAUD_EVIDENCE_TYPE_CODES.values;
export type FraudEvidenceType = CodeOf<typeof FRAUD_EVIDENCE_TYPE_CODES>;

/** 处理决定 (令第4号 art. 43: five kinds of decision). */
export const FRAUD_DECISION_TYPE_CODES = defineCodes({
  penalty: { zh: '给予行政处罚', en: 'Administrative penalty' },
  no_penalty: { zh: '不予行政处罚', en: 'No penalty' },
  not_established: { zh: '违法事实不能成立，不予行政处罚', en: 'Violation not established' },
  transfer_agency: { zh: '移送其他行政管理部门处理', en: 'Transferred to another administration' },
  transfer_judicial: { zh: '移送司法机关', en: 'Transferred to the judicial organs' },
});
export const FRAUD_DECISION_TYPES = FRAUD_DECISION_TYPE_CODES.values;
export type FraudDecisionType = CodeOf<typeof FRAUD_DECISION_TYPE_CODES>;

/**
 * Measures besides the amounts (条例 arts. 37–41; 令第2号 for the agreement). The suspensions run for a number of
 * months within `FRAUD_MEASURE_MONTHS`.
 */
export const FRAUD_MEASURE_CODES = defineCodes({
  order_correction: { zh: '责令改正', en: 'Order to correct' },
  interview: { zh: '约谈有关负责人', en: 'Interview with the persons in charge' },
  department_suspension: { zh: '暂停相关责任部门涉及基金使用的医药服务', en: 'Suspend the responsible department’s fund services' },
  agreement_termination: { zh: '解除医保服务协议', en: 'Terminate the service agreement' },
  licence_referral: { zh: '移送有关主管部门吊销执业资格', en: 'Refer for revocation of the practising licence' },
  settlement_suspension: { zh: '暂停医疗费用联网结算', en: 'Suspend direct settlement' },
  staff_sanction: { zh: '对直接责任人员依法给予处分', en: 'Sanctions for the responsible staff' },
});
export const FRAUD_MEASURES = FRAUD_MEASURE_CODES.values;
export type FraudMeasure = CodeOf<typeof FRAUD_MEASURE_CODES>;

/** The measures each party type may receive (条例 art. 37 agency; 38 and 40 institutions; 41 individuals). */
export const FRAUD_MEASURES_BY_PARTY_TYPE: Readonly<Record<FraudPartyType, readonly FraudMeasure[]>> = Object.freeze({
  institution: ['order_correction', 'interview', 'department_suspension', 'agreement_termination', 'licence_referral'],
  insured_person: ['order_correction', 'settlement_suspension'],
  agency: ['order_correction', 'staff_sanction'],
  other: ['order_correction'],
});

/** The suspension measures' length in months, with their article. */
export const FRAUD_MEASURE_MONTHS: Readonly<Partial<Record<FraudMeasure, { min: number; max: number; source: string }>>> = Object.freeze({
  // 条例 arts. 38 and 40: 暂停相关责任部门6个月以上1年以下
  department_suspension: { min: 6, max: 12, source: '条例第三十八条、第四十条' },
  // 条例 art. 41: 暂停其医疗费用联网结算3个月至12个月
  settlement_suspension: { min: 3, max: 12, source: '条例第四十一条' },
});

/** The measures that give the party a right to a hearing and require legal review (汕尾 art. 36; 行政处罚法 art. 63). */
export const FRAUD_SERIOUS_MEASURES: readonly FraudMeasure[] = ['department_suspension', 'agreement_termination', 'settlement_suspension'];

/** 执行 (令第4号 arts. 53, 55): what an execution row collects. */
export const FRAUD_EXECUTION_KIND_CODES = defineCodes({
  fine: { zh: '罚款', en: 'Fine' },
  recoup: { zh: '责令退回基金', en: 'Recovered fund money' },
  confiscate: { zh: '没收违法所得', en: 'Confiscated illegal gains' },
  late_fee: { zh: '加处罚款', en: 'Late fee' },
});
export const FRAUD_EXECUTION_KINDS = FRAUD_EXECUTION_KIND_CODES.values;
export type FraudExecutionKind = CodeOf<typeof FRAUD_EXECUTION_KIND_CODES>;

/** 裁量阶次 (医保发〔2021〕35号; provincial 裁量基准, e.g. Henan 2022, P28). */
export const DISCRETION_TIER_CODES = defineCodes({
  lenient: { zh: '从轻', en: 'Lenient' },
  ordinary: { zh: '一般', en: 'Ordinary' },
  severe: { zh: '从重', en: 'Severe' },
});
export const DISCRETION_TIERS = DISCRETION_TIER_CODES.values;
export type DiscretionTier = CodeOf<typeof DISCRETION_TIER_CODES>;

/** Periods that do not count toward the decision deadline (令第4号 arts. 25, 45). */
export const FRAUD_PAUSE_KIND_CODES = defineCodes({
  expert_review: { zh: '专家评审', en: 'Expert review' },
  testing: { zh: '检测', en: 'Testing' },
  appraisal: { zh: '鉴定', en: 'Appraisal' },
  hearing: { zh: '听证', en: 'Hearing' },
  public_notice: { zh: '公告', en: 'Public notice' },
});
export const FRAUD_PAUSE_KINDS = FRAUD_PAUSE_KIND_CODES.values;
export type FraudPauseKind = CodeOf<typeof FRAUD_PAUSE_KIND_CODES>;

/** The area's code lists by locale section (code-lists.ts combines the areas). */
export const FRAUD_CODE_LISTS: CodeLists = {
  fraudClueSources: FRAUD_CLUE_SOURCE_CODES,
  fraudPartyTypes: FRAUD_PARTY_TYPE_CODES,
  institutionKinds: INSTITUTION_KIND_CODES,
  institutionLevels: INSTITUTION_LEVEL_CODES,
  institutionOwnerships: INSTITUTION_OWNERSHIP_CODES,
  agreementStatuses: AGREEMENT_STATUS_CODES,
  fraudClueStates: FRAUD_CLUE_STATE_CODES,
  fraudCaseStates: FRAUD_CASE_STATE_CODES,
  fraudCauses: FRAUD_CAUSE_CODES,
  fraudEvidenceTypes: FRAUD_EVIDENCE_TYPE_CODES,
  fraudDecisionTypes: FRAUD_DECISION_TYPE_CODES,
  fraudMeasures: FRAUD_MEASURE_CODES,
  fraudExecutionKinds: FRAUD_EXECUTION_KIND_CODES,
  discretionTiers: DISCRETION_TIER_CODES,
  fraudPauseKinds: FRAUD_PAUSE_KIND_CODES,
};

/** An institution's national code: H (medical) or P (pharmacy), the 6-digit county code, a 5-digit serial. */
export const INSTITUTION_CODE_PATTERN = /^[HP]\d{6}\d{5}$/;

/** The county code inside an institution's national code, or null when it is not one. */
export function institutionCodeCounty(code: unknown): string | null {
  return typeof code === 'string' && INSTITUTION_CODE_PATTERN.test(code) ? code.slice(1, 7) : null;
}

/**
 * A case's title (R1 `CaseService.decide`): "<party>涉嫌<cause>案" while it is investigated, "<party><cause>案" once
 * decided — the presumption of innocence reads in the name.
 */
export function fraudCaseTitle(partyName: string, causes: readonly FraudCause[], decided: boolean): string {
  return `${partyName}${decided ? '' : '涉嫌'}${causes.map((c) => FRAUD_CAUSE_CODES.zh[c]).join('、')}案`;
}
