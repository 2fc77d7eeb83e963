import { defineCodes, type CodeLocale, type CodeOf } from '../codes';
import { isPlainObject, unknownKeyProblems, type FieldProblem } from '../documents';
import { renderNote, type Note, type NoteParams } from '../notes';
import {
  IDENTITY_CATEGORIES,
  IDENTITY_CATEGORY_LABELS,
  SOURCE_DEPARTMENT_LABELS,
  SOURCE_DEPARTMENTS,
  SUBSIDY_CATEGORIES,
  type IdentityCategory,
  type SourceDepartment,
  type SubsidyCategory,
} from './codes';

/**
 * Enrollment subsidies (资助参保 / 应保尽保, DOMAIN §2): the code lists of the beneficiary ledger and the
 * roster import, and the subsidy rule — identities + the pooling region's standards for the year →
 * one subsidy category and amount. Money is integer fen (分) throughout.
 */

// ── Identity categories ────────────────────────────────────────────────────────────────────────────

/** 防止返贫监测对象 (农村易返贫致贫人口): the three monitored subtypes of S3 §一. */
export const MONITORED_IDENTITY_CATEGORIES = ['monitored_unstable', 'monitored_marginal', 'monitored_sudden'] as const;

/**
 * Other spellings a roster may use for each category, besides the label and the code. Only forms that
 * name exactly one category: a bare 低保 / 特困 / 低收入 (urban or rural?) or 监测对象 (which subtype?)
 * is reported as unknown rather than guessed.
 */
export const IDENTITY_CATEGORY_ALIASES: Record<IdentityCategory, readonly string[]> = {
  // In the transition period (S3) 建档立卡贫困人口 are called 脱贫人口; 稳定脱贫人口 are those not monitored.
  registered_poor: ['建档立卡贫困人口/脱贫人口', '脱贫人口', '稳定脱贫人口', '建档立卡', '建档立卡户', '建档立卡贫困户', '建档立卡人口', '脱贫户', '贫困人口'],
  urban_dibao: ['城镇低保', '城镇低保户', '城市低保', '城市低保对象'],
  rural_dibao: ['农村低保', '农村低保户'],
  urban_tekun: ['城镇特困', '城镇特困供养人员', '城市特困', '城市特困人员'],
  rural_tekun: ['农村特困', '农村特困供养人员'],
  urban_low_income: ['城镇低收入', '城镇低收入人口', '城镇低收入人员'],
  rural_low_income: ['农村低收入', '农村低收入人口', '农村低收入人员'],
  rural_other_hardship: ['其他困难群体', '农村其他困难人员', '农村其他困难群众'],
  monitored_unstable: ['脱贫不稳定', '脱贫不稳定人口'],
  monitored_marginal: ['边缘易致贫', '边缘易致贫人口'],
  monitored_sudden: ['突发严重困难', '突发严重困难人口'],
  dibao_marginal: ['低保边缘', '低保边缘户', '低保边缘家庭', '低保边缘人口'],
};

/** Spaces of any kind (including U+3000) are never part of a label: strip them before lookup. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

const IDENTITY_LOOKUP: ReadonlyMap<string, IdentityCategory> = new Map(
  IDENTITY_CATEGORIES.flatMap((code) =>
    [code, IDENTITY_CATEGORY_LABELS[code], ...IDENTITY_CATEGORY_ALIASES[code]].map((text) => [squeeze(text), code] as const),
  ),
);

/** Separators between labels in one roster cell: 、 , ， ; ； and line breaks (Alt+Enter in Excel). */
const LABEL_SEPARATORS = /[、,，;；\r\n]+/;

export type IdentityLabelsParse =
  { ok: true; categories: IdentityCategory[] } | { ok: false; reason: 'empty'; unknown: [] } | { ok: false; reason: 'unknown'; unknown: string[] };

