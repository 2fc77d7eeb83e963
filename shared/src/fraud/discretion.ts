/**
 * 罚款裁量 (fines by multiple of the loss, 条例 arts. 37–41; tiers by provincial 裁量基准 under 医保发〔2021〕35号),
 * pure and table-tested (discretion.spec.ts). Multiples are kept in tenths (10 = 1×) so that every amount is exact
 * integer fen.
 */
import { FRAUD_CAUSE_BASIS, type DiscretionTier, type FraudArticle, type FraudCause } from './codes';

/** A range of multiples of the loss, in tenths: `[20, 50]` is 2–5×. */
export type MultipleRange = readonly [min: number, max: number];

/**
 * The fine each article allows, as a multiple of the loss (条例 art. 38: 造成损失金额1倍以上2倍以下; arts. 37, 40
 * and 41 second paragraph: 骗取金额2倍以上5倍以下). National law: not a parameter.
 */
export const ARTICLE_FINE_MULTIPLES: Readonly<Record<FraudArticle, MultipleRange>> = Object.freeze({
  37: [20, 50],
  38: [10, 20],
  40: [20, 50],
  41: [20, 50],
});

/** Per article, each tier's share of its range (a provincial parameter). */
export type DiscretionTiers = Readonly<Record<FraudArticle, Readonly<Record<DiscretionTier, MultipleRange>>>>;

/**
 * Default tiers. The 2–5× articles: Henan 2022 (P28: 从轻 2–3×, 一般 3–4×, 从重 4–5×). Art. 38 (1–2×): 示例取值 from R1's
 * seed (1.0–1.2 / 1.2–1.6 / 1.6–2.0; policy-modules §1.2) — no province's 基准 for it was found; replace with the
 * province's own.
 */
export const DEFAULT_DISCRETION_TIERS: DiscretionTiers = Object.freeze({
  37: { lenient: [20, 30], ordinary: [30, 40], severe: [40, 50] },
  38: { lenient: [10, 12], ordinary: [12, 16], severe: [16, 20] },
  40: { lenient: [20, 30], ordinary: [30, 40], severe: [40, 50] },
  41: { lenient: [20, 30], ordinary: [30, 40], severe: [40, 50] },
});

export const DISCRETION_TIER_SOURCES: Readonly<Record<FraudArticle, string>> = Object.freeze({
  37: '河南省医疗保障行政处罚裁量基准（2022）（按第四十条同类幅度）',
  38: '示例取值（R1 ybcase V6 种子数据），待本省裁量基准替换',
  40: '河南省医疗保障行政处罚裁量基准（2022）',
  41: '河南省医疗保障行政处罚裁量基准（2022）（按第四十条同类幅度）',
});

/**
 * The article whose fine governs a case of several causes: the severest (2–5× over 1–2×). Art. 40 second paragraph
 * treats art. 38 conduct done to defraud as art. 40 conduct; one decision states one fine.
 */
export function governingArticle(causes: readonly FraudCause[]): FraudArticle | null {
  let best: FraudArticle | null = null;
  for (const c of causes) {
    const a = FRAUD_CAUSE_BASIS[c].article;
    if (best === null || ARTICLE_FINE_MULTIPLES[a][1] > ARTICLE_FINE_MULTIPLES[best][1]) best = a;
  }
  return best;
}

/** A range of amounts in fen. */
export interface FenRange {
  min: number;
  max: number;
}

/** `amount` × a range of tenths, rounded inward (min up, max down) so both ends are lawful whole fen. */
export function fenRange(amount: number, [min, max]: MultipleRange): FenRange {
  return { min: Math.ceil((amount * min) / 10), max: Math.floor((amount * max) / 10) };
}

/** The fine the article allows for this loss (null: no cause, so no article). */
export function articleFineRange(causes: readonly FraudCause[], loss: number): FenRange | null {
  const article = governingArticle(causes);
  return article === null ? null : fenRange(loss, ARTICLE_FINE_MULTIPLES[article]);
}

export interface SuggestedFine extends FenRange {
  article: FraudArticle;
  tier: DiscretionTier;
  /** the tier's multiples, in tenths */
  multiples: MultipleRange;
  source: string;
}

/** The case page's suggestion: the governing article's tier range times the amount involved (fen). */
export function suggestedFine(
  causes: readonly FraudCause[],
  amountInvolved: number,
  tier: DiscretionTier,
  tiers: DiscretionTiers = DEFAULT_DISCRETION_TIERS,
  sources: Readonly<Record<FraudArticle, string>> = DISCRETION_TIER_SOURCES,
): SuggestedFine | null {
  const article = governingArticle(causes);
  if (article === null) return null;
  const multiples = tiers[article][tier];
  return { article, tier, multiples, source: sources[article], ...fenRange(amountInvolved, multiples) };
}
