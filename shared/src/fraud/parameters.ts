/**
 * 欺诈骗保 parameters of a province for a year (issue 16: "all day counts are parameters per province with their
 * source"; "a tier … with multiple ranges per tier as provincial parameters"): the time limits, the guards' thresholds
 * and the discretion tiers per article, each value with its source. A yearly parameter set (`fraud-parameters`) the
 * province supervisor drafts and approves; without an approved set for the year the national defaults apply
 * (`FRAUD_TIME_LIMITS`, `FRAUD_THRESHOLDS`, `DEFAULT_DISCRETION_TIERS` with their sources). Pure, table-tested
 * (parameters.spec.ts).
 */
import type { ParameterSetRecord } from '../platform/records';
import { type FieldProblem, isPlainObject, parameterSourceProblems, sourcedEntryProblems, unknownKeyProblems } from '../documents';
import { regionLevelOf, REGION_CODE_PATTERN } from '../regions';
import { DISCRETION_TIERS, type DiscretionTier, type FraudArticle } from './codes';
import { FRAUD_TIME_LIMIT_SOURCES, FRAUD_TIME_LIMITS, type FraudTimeLimits } from './deadlines';
import { ARTICLE_FINE_MULTIPLES, DEFAULT_DISCRETION_TIERS, DISCRETION_TIER_SOURCES, type DiscretionTiers, type MultipleRange } from './discretion';
import { FRAUD_THRESHOLD_SOURCES, FRAUD_THRESHOLDS, type FraudThresholds } from './guards';

export const FRAUD_PARAMETER_SOURCE_MAX = 255;
/** a threshold in fen: at most 1 亿元 */
export const FRAUD_THRESHOLD_MAX_FEN = 10_000_000_000;

/** One value and the document it rests on. */
export interface FraudParameterValue<T> {
  value: T;
  source: string;
}
/** One article's tiers (ranges of multiples of the loss, in tenths) and their source. */
export type FraudArticleTiers = Record<DiscretionTier, MultipleRange> & { source: string };

/** `fraud-parameters`' document: a province's values for a year. */
export interface FraudParameters {
  /** the province (省级 裁量基准) */
  regionCode: string;
  year: number;
  timeLimits: { [K in keyof FraudTimeLimits]: FraudParameterValue<number> };
  thresholds: { [K in keyof FraudThresholds]: FraudParameterValue<FraudThresholds[K]> };
  /** keyed by article ('37', '38', '40', '41') */
  discretion: Record<`${FraudArticle}`, FraudArticleTiers>;
}

export const FRAUD_ARTICLES = Object.keys(ARTICLE_FINE_MULTIPLES).map(Number) as FraudArticle[];

/**
 * What a province may set each day count to: the statute's maximum for the agency's own time limits, the statute's
 * minimum for a period the party is given, and no choice where the law fixes the figure.
 */
export const FRAUD_TIME_LIMIT_BOUNDS: Readonly<Record<keyof FraudTimeLimits, { min: number; max: number; basis: string }>> = Object.freeze({
  clueVerifyWorkingDays: { min: 1, max: 15, basis: '令第4号第十四条' },
  clueExtensionWorkingDays: { min: 1, max: 15, basis: '令第4号第十四条' },
  reporterNoticeWorkingDays: { min: 1, max: 5, basis: '令第5号' },
  decisionDays: { min: 1, max: 90, basis: '令第4号第四十五条' },
  decisionExtensionDays: { min: 1, max: 30, basis: '令第4号第四十五条' },
  legalReviewWorkingDays: { min: 1, max: 10, basis: '令第4号第三十七至四十条' },
  // the party's window to state its case and ask for a hearing: never shorter than the 5 days of 行政处罚法 art. 64
  statementWindowDays: { min: 5, max: 15, basis: '行政处罚法第六十四条' },
  serviceWorkingDays: { min: 1, max: 7, basis: '令第4号第五十九条' },
  finePayableDays: { min: 15, max: 15, basis: '行政处罚法第六十七条' },
  lateFeeBasisPointsPerDay: { min: 300, max: 300, basis: '行政处罚法第七十二条' },
  limitationYears: { min: 2, max: 2, basis: '行政处罚法第三十六条' },
  limitationYearsHealthHarmed: { min: 5, max: 5, basis: '行政处罚法第三十六条' },
  // 疑点 stages: no statute fixes them (两库管理办法 leaves them to the province); bounded so a typo cannot park a 疑点 for years
  suspicionFirstReviewWorkingDays: { min: 1, max: 60, basis: '两库管理办法（省级规定）' },
  suspicionSecondReviewWorkingDays: { min: 1, max: 60, basis: '两库管理办法（省级规定）' },
  suspicionAppealWorkingDays: { min: 1, max: 60, basis: '两库管理办法（省级规定）' },
  suspicionInvestigationWorkingDays: { min: 1, max: 60, basis: '两库管理办法（省级规定）' },
});

/** At least two investigators (令第4号 art. 16); a province may require more. */
export const FRAUD_MIN_OFFICERS_BOUNDS = { min: 2, max: 10 } as const;

