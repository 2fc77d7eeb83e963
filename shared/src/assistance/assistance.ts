/**
 * 三重制度 beyond the calculator (DOMAIN §3): the chronic outpatient disease catalogue and its recognition
 * rules (S1 §三), and the high-cost early-warning lifecycle (S3 §三, §五).
 */
import type { HospitalLevel } from './codes';

// ── 门诊特殊慢性病 (S1 §三) ─────────────────────────────────────────────────────────────────────────

/** 二级（县级）及以上定点医疗机构 (S1 §三(八)). */
export const RECOGNITION_HOSPITAL_LEVELS: readonly HospitalLevel[] = ['secondary', 'tertiary'];

export const CHRONIC_RECOGNITION_RULES_SOURCE = 'S1 §三(八)：二级（县级）及以上定点医疗机构按专科组织2名主治及以上职称的医师认定';

// ── 监测预警 (S3 §三) ───────────────────────────────────────────────────────────────────────────────

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
 * Columns a file may carry or leave out (issue 17): the inpatient stay and the principal diagnosis, which
 * settlement exports before 2026 lack. Read when present, empty otherwise; checked by `settlementStayProblems`.
 */
export const SETTLEMENT_IMPORT_OPTIONAL_HEADERS = ['入院日期', '出院日期', '主要诊断编码'] as const;

/**
 * '1234.5' / '1,234.50' / '￥1234.50' → 123450 fen, by string arithmetic (never through a float); null for
 * anything else (negative, three decimals, text). Spreadsheet cells arrive as strings.
 */
export function parseYuanToFen(text: string | null | undefined): number | null {
  const cleaned = String(text ?? '')
    .trim()
    .replace(/^[￥¥]/, '')
    .replace(/,/g, '');
  const m = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** 是 / 否 (also Y/N, 1/0); null when neither. */
export function parseYesNo(text: string | null | undefined): boolean | null {
  const t = String(text ?? '')
    .trim()
    .toLowerCase();
  if (['是', 'y', 'yes', '1', 'true'].includes(t)) return true;
  if (['否', 'n', 'no', '0', 'false'].includes(t)) return false;
  return null;
}
