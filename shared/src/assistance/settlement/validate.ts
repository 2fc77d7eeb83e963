import { IDENTITY_CATEGORIES } from '../../enrollment/codes';
import { isPlainObject, unknownKeyProblems, type FieldProblem } from '../../documents';
import { isRegionCode } from '../../regions';
import { formatBp } from './labels';
import { HOSPITAL_LEVELS, VISIT_TYPES } from '../codes';
import { BP_SCALE, MAX_AMOUNT_FEN, type SettlementInput, type SettlementYearToDate } from './types';

/** Checks of a settlement case and of a policy-parameter document, each reporting every bad field. */

/** Handbook order, used to break ties between equally favourable categories deterministically. Null
 * prototype: the fast input check looks codes up here, and 'toString' must not be found. */
export const CATEGORY_RANK: Record<string, number> = Object.assign(Object.create(null), Object.fromEntries(IDENTITY_CATEGORIES.map((c, i) => [c, i])));

export class SettlementInputError extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(`结算数据有误 (invalid settlement input): ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
    this.name = 'SettlementInputError';
  }
}

const isAmount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= MAX_AMOUNT_FEN;
const AMOUNT_MESSAGE = `须为 0 至 ${MAX_AMOUNT_FEN} 之间的整数（分） (must be an integer amount in fen, 0…${MAX_AMOUNT_FEN})`;

const isBp = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= BP_SCALE;
const BP_MESSAGE = '须为 0–10000 之间的整数（万分比，10000 = 100%） (an integer in basis points, 0…10000)';

/** Problems with a settlement case and its year-to-date sums (empty = valid). */
export function validateSettlementInput(input: unknown, yearToDate?: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const o = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  if (!(VISIT_TYPES as readonly unknown[]).includes(o.visitType)) {
    problems.push({ field: 'visitType', message: `须为 ${VISIT_TYPES.join(' / ')} 之一 (unknown visit type)` });
  }
  if (!(HOSPITAL_LEVELS as readonly unknown[]).includes(o.hospitalLevel)) {
    problems.push({ field: 'hospitalLevel', message: `须为 ${HOSPITAL_LEVELS.join(' / ')} 之一 (unknown hospital level)` });
  }
  if (o.inCounty !== undefined && typeof o.inCounty !== 'boolean') {
    problems.push({ field: 'inCounty', message: '须为 true 或 false (must be a boolean)' });
  }
  for (const k of ['totalCost', 'inPolicyCost', 'inCatalogueCost'] as const) {
    if (!isAmount(o[k])) problems.push({ field: k, message: AMOUNT_MESSAGE });
  }
  if (isAmount(o.totalCost)) {
    for (const k of ['inPolicyCost', 'inCatalogueCost'] as const) {
      if (isAmount(o[k]) && o[k] > o.totalCost) problems.push({ field: k, message: '不得超过总费用 (must not exceed totalCost)' });
    }
  }
  if (!Array.isArray(o.identityCategories)) {
    problems.push({ field: 'identityCategories', message: '须为身份类别代码数组 (must be an array of category codes)' });
  } else {
    o.identityCategories.forEach((c, i) => {
      if (!(IDENTITY_CATEGORIES as readonly unknown[]).includes(c)) {
        problems.push({ field: `identityCategories.${i}`, message: `未知身份类别 ${String(c)} (unknown identity category)` });
      }
    });
  }
  if (yearToDate !== undefined) {
    const y = (typeof yearToDate === 'object' && yearToDate !== null ? yearToDate : {}) as Record<string, unknown>;
    for (const k of ['settlements', 'inPolicyCost', 'basic', 'criticalIllness', 'medicalAid'] as const) {
      if (!isAmount(y[k])) problems.push({ field: `yearToDate.${k}`, message: AMOUNT_MESSAGE });
    }
  }
  return problems;
}

/** The cheap check run on every call; the full list is built only when it fails. */
export function inputLooksValid(i: SettlementInput, y: SettlementYearToDate): boolean {
  return (
    isAmount(i.totalCost) &&
    isAmount(i.inPolicyCost) &&
    isAmount(i.inCatalogueCost) &&
    i.inPolicyCost <= i.totalCost &&
    i.inCatalogueCost <= i.totalCost &&
    VISIT_TYPES.includes(i.visitType) &&
    HOSPITAL_LEVELS.includes(i.hospitalLevel) &&
    (i.inCounty === undefined || typeof i.inCounty === 'boolean') &&
    Array.isArray(i.identityCategories) &&
    i.identityCategories.every((c) => CATEGORY_RANK[c] !== undefined) &&
    isAmount(y.settlements) &&
    isAmount(y.inPolicyCost) &&
    isAmount(y.basic) &&
    isAmount(y.criticalIllness) &&
    isAmount(y.medicalAid)
  );
}

/**
 * Problems with a PolicyParameters object (empty = valid), one per field, for the API's 400 and the editor.
 * Checks shape, units and ranges, every source present, and the policy floors that are themselves parameters
 * (segments not below the 大病 minimum ratio, ascending segment bounds).
 */
export function validatePolicyParameters(value: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const bad = (field: string, message: string) => problems.push({ field, message });
  /** Only the declared keys: anything else is reported by path. */
  const known = (v: Record<string, unknown>, keys: readonly string[], field: string) => problems.push(...unknownKeyProblems(v, keys, field));

  /** A `{value, source}` leaf: returns the value when the leaf is well formed. */
  const sourced = (v: unknown, field: string): unknown => {
    if (!isPlainObject(v)) {
      bad(field, '缺少参数，须为 {value, source} (required: {value, source})');
      return undefined;
    }
    known(v, ['value', 'source'], field);
    if (typeof v.source !== 'string' || !v.source.trim()) bad(`${field}.source`, '须注明政策依据 (a source citation is required)');
    else if (v.source.length > 500) bad(`${field}.source`, '政策依据不超过 500 字 (at most 500 characters)');
    return v.value;
  };
  const amount = (v: unknown, field: string, nullable = false) => {
    const x = sourced(v, field);
    if (x === undefined && !isPlainObject(v)) return;
    if (nullable && x === null) return;
    if (!isAmount(x)) bad(`${field}.value`, nullable ? `${AMOUNT_MESSAGE}，或 null 表示不设限额 (or null for none)` : AMOUNT_MESSAGE);
  };
  const bp = (v: unknown, field: string) => {
    const x = sourced(v, field);
    if (x === undefined && !isPlainObject(v)) return;
    if (!isBp(x)) bad(`${field}.value`, BP_MESSAGE);
  };
  const bool = (v: unknown, field: string) => {
    const x = sourced(v, field);
    if (x === undefined && !isPlainObject(v)) return;
    if (typeof x !== 'boolean') bad(`${field}.value`, '须为 true 或 false (must be a boolean)');
  };
  const codes = (v: unknown, field: string, allowed: readonly string[], what: string) => {
    const x = sourced(v, field);
    if (x === undefined && !isPlainObject(v)) return;
    if (!Array.isArray(x)) return bad(`${field}.value`, `须为${what}代码数组 (must be an array of codes)`);
    x.forEach((c, i) => {
      if (!allowed.includes(c as string)) bad(`${field}.value.${i}`, `未知${what} ${String(c)} (unknown code)`);
      else if (x.indexOf(c) !== i) bad(`${field}.value.${i}`, `重复的${what} ${String(c)} (duplicate)`);
    });
  };
  /** A nested object; with `keys`, only those keys (maps keyed by code check their keys themselves). */
  const section = (v: unknown, field: string, keys?: readonly string[]): Record<string, unknown> => {
    if (isPlainObject(v)) {
      if (keys) known(v, keys, field);
      return v;
    }
    bad(field, '缺少该部分参数 (required section)');
    return {};
  };
  const table = (v: unknown, field: string, leaf: (x: unknown, f: string) => void) => {
    const t = section(v, field, VISIT_TYPES);
    for (const vt of VISIT_TYPES) {
      const row = section(t[vt], `${field}.${vt}`, HOSPITAL_LEVELS);
      for (const lv of HOSPITAL_LEVELS) leaf(row[lv], `${field}.${vt}.${lv}`);
    }
  };

  if (!isPlainObject(value)) return [{ field: '', message: '须为参数对象 (must be an object)' }];
  const p = value;
  known(p, ['regionCode', 'year', 'effectiveFrom', 'effectiveTo', 'basic', 'criticalIllness', 'medicalAid', 'guards', 'earlyWarning'], '');
  if (!isRegionCode(p.regionCode) || (p.regionCode as string).length !== 6)
    bad('regionCode', '须为 6 位统筹地区行政区划代码 (a six-digit pooling-region code)');
  if (!Number.isInteger(p.year) || (p.year as number) < 2000 || (p.year as number) > 2100) bad('year', '须为 2000–2100 之间的年份 (a year 2000–2100)');
  const dateOk = (d: unknown) => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d));
  if (!dateOk(p.effectiveFrom)) bad('effectiveFrom', '须为 YYYY-MM-DD 日期 (a date YYYY-MM-DD)');
  if (!dateOk(p.effectiveTo)) bad('effectiveTo', '须为 YYYY-MM-DD 日期 (a date YYYY-MM-DD)');
  else if (dateOk(p.effectiveFrom) && (p.effectiveTo as string) < (p.effectiveFrom as string))
    bad('effectiveTo', '不得早于生效日期 (must not precede effectiveFrom)');

  const basic = section(p.basic, 'basic', ['deductible', 'ratioBp', 'outOfCountyRatioReductionBp', 'annualCap']);
  table(basic.deductible, 'basic.deductible', (x, f) => amount(x, f));
  table(basic.ratioBp, 'basic.ratioBp', bp);
  bp(basic.outOfCountyRatioReductionBp, 'basic.outOfCountyRatioReductionBp');
  amount(basic.annualCap, 'basic.annualCap', true);

  const ci = section(p.criticalIllness, 'criticalIllness', ['deductible', 'segments', 'minRatioBp', 'annualCap', 'tilt']);
  amount(ci.deductible, 'criticalIllness.deductible');
  bp(ci.minRatioBp, 'criticalIllness.minRatioBp');
  const floorBp = isPlainObject(ci.minRatioBp) && isBp(ci.minRatioBp.value) ? ci.minRatioBp.value : 0;
  if (!Array.isArray(ci.segments) || ci.segments.length === 0) {
    bad('criticalIllness.segments', '至少一段，最后一段上限为 null (at least one segment; the last one open-ended)');
  } else {
    let prev = -1;
    ci.segments.forEach((s: unknown, i: number) => {
      const f = `criticalIllness.segments.${i}`;
      if (!isPlainObject(s)) return bad(f, '须为 {upToFen, ratioBp, source} (required)');
      known(s, ['upToFen', 'ratioBp', 'source'], f);
      const last = i === (ci.segments as unknown[]).length - 1;
      if (last && s.upToFen !== null) bad(`${f}.upToFen`, '最后一段上限须为 null（不设上限） (the last segment must be open: null)');
      if (!last) {
        if (!isAmount(s.upToFen)) bad(`${f}.upToFen`, AMOUNT_MESSAGE);
        else if (s.upToFen <= prev) bad(`${f}.upToFen`, '分段上限须递增 (segment bounds must ascend)');
        else prev = s.upToFen;
      }
      if (!isBp(s.ratioBp)) bad(`${f}.ratioBp`, BP_MESSAGE);
      else if (s.ratioBp < floorBp) bad(`${f}.ratioBp`, `不得低于大病保险最低支付比例 ${formatBp(floorBp)} (below the statutory minimum)`);
      if (typeof s.source !== 'string' || !s.source.trim()) bad(`${f}.source`, '须注明政策依据 (a source citation is required)');
    });
  }
  amount(ci.annualCap, 'criticalIllness.annualCap', true);
  const tilt = section(ci.tilt, 'criticalIllness.tilt', ['categories', 'deductibleReductionBp', 'ratioBonusBp', 'removeCap']);
  codes(tilt.categories, 'criticalIllness.tilt.categories', IDENTITY_CATEGORIES, '身份类别');
  bp(tilt.deductibleReductionBp, 'criticalIllness.tilt.deductibleReductionBp');
  bp(tilt.ratioBonusBp, 'criticalIllness.tilt.ratioBonusBp');
  bool(tilt.removeCap, 'criticalIllness.tilt.removeCap');

  const aid = section(p.medicalAid, 'medicalAid', ['byCategory']);
  const byCat = section(aid.byCategory, 'medicalAid.byCategory');
  for (const [cat, entry] of Object.entries(byCat)) {
    const f = `medicalAid.byCategory.${cat}`;
    if (!(IDENTITY_CATEGORIES as readonly string[]).includes(cat)) {
      bad(f, `未知身份类别 ${cat} (unknown identity category)`);
      continue;
    }
    const e = section(entry, f, ['ratioBp', 'annualLimit', 'deductible']);
    bp(e.ratioBp, `${f}.ratioBp`);
    amount(e.annualLimit, `${f}.annualLimit`);
    amount(e.deductible, `${f}.deductible`);
  }

  const guards = section(p.guards, 'guards', ['oopCap', 'inCatalogue', 'reimbursementCeiling']);
  const oc = section(guards.oopCap, 'guards.oopCap', ['categories', 'maxShareBp', 'inCountyOnly', 'topUp']);
  codes(oc.categories, 'guards.oopCap.categories', IDENTITY_CATEGORIES, '身份类别');
  const shares = section(oc.maxShareBp, 'guards.oopCap.maxShareBp');
  for (const [vt, share] of Object.entries(shares)) {
    if (!(VISIT_TYPES as readonly string[]).includes(vt)) bad(`guards.oopCap.maxShareBp.${vt}`, `未知就诊类型 ${vt} (unknown visit type)`);
    else bp(share, `guards.oopCap.maxShareBp.${vt}`);
  }
  bool(oc.inCountyOnly, 'guards.oopCap.inCountyOnly');
  bool(oc.topUp, 'guards.oopCap.topUp');
  const ic = section(guards.inCatalogue, 'guards.inCatalogue', ['categories', 'visitTypes', 'minShareBp']);
  codes(ic.categories, 'guards.inCatalogue.categories', IDENTITY_CATEGORIES, '身份类别');
  codes(ic.visitTypes, 'guards.inCatalogue.visitTypes', VISIT_TYPES, '就诊类型');
  bp(ic.minShareBp, 'guards.inCatalogue.minShareBp');
  const rc = section(guards.reimbursementCeiling, 'guards.reimbursementCeiling', ['categories', 'visitTypes', 'maxBp']);
  codes(rc.categories, 'guards.reimbursementCeiling.categories', IDENTITY_CATEGORIES, '身份类别');
  codes(rc.visitTypes, 'guards.reimbursementCeiling.visitTypes', VISIT_TYPES, '就诊类型');
  bp(rc.maxBp, 'guards.reimbursementCeiling.maxBp');

  const ew = section(p.earlyWarning, 'earlyWarning', ['thresholdFen', 'categories']);
  amount(ew.thresholdFen, 'earlyWarning.thresholdFen');
  codes(ew.categories, 'earlyWarning.categories', IDENTITY_CATEGORIES, '身份类别');
  return problems;
}