/**
 * A roster cell such as '农村低保对象、脱贫人口' → the category codes, deduplicated, in canonical order.
 * Labels, the short forms of IDENTITY_CATEGORY_ALIASES and the codes themselves are accepted; spaces
 * anywhere are ignored. Any label that names no single category makes the whole cell fail (a row with a
 * half-understood identity must not be imported), listing the labels as written (trimmed).
 */
export function parseIdentityLabels(text: string | null | undefined): IdentityLabelsParse {
  const pieces = (text ?? '')
    .split(LABEL_SEPARATORS)
    .map((p) => p.trim())
    .filter((p) => squeeze(p).length > 0);
  if (pieces.length === 0) return { ok: false, reason: 'empty', unknown: [] };
  const found = new Set<IdentityCategory>();
  const unknown: string[] = [];
  for (const piece of pieces) {
    const code = IDENTITY_LOOKUP.get(squeeze(piece));
    if (code) found.add(code);
    else if (!unknown.includes(piece)) unknown.push(piece);
  }
  if (unknown.length > 0) return { ok: false, reason: 'unknown', unknown };
  return { ok: true, categories: IDENTITY_CATEGORIES.filter((c) => found.has(c)) };
}

/** Labels for display and export, in canonical order, joined with 、 (parseIdentityLabels reads it back). */
export function formatIdentityLabels(categories: readonly IdentityCategory[]): string {
  return IDENTITY_CATEGORIES.filter((c) => categories.includes(c))
    .map((c) => IDENTITY_CATEGORY_LABELS[c])
    .join('、');
}

// ── Source departments, schemes, reasons for not enrolling ───────────────────────────────────────

const SOURCE_DEPARTMENT_ALIASES: Record<SourceDepartment, readonly string[]> = {
  civil_affairs: ['民政部门', '民政局', '民政厅'],
  rural_revitalization: ['乡村振兴部门', '乡村振兴局'],
  poverty_alleviation: ['扶贫部门', '扶贫办', '扶贫开发办公室'],
};

/** A roster's 来源部门 cell → code, or null when it names no known department. */
export function parseSourceDepartment(text: string | null | undefined): SourceDepartment | null {
  const value = squeeze(text ?? '');
  for (const code of SOURCE_DEPARTMENTS) {
    if (value === code || value === SOURCE_DEPARTMENT_LABELS[code] || SOURCE_DEPARTMENT_ALIASES[code].includes(value)) return code;
  }
  return null;
}

// ── Subsidy categories and the identity → category map (S3 §一) ──────────────────────────────────

/**
 * Which subsidy each identity earns on its own (S3 §一):
 * - 特困人员（含孤儿） → 全额资助;
 * - 低保对象 → 定额资助; 监测对象 (脱贫不稳定户、边缘易致贫户、突发严重困难户) → 过渡期内参照低保对象定额资助;
 * - 稳定脱贫人口 (建档立卡/脱贫人口) → 定额资助, 渐退;
 * - 边缘人群 → 临时性资助 where the region grants it; the 边缘人群 on our list is 低保边缘对象;
 * - 低收入对象 and 农村其他困难群体: S3 sets no subsidy of their own ("有条件的地区可酌情适当提高对农村低收入
 *   人口的定额资助标准" raises the fixed amounts above, 农村低收入人口 being the umbrella over 低保、特困、监测对象
 *   and the like), so none — they are subsidised through any other identity they hold.
 */
export const IDENTITY_SUBSIDY_CATEGORY: Record<IdentityCategory, SubsidyCategory> = {
  registered_poor: 'stable_phase_out',
  urban_dibao: 'dibao_fixed',
  rural_dibao: 'dibao_fixed',
  urban_tekun: 'full',
  rural_tekun: 'full',
  urban_low_income: 'none',
  rural_low_income: 'none',
  rural_other_hardship: 'none',
  monitored_unstable: 'dibao_fixed',
  monitored_marginal: 'dibao_fixed',
  monitored_sudden: 'dibao_fixed',
  dibao_marginal: 'temporary',
};

// ── Money ─────────────────────────────────────────────────────────────────────────────────────────

