/**
 * 三重制度 beyond the calculator (DOMAIN §3): the chronic outpatient disease catalogue and its recognition
 * rules (S1 §三), and the high-cost early-warning lifecycle (S3 §三, §五).
 */
import type { HospitalLevel } from './settlement';

// ── 门诊特殊慢性病 (S1 §三) ─────────────────────────────────────────────────────────────────────────

export interface ChronicDisease {
  code: string;
  name: string;
}

/**
 * The catalogue recognitions are made against. S1 §三(八) refers to "《广西城乡居民基本医疗保险暂行办法》规定的
 * 29 种疾病" without listing them, and the 办法 is not among our source documents: this list is reconstructed
 * from the diseases Guangxi cities publish as 门诊特殊慢性病 and must be checked against the 办法 before use
 * (docs/decisions.md). Codes are ours (MT01…), stable, and what the API stores.
 */
export const CHRONIC_DISEASE_CATALOGUE_SOURCE = 'S1 §三(八)：《广西城乡居民基本医疗保险暂行办法》规定的29种门诊特殊慢性病（清单据各市公布口径整理，待与办法原文核对）';
export const CHRONIC_DISEASES: readonly ChronicDisease[] = [
  { code: 'MT01', name: '恶性肿瘤门诊治疗' },
  { code: 'MT02', name: '慢性肾功能衰竭（透析治疗）' },
  { code: 'MT03', name: '器官移植术后抗排异治疗' },
  { code: 'MT04', name: '血友病' },
  { code: 'MT05', name: '再生障碍性贫血' },
  { code: 'MT06', name: '系统性红斑狼疮' },
  { code: 'MT07', name: '精神分裂症' },
  { code: 'MT08', name: '双相情感障碍' },
  { code: 'MT09', name: '耐多药肺结核' },
  { code: 'MT10', name: '糖尿病' },
  { code: 'MT11', name: '高血压病（Ⅱ、Ⅲ级）' },
  { code: 'MT12', name: '冠心病' },
  { code: 'MT13', name: '慢性心力衰竭' },
  { code: 'MT14', name: '脑血管意外后遗症' },
  { code: 'MT15', name: '慢性病毒性肝炎' },
  { code: 'MT16', name: '肝硬化' },
  { code: 'MT17', name: '帕金森病' },
  { code: 'MT18', name: '类风湿性关节炎' },
  { code: 'MT19', name: '慢性阻塞性肺疾病' },
  { code: 'MT20', name: '支气管哮喘' },
  { code: 'MT21', name: '癫痫' },
  { code: 'MT22', name: '重症肌无力' },
  { code: 'MT23', name: '地中海贫血' },
  { code: 'MT24', name: '肺结核' },
  { code: 'MT25', name: '甲状腺功能亢进症' },
  { code: 'MT26', name: '强直性脊柱炎' },
  { code: 'MT27', name: '艾滋病机会性感染' },
  { code: 'MT28', name: '银屑病' },
  { code: 'MT29', name: '慢性肾小球肾炎' },
];

export function chronicDiseaseName(code: string): string | null {
  return CHRONIC_DISEASES.find((d) => d.code === code)?.name ?? null;
}

/** 主治医师及以上 (S1 §三(八)): the titles a recognising physician may hold. */
export const PHYSICIAN_TITLES = ['attending', 'associate_chief', 'chief'] as const;
export type PhysicianTitle = (typeof PHYSICIAN_TITLES)[number];
export const PHYSICIAN_TITLE_LABELS: Record<PhysicianTitle, string> = {
  attending: '主治医师',
  associate_chief: '副主任医师',
  chief: '主任医师',
};

/** 二级（县级）及以上定点医疗机构 (S1 §三(八)). */
export const RECOGNITION_HOSPITAL_LEVELS: readonly HospitalLevel[] = ['secondary', 'tertiary'];

export const CHRONIC_RECOGNITION_RULES_SOURCE = 'S1 §三(八)：二级（县级）及以上定点医疗机构按专科组织2名主治及以上职称的医师认定';

export const RECOGNITION_STATUSES = ['active', 'revoked'] as const;
export type RecognitionStatus = (typeof RECOGNITION_STATUSES)[number];
export const RECOGNITION_STATUS_LABELS: Record<RecognitionStatus, string> = { active: '有效', revoked: '已取消' };

// ── 监测预警 (S3 §三) ───────────────────────────────────────────────────────────────────────────────

/** 帮扶措施 (S3 §三): what a county may record for an assisted warning. */
export const ASSISTANCE_MEASURES = ['medical_aid', 'temporary_aid', 'basic_living_aid', 'charity', 'commercial_insurance', 'employment'] as const;
export type AssistanceMeasure = (typeof ASSISTANCE_MEASURES)[number];
export const ASSISTANCE_MEASURE_LABELS: Record<AssistanceMeasure, string> = {
  medical_aid: '医疗救助',
  temporary_aid: '临时救助',
  basic_living_aid: '基本生活救助',
  charity: '慈善帮扶',
  commercial_insurance: '商业保险',
  employment: '就业帮扶',
};

export interface WarningMeasureRecord {
  type: AssistanceMeasure;
  /** fen; 0 for measures without an amount (employment help) */
  amountFen: number;
  note: string;
}

/** Which department a warning is pushed to (S3 §五): 民政 for 低保边缘, 乡村振兴 for 易返贫致贫 persons. */
export const PUSH_DEPARTMENTS = ['civil_affairs', 'rural_revitalization'] as const;
export type PushDepartment = (typeof PUSH_DEPARTMENTS)[number];

/** A warning's yearly figures: burden after basic + 大病, the threshold that applied, the settlements counted. */
export interface CostWarningRecord {
  id: number;
  beneficiaryId: number | null;
  /** masked */
  idNumber: string;
  name: string;
  regionCode: string;
  year: number;
  identityCategories: string[];
  burdenFen: number;
  thresholdFen: number;
  settlementCount: number;
  department: PushDepartment;
  state: string;
  measures: WarningMeasureRecord[];
  dueAt: string | null;
  overdue: boolean;
  actions: string[];
  lastPushId: number | null;
  version: number;
  detectedAt: string;
  updatedAt: string;
}

// ── Settlement import (就医结算导入) ────────────────────────────────────────────────────────────────

/** Template columns; money in 元 with at most two decimals, as settlement systems export it. */
export const SETTLEMENT_IMPORT_HEADERS = [
  '结算流水号',
  '身份证号',
  '姓名',
  '参保地区划代码',
  '身份类别',
  '结算日期',
  '定点医疗机构编码',
  '定点医疗机构名称',
  '医院等级',
  '就诊类型',
  '是否县域内',
  '总费用',
  '政策范围内费用',
  '目录内费用',
  '基本医保支付',
  '大病保险支付',
  '医疗救助支付',
  '其他保障支付',
  '个人自付',
] as const;

/**
 * '1234.5' / '1,234.50' / '￥1234.50' → 123450 fen, by string arithmetic (never through a float); null for
 * anything else (negative, three decimals, text). Spreadsheet cells arrive as strings.
 */
export function parseYuanToFen(text: string | null | undefined): number | null {
  const cleaned = String(text ?? '').trim().replace(/^[￥¥]/, '').replace(/,/g, '');
  const m = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** 是 / 否 (also Y/N, 1/0); null when neither. */
export function parseYesNo(text: string | null | undefined): boolean | null {
  const t = String(text ?? '').trim().toLowerCase();
  if (['是', 'y', 'yes', '1', 'true'].includes(t)) return true;
  if (['否', 'n', 'no', '0', 'false'].includes(t)) return false;
  return null;
}