/** The national defaults as a province's document — where a new province's first set starts. */
export function nationalFraudParameters(regionCode: string, year: number): FraudParameters {
  const keyed = <T extends object>(values: T, sources: Readonly<Record<keyof T, string>>) =>
    Object.fromEntries(Object.entries(values).map(([k, value]) => [k, { value, source: sources[k as keyof T] }]));
  return {
    regionCode,
    year,
    timeLimits: keyed(FRAUD_TIME_LIMITS, FRAUD_TIME_LIMIT_SOURCES) as FraudParameters['timeLimits'],
    thresholds: keyed(FRAUD_THRESHOLDS, FRAUD_THRESHOLD_SOURCES) as FraudParameters['thresholds'],
    discretion: Object.fromEntries(
      FRAUD_ARTICLES.map((a) => [a, { ...DEFAULT_DISCRETION_TIERS[a], source: DISCRETION_TIER_SOURCES[a] }]),
    ) as FraudParameters['discretion'],
  };
}

const isInt = (v: unknown, min: number, max: number): v is number => Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;

/** A group of `{value, source}` entries holding exactly the keys `checks` names. */
function groupProblems(group: unknown, field: string, regionCode: unknown, checks: Record<string, (v: unknown) => string | null>): FieldProblem[] {
  if (!isPlainObject(group)) return [{ field, message: '须为对象 (an object)' }];
  const problems = unknownKeyProblems(group, Object.keys(checks), field);
  for (const [key, check] of Object.entries(checks)) {
    if (!(key in group)) problems.push({ field: `${field}.${key}`, message: '必填 (required)' });
    else problems.push(...sourcedEntryProblems(group[key], `${field}.${key}`, regionCode, check, FRAUD_PARAMETER_SOURCE_MAX));
  }
  return problems;
}

const tenths = (n: number) => `${n / 10}×`;

/**
 * One article's tiers: each a range [min, max] of whole tenths with min < max, 从轻 starting at the article's lowest
 * multiple, each next tier starting where the previous ends (no gap, no overlap), 从重 ending at the article's highest.
 */
function tierProblems(value: unknown, field: string, article: FraudArticle, regionCode: unknown): FieldProblem[] {
  if (!isPlainObject(value)) return [{ field, message: '须为 {lenient, ordinary, severe, source} (the tiers with their source)' }];
  const problems = unknownKeyProblems(value, [...DISCRETION_TIERS, 'source'], field);
  const [lowest, highest] = ARTICLE_FINE_MULTIPLES[article];
  let expectedMin = lowest;
  for (const tier of DISCRETION_TIERS) {
    const range = value[tier];
    const f = `${field}.${tier}`;
    if (!Array.isArray(range) || range.length !== 2 || !range.every((n) => isInt(n, 0, 1000))) {
      problems.push({ field: f, message: '须为 [下限, 上限]，以十分之一倍为单位的整数 (a range [min, max] in tenths)' });
      expectedMin = NaN;
      continue;
    }
    const [min, max] = range as [number, number];
    if (min >= max) problems.push({ field: f, message: `下限须小于上限 (min below max): ${tenths(min)}–${tenths(max)}` });
    else if (!Number.isNaN(expectedMin) && min !== expectedMin)
      problems.push({
        field: f,
        message: `须从 ${tenths(expectedMin)} 起，与上一档相接，不得有空档或重叠 (must start at ${tenths(expectedMin)}: no gap, no overlap)`,
      });
    else if (tier === 'severe' && max !== highest)
      problems.push({ field: f, message: `从重档须止于法定上限 ${tenths(highest)} (must end at the article's ${tenths(highest)})` });
    else if (max > highest) problems.push({ field: f, message: `不得超过法定上限 ${tenths(highest)} (above the article's maximum)` });
    expectedMin = max;
  }
  return [...problems, ...parameterSourceProblems(value.source, `${field}.source`, regionCode, FRAUD_PARAMETER_SOURCE_MAX)];
}

/**
 * The whole check of a document: a province code and a year; every time limit a whole number of days within its
 * statutory bounds (`FRAUD_TIME_LIMIT_BOUNDS`); the thresholds whole fen (1 fen – 1 亿元), the officers 2–10, the
 * "always review" a boolean; per article the tiers covering its range exactly; every value with a source (required,
 * at most 255 characters, citing no other province's document). Unknown keys refused at every depth; fields dotted.
 */
