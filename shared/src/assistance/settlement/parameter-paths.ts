import { defineCodes, type CodeLocale } from '../../codes';
import { IDENTITY_CATEGORY_CODES } from '../../enrollment/codes';
import { HOSPITAL_LEVEL_CODES, VISIT_TYPE_CODES } from '../codes';

/**
 * The one label source for a path of the policy-parameter document (`PolicyParameters`): every key a path
 * can hold, in zh and en, and the rule that turns `basic.ratioBp.inpatient.primary.value` into
 * "基本医保 · 支付比例 · 住院 · 一级医院". Codes inside a path (visit types, levels, identity categories) are
 * named by their own code lists. The admin's editor, show page and diffs, and any API text, read it here.
 */
export const PARAMETER_PATH_WORDS = defineCodes({
  basic: { zh: '基本医保', en: 'Basic insurance' },
  deductible: { zh: '起付线', en: 'Deductible' },
  ratioBp: { zh: '支付比例', en: 'Ratio' },
  outOfCountyRatioReductionBp: { zh: '县外就医比例降低', en: 'Out-of-county reduction' },
  annualCap: { zh: '年度最高支付限额', en: 'Annual cap' },
  criticalIllness: { zh: '大病保险', en: 'Critical illness' },
  segments: { zh: '分段支付', en: 'Segments' },
  minRatioBp: { zh: '最低支付比例', en: 'Minimum ratio' },
  tilt: { zh: '困难群体倾斜', en: 'Tilt for the poor' },
  categories: { zh: '适用身份类别', en: 'Identity categories' },
  deductibleReductionBp: { zh: '起付线降低比例', en: 'Deductible reduction' },
  ratioBonusBp: { zh: '支付比例提高', en: 'Ratio bonus' },
  removeCap: { zh: '取消封顶线', en: 'No cap' },
  medicalAid: { zh: '医疗救助', en: 'Medical aid' },
  byCategory: { zh: '按身份类别', en: 'By category' },
  annualLimit: { zh: '年度救助限额', en: 'Annual limit' },
  guards: { zh: '保障底线', en: 'Guards' },
  oopCap: { zh: '个人自付比例控制', en: 'Out-of-pocket cap' },
  maxShareBp: { zh: '自付比例上限', en: 'Maximum share' },
  inCountyOnly: { zh: '仅限县域内就医', en: 'In county only' },
  topUp: { zh: '超出部分由其他保障兜底', en: 'Other schemes pay the excess' },
  inCatalogue: { zh: '目录内费用占比', en: 'In-catalogue share' },
  visitTypes: { zh: '适用就诊类型', en: 'Visit types' },
  minShareBp: { zh: '最低占比', en: 'Minimum share' },
  reimbursementCeiling: { zh: '报销比例上限', en: 'Reimbursement ceiling' },
  maxBp: { zh: '上限比例', en: 'Maximum' },
  earlyWarning: { zh: '监测预警', en: 'Early warning' },
  thresholdFen: { zh: '预警线（年度个人负担）', en: 'Warning line (yearly burden)' },
  upToFen: { zh: '分段上限', en: 'Up to' },
  source: { zh: '政策依据', en: 'Source' },
  effectiveFrom: { zh: '生效日期', en: 'Effective from' },
  effectiveTo: { zh: '截止日期', en: 'Effective to' },
  regionCode: { zh: '统筹地区', en: 'Pooling region' },
  year: { zh: '年度', en: 'Year' },
});

const ORDINAL = {
  segment: { zh: (n: number) => `第 ${n} 段`, en: (n: number) => `Segment ${n}` },
  item: { zh: (n: number) => `第 ${n} 项`, en: (n: number) => `item ${n}` },
};

