/**
 * 合规指标年度目标 (issue 18: "thresholds that differ by pooling region or year are parameters"): the `compliance-targets`
 * parameter set of a province — or of one pooling region (a city) where its line differs — for a year, drafted and
 * approved by the province supervisor. It holds a `{threshold, amberBand, source}` for every parameterised indicator of
 * the catalogue. Which line judges a region: its city's approved set, else its province's, else the catalogue's
 * default (`applicableComplianceTargets`). Pure, table-tested (targets.spec.ts).
 */
import { type FieldProblem, foreignCitations, ILLUSTRATIVE, isPlainObject, parameterSourceProblems, unknownKeyProblems } from '../documents';
import { regionLevelOf, REGION_CODE_PATTERN } from '../regions';
import type { ComplianceIndicatorId } from './codes';
import type { ComplianceIndicatorDefinition } from './indicator';
import { COMPLIANCE_INDICATOR_LIST, COMPLIANCE_INDICATORS } from './indicators';

export const COMPLIANCE_TARGET_SOURCE_MAX = 255;
/** a count indicator's line: a whole number, at most this (a count line of a million is a typo) */
export const COMPLIANCE_COUNT_TARGET_MAX = 1_000_000;

/** One indicator's line and the document it rests on. */
export interface ComplianceTarget {
  threshold: number;
  amberBand: number;
  source: string;
}

/** `compliance-targets`' document: a province's (or a pooling region's) lines for a year. */
export interface ComplianceTargets {
  /** a province, or a city whose line differs from its province's */
  regionCode: string;
  year: number;
  indicators: Partial<Record<ComplianceIndicatorId, ComplianceTarget>>;
}

/** The indicators whose line is a parameter (the catalogue's `parameterised`), in column order. */
export function complianceTargetIndicators(list: readonly ComplianceIndicatorDefinition[] = COMPLIANCE_INDICATOR_LIST): ComplianceIndicatorId[] {
  return list.filter((d) => d.parameterised).map((d) => d.id);
}

/** The catalogue's line of an indicator as a target: its threshold, amber band and source (document and clause). */
export function catalogueTarget(def: ComplianceIndicatorDefinition): ComplianceTarget {
  return { threshold: def.threshold, amberBand: def.amberBand, source: `${def.source.document} ${def.source.clause}`.trim() };
}

/**
 * The catalogue's lines as a region's document — where a region's first set starts. A default resting on another
 * province's notice (the catalogue cites 辽宁's and 新疆's) cannot be that region's source: it is kept as the starting
 * value, marked illustrative, for the province to replace with its own document.
 */
export function defaultComplianceTargets(regionCode: string, year: number): ComplianceTargets {
  const indicators: ComplianceTargets['indicators'] = {};
  for (const id of complianceTargetIndicators()) {
    const target = catalogueTarget(COMPLIANCE_INDICATORS[id]);
    if (foreignCitations(target.source, regionCode).length) target.source = `${ILLUSTRATIVE}：目录默认值，原依据为外省文件，请改为本地依据`;
    indicators[id] = target;
  }
  return { regionCode, year, indicators };
}

const isInt = (v: unknown, min: number, max: number): v is number => Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;
const isFraction = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;

/** A line's value: a rate's a fraction in [0, 1] (0.99 = 99 %), a count's a whole number. */
function valueProblem(def: ComplianceIndicatorDefinition, v: unknown): string | null {
  if (def.measure === 'rate') return isFraction(v) ? null : '须为 0–1 之间的比例，如 0.99 表示 99% (a fraction in [0, 1])';
  return isInt(v, 0, COMPLIANCE_COUNT_TARGET_MAX) ? null : `须为 0–${COMPLIANCE_COUNT_TARGET_MAX} 的整数 (a whole number)`;
}

/**
 * The whole check of a document: a province or city code and a year; `indicators` holding exactly the parameterised
 * indicators under `indicators`, each `{threshold, amberBand, source}` — a rate's threshold and band fractions in [0, 1], a count's whole
 * numbers; a source (required, at most 255 characters, citing no other province's document). Unknown keys refused at
 * every depth; fields dotted (`indicators.ENR-1.threshold`).
 */
export function validateComplianceTargets(doc: unknown): FieldProblem[] {
  if (!isPlainObject(doc)) return [{ field: '', message: '须为合规指标目标对象 (a compliance-targets object)' }];
  const problems = unknownKeyProblems(doc, ['regionCode', 'year', 'indicators'], '');
  const { regionCode, year, indicators } = doc;
  const level = typeof regionCode === 'string' && REGION_CODE_PATTERN.test(regionCode) ? regionLevelOf(regionCode) : null;
  if (level !== 'province' && level !== 'city')
    problems.push({ field: 'regionCode', message: '须为省级或市级（统筹地区）行政区划代码 (a province or city code)' });
  if (!isInt(year, 2019, 2100)) problems.push({ field: 'year', message: '须为 2019–2100 的年份 (a year, 2019–2100)' });
  if (!isPlainObject(indicators))
    return [...problems, { field: 'indicators', message: '须为 {指标: {threshold, amberBand, source}} 对象 (lines by indicator)' }];
  const ids = complianceTargetIndicators();
  problems.push(...unknownKeyProblems(indicators, ids, 'indicators'));
  for (const id of ids) {
    const field = `indicators.${id}`;
    const entry = indicators[id];
    if (!(id in indicators)) {
      problems.push({ field, message: '必填 (required)' });
      continue;
    }
    if (!isPlainObject(entry)) {
      problems.push({ field, message: '须为 {threshold, amberBand, source} (a line with its source)' });
      continue;
    }
    const def = COMPLIANCE_INDICATORS[id];
    problems.push(...unknownKeyProblems(entry, ['threshold', 'amberBand', 'source'], field));
    for (const key of ['threshold', 'amberBand'] as const) {
      const bad = valueProblem(def, entry[key]);
      if (bad) problems.push({ field: `${field}.${key}`, message: bad });
    }
    problems.push(...parameterSourceProblems(entry.source, `${field}.source`, regionCode, COMPLIANCE_TARGET_SOURCE_MAX));
  }
  return problems;
}

/** The lines that judge one region in one year, and which set they came from (null: the catalogue's defaults). */
export interface ApplicableComplianceTargets {
  year: number;
  /** the parameter set in force, or null when none is approved for the region's city or province that year */
  setId: number | null;
  /** the region of that set (the city or the province) */
  setRegionCode: string | null;
  /** every indicator's line: a parameterised one from the set, the rest (and any the set lacks) from the catalogue */
  targets: Record<ComplianceIndicatorId, ComplianceTarget>;
}

/**
 * Every indicator's line for a year given the approved set in force (the region's city's if it has one, else its
 * province's — the caller picks), or the catalogue's lines without one.
 */
export function applicableComplianceTargets(year: number, set: { id: number; document: ComplianceTargets } | null): ApplicableComplianceTargets {
  const targets = {} as Record<ComplianceIndicatorId, ComplianceTarget>;
  for (const def of COMPLIANCE_INDICATOR_LIST) {
    const own = def.parameterised ? set?.document.indicators[def.id] : undefined;
    targets[def.id] = own ? { threshold: own.threshold, amberBand: own.amberBand, source: own.source } : catalogueTarget(def);
  }
  return { year, setId: set?.id ?? null, setRegionCode: set?.document.regionCode ?? null, targets };
}