export function validateFraudParameters(doc: unknown): FieldProblem[] {
  if (!isPlainObject(doc)) return [{ field: '', message: '须为欺诈骗保参数对象 (a fraud-parameters object)' }];
  const problems = unknownKeyProblems(doc, ['regionCode', 'year', 'timeLimits', 'thresholds', 'discretion'], '');
  const { regionCode, year } = doc;
  if (typeof regionCode !== 'string' || !REGION_CODE_PATTERN.test(regionCode) || regionLevelOf(regionCode) !== 'province')
    problems.push({ field: 'regionCode', message: '须为省级行政区划代码 (a province code)' });
  if (!isInt(year, 2019, 2100)) problems.push({ field: 'year', message: '须为 2019–2100 的年份 (a year, 2019–2100)' });

  const dayChecks = Object.fromEntries(
    Object.entries(FRAUD_TIME_LIMIT_BOUNDS).map(([key, { min, max, basis }]) => [
      key,
      (v: unknown) =>
        isInt(v, min, max)
          ? null
          : min === max
            ? `${basis}规定为 ${min}，不可调整 (fixed by law at ${min})`
            : `须为 ${min}–${max} 的整数（${basis}）(whole, ${min}–${max})`,
    ]),
  );
  problems.push(...groupProblems(doc.timeLimits, 'timeLimits', regionCode, dayChecks));

  const fen = (v: unknown) => (isInt(v, 1, FRAUD_THRESHOLD_MAX_FEN) ? null : `须为 1–${FRAUD_THRESHOLD_MAX_FEN} 分的整数 (whole fen, at most 1 亿元)`);
  const { min, max } = FRAUD_MIN_OFFICERS_BOUNDS;
  const thresholdChecks: Record<keyof FraudThresholds, (v: unknown) => string | null> = {
    minOfficers: (v) => (isInt(v, min, max) ? null : `须为 ${min}–${max} 的整数（令第4号第十六条：不少于两人）(whole, ${min}–${max})`),
    hearingFinePerson: fen,
    hearingFineOrganisation: fen,
    legalReviewAmountPerson: fen,
    legalReviewAmountOrganisation: fen,
    legalReviewAlways: (v) => (typeof v === 'boolean' ? null : '须为 true 或 false (a boolean)'),
    collectiveAmountPerson: fen,
    collectiveAmountOrganisation: fen,
  };
  problems.push(...groupProblems(doc.thresholds, 'thresholds', regionCode, thresholdChecks));

  const discretion = doc.discretion;
  if (!isPlainObject(discretion)) problems.push({ field: 'discretion', message: '须为 {条款: 分档} 对象 (tiers by article)' });
  else {
    problems.push(...unknownKeyProblems(discretion, FRAUD_ARTICLES.map(String), 'discretion'));
    for (const article of FRAUD_ARTICLES) {
      const field = `discretion.${article}`;
      if (!(String(article) in discretion)) problems.push({ field, message: '必填 (required)' });
      else problems.push(...tierProblems(discretion[String(article)], field, article, regionCode));
    }
  }
  return problems;
}

/** Which set applied: a province's approved set for the year, or the national defaults. */
export interface FraudParametersBasis {
  basis: 'provincial' | 'national';
  /** the province whose set applied; null for the national defaults */
  regionCode: string | null;
  year: number;
  /** the `fraud-parameters` record; null for the national defaults */
  setId: number | null;
}

/** `GET /api/fraud-parameters/applicable` and a case's `parameters`: the values a region's deadlines and guards use for a year. */
export interface ApplicableFraudParameters extends FraudParametersBasis {
  limits: FraudTimeLimits;
  limitSources: Record<keyof FraudTimeLimits, string>;
  thresholds: FraudThresholds;
  thresholdSources: Record<keyof FraudThresholds, string>;
  tiers: DiscretionTiers;
  tierSources: Record<FraudArticle, string>;
}

const valuesOf = <T>(group: Record<string, FraudParameterValue<unknown>>) =>
  [Object.fromEntries(Object.entries(group).map(([k, e]) => [k, e.value])), Object.fromEntries(Object.entries(group).map(([k, e]) => [k, e.source]))] as [
    T,
    Record<keyof T, string>,
  ];

/** The values of an approved document, or the national defaults when there is none (`set` null). */
export function applicableFraudParameters(year: number, set: { id: number; document: FraudParameters } | null): ApplicableFraudParameters {
  const national = nationalFraudParameters('000000', year);
  const doc = set?.document ?? national;
  // a set approved before a time limit existed (the 疑点 stages, issue 17) reads the national default for it
  const [limits, limitSources] = valuesOf<FraudTimeLimits>({ ...national.timeLimits, ...doc.timeLimits });
  const [thresholds, thresholdSources] = valuesOf<FraudThresholds>(doc.thresholds);
  const tiers = {} as Record<FraudArticle, Record<DiscretionTier, MultipleRange>>;
  const tierSources = {} as Record<FraudArticle, string>;
  for (const a of FRAUD_ARTICLES) {
    const { source, ...ranges } = doc.discretion[`${a}`];
    tiers[a] = ranges;
    tierSources[a] = source;
  }
  return {
    basis: set ? 'provincial' : 'national',
    regionCode: set ? doc.regionCode : null,
    year,
    setId: set?.id ?? null,
    limits,
    limitSources,
    thresholds,
    thresholdSources,
    tiers,
    tierSources,
  };
}

/** `GET /api/fraud-parameters/:id`: a province's set for a year — the working copy under `parameters`, the copy in force under `approved`. */
export type FraudParametersRecord = ParameterSetRecord<'parameters', FraudParameters>;