/** `a.b[2].c` → ['a', 'b', 2, 'c'] */
export function splitParameterPath(path: string): (string | number)[] {
  return path
    .replace(/^parameters\.?/, '')
    .split(/[.[\]]/)
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

type Word = { key: string | number; label: string | undefined };

/** Each part of a path with its label (undefined: no label known — the unit test keeps that list empty). */
function words(path: string, locale: CodeLocale): Word[] {
  const parts = splitParameterPath(path);
  const out: Word[] = [];
  parts.forEach((p, i) => {
    const prev = parts[i - 1];
    if (typeof p === 'number') {
      out.push({ key: p, label: (prev === 'segments' ? ORDINAL.segment : ORDINAL.item)[locale](p + 1) });
      return;
    }
    // `value` is the leaf's figure itself: the path without it already names it
    if (p === 'value') return;
    let label: string | undefined;
    if (prev === 'byCategory') label = IDENTITY_CATEGORY_CODES.is(p) ? IDENTITY_CATEGORY_CODES[locale][p] : undefined;
    else if (prev === 'maxShareBp' || (parts[0] === 'basic' && i === 2 && (prev === 'deductible' || prev === 'ratioBp')))
      label = VISIT_TYPE_CODES.is(p) ? VISIT_TYPE_CODES[locale][p] : undefined;
    else if (parts[0] === 'basic' && i === 3) label = HOSPITAL_LEVEL_CODES.is(p) ? HOSPITAL_LEVEL_CODES[locale][p] : undefined;
    else label = PARAMETER_PATH_WORDS.is(p) ? PARAMETER_PATH_WORDS[locale][p] : undefined;
    out.push({ key: p, label });
  });
  return out;
}

/**
 * A path of the document in words: `basic.ratioBp.inpatient.primary.value` → "基本医保 · 支付比例 · 住院 ·
 * 一级医院"; `criticalIllness.segments[1].ratioBp` → "大病保险 · 分段支付 · 第 2 段 · 支付比例".
 */
export function describeParameterPath(path: string, locale: CodeLocale): string {
  return words(path, locale)
    .map((w) => w.label ?? String(w.key))
    .join(' · ');
}

/** The parts of a path no label names (empty for every path of a valid document). */
export function unlabelledParameterPathParts(path: string, locale: CodeLocale): (string | number)[] {
  return words(path, locale)
    .filter((w) => w.label === undefined)
    .map((w) => w.key);
}

/** What a value of the document is, from its path: an amount in fen, a ratio in bp, a switch, a code list. */
export type ParameterValueKind = 'fen' | 'fenNullable' | 'bp' | 'bool' | 'categories' | 'visitTypes' | 'text';

const BOOLEAN_KEYS = new Set(['removeCap', 'inCountyOnly', 'topUp']);

export function parameterValueKind(path: readonly (string | number)[] | string): ParameterValueKind {
  const parts = typeof path === 'string' ? splitParameterPath(path) : path;
  const keys = parts.filter((p): p is string => typeof p === 'string' && p !== 'value' && p !== 'parameters');
  const last = keys[keys.length - 1];
  if (last === 'source' || last === 'effectiveFrom' || last === 'effectiveTo' || last === 'regionCode') return 'text';
  if (keys.includes('categories')) return 'categories';
  if (keys.includes('visitTypes')) return 'visitTypes';
  if (BOOLEAN_KEYS.has(last)) return 'bool';
  if (keys.some((k) => /Bp$/.test(k))) return 'bp';
  if (last === 'annualCap' || last === 'upToFen') return 'fenNullable';
  return 'fen';
}

/** Every leaf path of a document (`{value, source}` split into both, segments by index), in document order. */
export function parameterLeafPaths(doc: unknown, path = ''): string[] {
  if (Array.isArray(doc)) {
    // a code list is one value; a list of objects (segments) is walked item by item
    if (doc.every((x) => typeof x !== 'object' || x === null)) return [path];
    return doc.flatMap((x, i) => parameterLeafPaths(x, `${path}[${i}]`));
  }
  if (typeof doc === 'object' && doc !== null) return Object.entries(doc).flatMap(([k, v]) => parameterLeafPaths(v, path ? `${path}.${k}` : k));
  return [path];
}

/**
 * How a year-on-year or since-approval change reads (DOMAIN §3): `wording` when only a basis/source text
 * changed (e.g. "2025年度" → "2026年度"), `value` for a figure, switch or code list. A nullable amount going
 * from a figure to null is `capRemoved` (不设限额 from then on), from null to a figure `capSet`.
 */
export type ParameterChangeKind = 'value' | 'wording' | 'capRemoved' | 'capSet';

export function parameterChangeKind(change: { path: string; before: unknown; after: unknown }): ParameterChangeKind {
  const parts = splitParameterPath(change.path);
  if (parts[parts.length - 1] === 'source') return 'wording';
  if (parameterValueKind(parts) === 'fenNullable') {
    if (typeof change.before === 'number' && change.after === null) return 'capRemoved';
    if (change.before === null && typeof change.after === 'number') return 'capSet';
  }
  return 'value';
}

export const PARAMETER_CHANGE_KINDS = defineCodes({
  value: { zh: '取值变化', en: 'Value changed' },
  wording: { zh: '依据文字变化', en: 'Wording changed' },
  capRemoved: { zh: '取消限额', en: 'Cap removed' },
  capSet: { zh: '设定限额', en: 'Cap set' },
});