function isFen(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * `fen` × basisPoints / 10000 (1 basis point = 0.01%), in integer arithmetic, **rounded down** to the
 * fen. Down, because a subsidy set as a share ("按个人缴费的 70% 资助") is a ceiling: rounding up would pay
 * a fen above the ratio the policy states, and could push an amount over a cap (the 稳定脱贫 standard,
 * the personal contribution) that it exactly meets. The person pays at most the odd fen.
 */
export function fenFromBasisPoints(fen: number, basisPoints: number): number {
  if (!isFen(fen) || !isFen(basisPoints)) throw new RangeError('fenFromBasisPoints expects non-negative integers');
  const product = fen * basisPoints;
  if (!Number.isSafeInteger(product)) throw new RangeError('fenFromBasisPoints: amount too large');
  return Math.floor(product / 10000);
}

/**
 * A 稳定脱贫 phase-out schedule given as shares of a base amount, e.g. base 380 元 at 100%, 70%, 40% →
 * [38000, 26600, 15200] fen; each share rounded down like fenFromBasisPoints.
 */
export function phaseOutScheduleFen(baseFen: number, basisPointsByYear: readonly number[]): number[] {
  return basisPointsByYear.map((bp) => fenFromBasisPoints(baseFen, bp));
}

// ── Standards (parameters per pooling region and year) ───────────────────────────────────────────

/** One amount in fen with the document that sets it (e.g. '柳医保发〔2023〕3号 第二条'). */
export interface FenParameter {
  fen: number;
  source: string;
}

/** 稳定脱贫 amounts by year index since lifting out: fen[0] for the year of lifting out, fen[1] the next … */
export interface PhaseOutSchedule {
  fen: readonly number[];
  source: string;
}

/**
 * 资助参保标准 of one pooling region (统筹地区) for one year, set by the city officer. Every value carries
 * its source. S3 gives the structure, not the amounts: those are always local.
 */
export interface SubsidyStandards {
  poolingRegionCode: string;
  year: number;
  /** 城乡居民医保个人缴费标准 for the year: 特困人员 全额资助 pays exactly this, and no subsidy exceeds it. */
  personalContribution: FenParameter;
  /** 低保对象定额资助; also 监测对象 in the transition period (S3 §一 参照低保对象). */
  dibaoFixed: FenParameter;
  /**
   * 稳定脱贫人口定额资助 with its phase-out (渐退). fen[0] is the region's 稳定脱贫 standard (the amount before
   * any phase-out); past the end of the schedule the phase-out is complete and the amount is 0.
   */
  stablePhaseOut: PhaseOutSchedule;
  /** 边缘人群临时性资助参保; null where the region grants none (S3: "可" — optional). */
  temporary: FenParameter | null;
  /**
   * A local cap on the temporary subsidy, if the region sets one. The S3 cap — 原则上不高于稳定脱贫人口定额
   * 资助标准 (stablePhaseOut.fen[0]) — applies in any case; the lower of the two wins.
   */
  temporaryCap?: FenParameter | null;
}

export const SUBSIDY_STANDARDS_PROBLEMS = ['not_fen', 'no_source', 'above_contribution', 'phase_out_increases', 'temporary_above_stable'] as const;
export type SubsidyStandardsProblem = (typeof SUBSIDY_STANDARDS_PROBLEMS)[number];

export interface SubsidyStandardsIssue {
  /** dotted path of the value, e.g. 'stablePhaseOut.fen[2]' */
  field: string;
  problem: SubsidyStandardsProblem;
}

/**
 * What the standards editor must refuse: amounts that are not whole non-negative fen, values without a
 * source, a fixed or temporary amount above the personal contribution, a phase-out that goes up, and a
 * temporary amount above the 稳定脱贫 standard (S3 §一). calculateSubsidy caps the last two anyway.
 */
export function checkSubsidyStandards(s: SubsidyStandards): SubsidyStandardsIssue[] {
  const issues: SubsidyStandardsIssue[] = [];
  const amount = (field: string, fen: number) => {
    if (!isFen(fen)) issues.push({ field, problem: 'not_fen' });
    else if (field !== 'personalContribution.fen' && isFen(s.personalContribution.fen) && fen > s.personalContribution.fen) {
      issues.push({ field, problem: 'above_contribution' });
    }
  };
  const source = (field: string, text: string) => {
    if (typeof text !== 'string' || text.trim() === '') issues.push({ field, problem: 'no_source' });
  };
  amount('personalContribution.fen', s.personalContribution.fen);
  source('personalContribution.source', s.personalContribution.source);
  amount('dibaoFixed.fen', s.dibaoFixed.fen);
  source('dibaoFixed.source', s.dibaoFixed.source);
  s.stablePhaseOut.fen.forEach((fen, i) => {
    amount(`stablePhaseOut.fen[${i}]`, fen);
    if (i > 0 && isFen(fen) && isFen(s.stablePhaseOut.fen[i - 1]) && fen > s.stablePhaseOut.fen[i - 1]) {
      issues.push({ field: `stablePhaseOut.fen[${i}]`, problem: 'phase_out_increases' });
    }
  });
  source('stablePhaseOut.source', s.stablePhaseOut.source);
  for (const key of ['temporary', 'temporaryCap'] as const) {
    const p = s[key];
    if (!p) continue;
    amount(`${key}.fen`, p.fen);
    source(`${key}.source`, p.source);
  }
  if (s.temporary && isFen(s.temporary.fen) && s.temporary.fen > (s.stablePhaseOut.fen[0] ?? 0)) {
    issues.push({ field: 'temporary.fen', problem: 'temporary_above_stable' });
  }
  return issues;
}

/**
 * The whole check the API runs on a standards document it receives: the shape first (every amount a
 * `{fen, source}`, the phase-out a non-empty list of at most 10 years), then checkSubsidyStandards.
 * Fields are dotted paths relative to the document, e.g. `stablePhaseOut.fen[1]`.
 */
export function validateSubsidyStandards(value: unknown): FieldProblem[] {
  if (!isPlainObject(value)) return [{ field: '', message: '须为资助标准对象 (a subsidy-standards object)' }];
  // only the declared keys, at every level: anything else is reported by path
  const problems: FieldProblem[] = unknownKeyProblems(
    value,
    ['poolingRegionCode', 'year', 'personalContribution', 'dibaoFixed', 'stablePhaseOut', 'temporary', 'temporaryCap'],
    '',
  );
  const shaped = (key: string, optional: boolean) => {
    const v = value[key];
    if (optional && (v === null || v === undefined)) return;
    if (!isPlainObject(v)) return problems.push({ field: key, message: '须为 {fen, source}（金额单位：分） (required: {fen, source}, amount in fen)' });
    problems.push(...unknownKeyProblems(v, ['fen', 'source'], key));
    if (typeof v.source !== 'string') problems.push({ field: `${key}.source`, message: describeSubsidyStandardsProblem('no_source') });
    else if (v.source.length > 500) problems.push({ field: `${key}.source`, message: '依据文件不超过 500 字 (at most 500 characters)' });
  };
  shaped('personalContribution', false);
  shaped('dibaoFixed', false);
  shaped('temporary', true);
  shaped('temporaryCap', true);
  const phaseOut = value.stablePhaseOut;
  if (!isPlainObject(phaseOut) || !Array.isArray(phaseOut.fen) || phaseOut.fen.length === 0 || phaseOut.fen.length > 10) {
    problems.push({
      field: 'stablePhaseOut',
      message: '须为 {fen: [第1年, 第2年, …]（1–10 年，单位：分）, source} (a schedule of 1–10 yearly amounts in fen)',
    });
  } else {
    problems.push(...unknownKeyProblems(phaseOut, ['fen', 'source'], 'stablePhaseOut'));
    if (typeof phaseOut.source !== 'string') problems.push({ field: 'stablePhaseOut.source', message: describeSubsidyStandardsProblem('no_source') });
  }
  if (typeof value.poolingRegionCode !== 'string') problems.push({ field: 'poolingRegionCode', message: '须为统筹地区代码 (the pooling region code)' });
  if (!Number.isSafeInteger(value.year)) problems.push({ field: 'year', message: '须为年份 (the year)' });
  if (problems.length) return problems;
  return checkSubsidyStandards(value as unknown as SubsidyStandards).map((i) => ({ field: i.field, message: describeSubsidyStandardsProblem(i.problem) }));
}

/** Bilingual text for each problem, like describePasswordProblem. */
export function describeSubsidyStandardsProblem(problem: SubsidyStandardsProblem): string {
  switch (problem) {
    case 'not_fen':
      return '金额须为不小于 0 的整数（单位：分） (amounts are whole, non-negative fen)';
    case 'no_source':
      return '每项标准须注明依据文件 (every value must cite its source document)';
    case 'above_contribution':
      return '资助金额不得高于当年个人缴费标准 (no subsidy may exceed the personal contribution of the year)';
    case 'phase_out_increases':
      return '稳定脱贫人口渐退标准应逐年不增 (the phase-out must not increase from one year to the next)';
    case 'temporary_above_stable':
      return '临时性资助原则上不高于稳定脱贫人口定额资助标准（S3 一） (a temporary subsidy must not exceed the stable-lifted-out amount, S3 §1)';
  }
}

// ── The rule ──────────────────────────────────────────────────────────────────────────────────────

/** Where the rule itself comes from (the amounts cite their own documents in SubsidyStandards). */
export const SUBSIDY_RULE_SOURCES = {
  classified: 'S3 第一部分（分类资助参保）',
  highestOnce: 'S3 第四部分（多重身份待遇就高不就低，避免重复救助）',
} as const;

/**
 * The lines of a subsidy decision's basis, as note codes (../notes.ts) the admin renders in either language;
 * `{{source}}` is the standard's own document citation (data), `…Yuan` a fen amount shown as yuan.
 */
export const SUBSIDY_BASIS_CODES = defineCodes({
  no_identity: { zh: '无身份类别，不予资助参保', en: 'No identity category: no enrollment subsidy' },
  identities: { zh: '身份类别：{{categories}}', en: 'Identity categories: {{categories}}' },
  full: {
    zh: '{{category}}：特困人员全额资助，按当年个人缴费标准 {{amountYuan}} 元（{{source}}）',
    en: "{{category}}: extremely poor, subsidised in full, the year's personal contribution ¥{{amountYuan}} ({{source}})",
  },
  dibao_fixed: {
    zh: '{{category}}：低保对象定额资助 {{amountYuan}} 元（{{source}}）',
    en: '{{category}}: fixed subsidy for minimum-living-allowance recipients ¥{{amountYuan}} ({{source}})',
  },
  dibao_fixed_capped: {
    zh: '{{category}}：低保对象定额资助 {{amountYuan}} 元，以个人缴费标准 {{contributionYuan}} 元为限（{{source}}）',
    en: '{{category}}: fixed subsidy for minimum-living-allowance recipients ¥{{amountYuan}}, limited to the personal contribution ¥{{contributionYuan}} ({{source}})',
  },
  monitored_fixed: {
    zh: '{{category}}：监测对象过渡期内参照低保对象定额资助 {{amountYuan}} 元（{{source}}）',
    en: '{{category}}: monitored person, subsidised like minimum-living-allowance recipients during the transition ¥{{amountYuan}} ({{source}})',
  },
  monitored_fixed_capped: {
    zh: '{{category}}：监测对象过渡期内参照低保对象定额资助 {{amountYuan}} 元，以个人缴费标准 {{contributionYuan}} 元为限（{{source}}）',
    en: '{{category}}: monitored person, subsidised like minimum-living-allowance recipients during the transition ¥{{amountYuan}}, limited to the personal contribution ¥{{contributionYuan}} ({{source}})',
  },
  phase_out_unknown: {
    zh: '{{category}}：未提供脱贫年限，无法按渐退标准确定稳定脱贫人口定额资助，暂不计入（{{source}}）',
    en: '{{category}}: the years since lifted out of poverty are not given, so the phase-out subsidy cannot be set and is not counted ({{source}})',
  },
  phase_out_ended: {
    zh: '{{category}}：脱贫已满 {{years}} 年，超出渐退期（共 {{phaseYears}} 年），稳定脱贫人口定额资助已退出（{{source}}）',
    en: '{{category}}: lifted out of poverty {{years}} years ago, past the {{phaseYears}}-year phase-out; the fixed subsidy has ended ({{source}})',
  },
  phase_out: {
    zh: '{{category}}：稳定脱贫人口定额资助，渐退第 {{phaseYear}} 年（脱贫 {{years}} 年）{{amountYuan}} 元（{{source}}）',
    en: '{{category}}: fixed subsidy for people stably lifted out of poverty, phase-out year {{phaseYear}} ({{years}} years since) ¥{{amountYuan}} ({{source}})',
  },
  phase_out_capped: {
    zh: '{{category}}：稳定脱贫人口定额资助，渐退第 {{phaseYear}} 年（脱贫 {{years}} 年）{{amountYuan}} 元，以个人缴费标准 {{contributionYuan}} 元为限（{{source}}）',
    en: '{{category}}: fixed subsidy for people stably lifted out of poverty, phase-out year {{phaseYear}} ({{years}} years since) ¥{{amountYuan}}, limited to the personal contribution ¥{{contributionYuan}} ({{source}})',
  },
  temporary_not_set: {
    zh: '{{category}}：本统筹地区当年未设边缘人群临时性资助参保',
    en: '{{category}}: the pooling region sets no temporary subsidy for people on the margin this year',
  },
  temporary: {
    zh: '{{category}}：边缘人群临时性资助参保，标准 {{standardYuan}} 元（{{source}}），资助 {{amountYuan}} 元',
    en: '{{category}}: temporary subsidy for people on the margin, standard ¥{{standardYuan}} ({{source}}); subsidy ¥{{amountYuan}}',
  },
  temporary_limited: {
    zh: '{{category}}：边缘人群临时性资助参保，标准 {{standardYuan}} 元（{{source}}），{{limitNotes}}，资助 {{amountYuan}} 元',
    en: '{{category}}: temporary subsidy for people on the margin, standard ¥{{standardYuan}} ({{source}}); {{limitNotes}}; subsidy ¥{{amountYuan}}',
  },
  limit_stable: {
    zh: '不高于稳定脱贫人口定额资助标准 {{stableYuan}} 元（S3 第一部分（分类资助参保）；{{source}}）',
    en: 'no more than the stably-lifted-out subsidy ¥{{stableYuan}} (S3 Part 1, classified subsidies; {{source}})',
  },
  limit_local: {
    zh: '不高于本地临时性资助上限 {{capYuan}} 元（{{source}}）',
    en: 'no more than the local temporary-subsidy cap ¥{{capYuan}} ({{source}})',
  },
  limit_contribution: {
    zh: '不高于个人缴费标准 {{contributionYuan}} 元',
    en: 'no more than the personal contribution ¥{{contributionYuan}}',
  },
  no_policy: {
    zh: '{{category}}：无对应资助参保政策（S3 第一部分（分类资助参保）未规定该身份的资助）',
    en: '{{category}}: no enrollment subsidy applies (S3 Part 1, classified subsidies, sets none for this identity)',
  },
  conclusion_none: { zh: '结论：不予资助参保（资助金额 0.00 元）', en: 'Decision: no enrollment subsidy (¥0.00)' },
  highest_once: {
    zh: '多重身份待遇就高不就低，取最高一项，不重复资助（S3 第四部分（多重身份待遇就高不就低，避免重复救助））：{{category}}',
    en: 'Several identities: the most favourable one applies, once, never added up (S3 Part 4): {{category}}',
  },
  conclusion: {
    zh: '结论：{{subsidyCategory}}，资助金额 {{amountYuan}} 元',
    en: 'Decision: {{subsidyCategory}}, subsidy ¥{{amountYuan}}',
  },
  missing_years: {
    zh: '注意：补充脱贫年限后资助金额可能更高，请核实',
    en: 'Note: the subsidy may be higher once the years since lifted out of poverty are given; please check',
  },
});
export type SubsidyBasisCode = CodeOf<typeof SUBSIDY_BASIS_CODES>;
export type SubsidyBasisNote = Note<SubsidyBasisCode>;

/** One basis line in one language (zh is what `basis` holds). */
export function subsidyBasisText(note: Note, locale: CodeLocale): string {
  return renderNote(SUBSIDY_BASIS_CODES, note, locale);
}

const basisNote = (code: SubsidyBasisCode, params: NoteParams = {}): SubsidyBasisNote => ({ code, params });

export interface SubsidyContext {
  /** Whole years since the person was lifted out of poverty (0 = the year itself): the phase-out index. */
  yearsSinceLiftedOut?: number;
}

export interface SubsidyDecision {
  category: SubsidyCategory;
  /** fen; 0 exactly when category is 'none' */
  amount: number;
  /** the identity whose subsidy was granted (null when none is) */
  decidedBy: IdentityCategory | null;
  /** context the rule needed and did not get, where it could have changed the result */
  missing: (keyof SubsidyContext)[];
  /** the decision, line by line in Chinese, for exports and the audit trail (= basisNotes in zh) */
  basis: string[];
  /** the same lines as note codes + figures: what the admin renders, in the user's language */
  basisNotes: SubsidyBasisNote[];
}

interface Candidate {
  identity: IdentityCategory;
  category: SubsidyCategory;
  amount: number;
  line: SubsidyBasisNote;
  /** the most this identity could give once the missing context is known */
  upperBound: number;
}

function requireFen(value: number, what: string): number {
  if (!isFen(value)) throw new RangeError(`calculateSubsidy: ${what} must be a non-negative whole number of fen, got ${value}`);
  return value;
}

/** What one identity earns on its own under these standards. */
function candidateFor(identity: IdentityCategory, s: SubsidyStandards, ctx: SubsidyContext): Candidate {
  const contribution = requireFen(s.personalContribution.fen, 'personalContribution');
  const category = IDENTITY_SUBSIDY_CATEGORY[identity];
  const capped = (fen: number) => Math.min(fen, contribution);
  const make = (amount: number, code: SubsidyBasisCode, params: NoteParams, upperBound = amount): Candidate => ({
    identity,
    category,
    amount,
    line: basisNote(code, { category: identity, ...params }),
    upperBound,
  });

  switch (category) {
    case 'full':
      return make(contribution, 'full', { amountYuan: contribution, source: s.personalContribution.source });
    case 'dibao_fixed': {
      const fen = requireFen(s.dibaoFixed.fen, 'dibaoFixed');
      const how = identity.startsWith('monitored_') ? 'monitored_fixed' : 'dibao_fixed';
      return make(capped(fen), fen > contribution ? `${how}_capped` : how, {
        amountYuan: capped(fen),
        contributionYuan: contribution,
        source: s.dibaoFixed.source,
      });
    }
    case 'stable_phase_out': {
      const schedule = s.stablePhaseOut.fen.map((fen, i) => requireFen(fen, `stablePhaseOut.fen[${i}]`));
      const years = ctx.yearsSinceLiftedOut;
      if (years === undefined) {
        const upper = capped(Math.max(0, ...schedule));
        return make(0, 'phase_out_unknown', { source: s.stablePhaseOut.source }, upper);
      }
      if (!Number.isSafeInteger(years) || years < 0) {
        throw new RangeError(`calculateSubsidy: yearsSinceLiftedOut must be a non-negative integer, got ${years}`);
      }
      if (years >= schedule.length) {
        return make(0, 'phase_out_ended', { years, phaseYears: schedule.length, source: s.stablePhaseOut.source });
      }
      const fen = schedule[years];
      return make(capped(fen), fen > contribution ? 'phase_out_capped' : 'phase_out', {
        phaseYear: years + 1,
        years,
        amountYuan: capped(fen),
        contributionYuan: contribution,
        source: s.stablePhaseOut.source,
      });
    }
    case 'temporary': {
      if (!s.temporary) return make(0, 'temporary_not_set', {});
      const fen = requireFen(s.temporary.fen, 'temporary');
      const stable = s.stablePhaseOut.fen.length > 0 ? requireFen(s.stablePhaseOut.fen[0], 'stablePhaseOut.fen[0]') : 0;
      const localCap = s.temporaryCap ? requireFen(s.temporaryCap.fen, 'temporaryCap') : Infinity;
      const amount = Math.min(fen, stable, localCap, contribution);
      const limits: SubsidyBasisNote[] = [];
      if (amount < fen) {
        if (amount === stable) limits.push(basisNote('limit_stable', { stableYuan: stable, source: s.stablePhaseOut.source }));
        if (amount === localCap && s.temporaryCap) limits.push(basisNote('limit_local', { capYuan: localCap, source: s.temporaryCap.source }));
        if (amount === contribution) limits.push(basisNote('limit_contribution', { contributionYuan: contribution }));
      }
      const params = { standardYuan: fen, amountYuan: amount, source: s.temporary.source };
      return limits.length > 0 ? make(amount, 'temporary_limited', { ...params, limitNotes: limits }) : make(amount, 'temporary', params);
    }
    case 'none':
      return make(0, 'no_policy', {});
  }
}

/**
 * The subsidy for one person-year (S3 §一, §四): each identity's subsidy is worked out on its own, and
 * the person gets the single highest, once — 就高不就低, never the sum (no duplicate aid). Ties go to the
 * category listed first in SUBSIDY_CATEGORIES. A result of 0 is category 'none'. The input order of
 * `identities` and duplicates in it do not matter. Throws RangeError on standards that are not whole fen
 * (checkSubsidyStandards reports those first) and on a negative or fractional yearsSinceLiftedOut.
 */
export function calculateSubsidy(identities: readonly IdentityCategory[], standards: SubsidyStandards, context: SubsidyContext = {}): SubsidyDecision {
  const held = IDENTITY_CATEGORIES.filter((c) => identities.includes(c));
  if (held.length === 0) {
    return decision('none', 0, null, [], [basisNote('no_identity')]);
  }
  const candidates = held.map((identity) => candidateFor(identity, standards, context));
  const rank = (c: Candidate) => SUBSIDY_CATEGORIES.indexOf(c.category);
  const best = candidates.reduce((a, b) => (b.amount > a.amount || (b.amount === a.amount && rank(b) < rank(a)) ? b : a));

  const basis = [basisNote('identities', { categories: held }), ...candidates.map((c) => c.line)];
  const missing: (keyof SubsidyContext)[] = candidates.some((c) => c.upperBound > best.amount) ? ['yearsSinceLiftedOut'] : [];
  if (best.amount === 0) {
    basis.push(basisNote('conclusion_none'));
  } else {
    const paying = candidates.filter((c) => c.amount > 0);
    if (paying.length > 1) basis.push(basisNote('highest_once', { category: best.identity }));
    basis.push(basisNote('conclusion', { subsidyCategory: best.category, amountYuan: best.amount }));
  }
  if (missing.length > 0) basis.push(basisNote('missing_years'));

  return best.amount === 0 ? decision('none', 0, null, missing, basis) : decision(best.category, best.amount, best.identity, missing, basis);
}

function decision(
  category: SubsidyCategory,
  amount: number,
  decidedBy: IdentityCategory | null,
  missing: (keyof SubsidyContext)[],
  basisNotes: SubsidyBasisNote[],
): SubsidyDecision {
  return { category, amount, decidedBy, missing, basis: basisNotes.map((n) => subsidyBasisText(n, 'zh')), basisNotes };
}
