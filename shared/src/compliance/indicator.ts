import type { ComplianceArea, ComplianceIndicatorId, ComplianceStatus } from './codes';

/**
 * One indicator of the compliance catalogue (issue 18): what is counted, against what, the line it must meet, the
 * clause the line comes from and where its records are listed. Rates are fractions (0.99 = 99 %); a count indicator's
 * value is its numerator (its denominator is the base it was counted in, shown beside it).
 */
export interface ComplianceIndicatorDefinition {
  id: ComplianceIndicatorId;
  label: { zh: string; en: string };
  area: ComplianceArea;
  measure: 'rate' | 'count';
  /** the formula in words */
  numerator: { zh: string; en: string };
  denominator: { zh: string; en: string };
  /** `>=`: the value must reach the threshold (high is good); `<=`: must not exceed it */
  comparator: '>=' | '<=';
  /** the default line (a fraction for a rate, a number for a count); per region and year through `compliance-targets` when `parameterised` */
  threshold: number;
  /** how far past the line on the wrong side a value is still amber (same unit as the threshold; 0 = no amber) */
  amberBand: number;
  highIsGood: boolean;
  /** the least change against the previous period that earns an arrow (HISP's "effective gap", policy-modules §4.2) */
  effectiveGap: number;
  /** the line differs by pooling region or year (a `compliance-targets` parameter) */
  parameterised: boolean;
  source: { document: string; clause: string; text: string };
  /**
   * The list that shows exactly the numerator's records: the admin resource and its filters, where `{regionCode}`,
   * `{from}`, `{to}`, `{year}` and `{period}` are filled from the cell.
   */
  drillDown: {
    resource: string;
    filter: Readonly<Record<string, string>>;
    /** what the list shows: the numerator's records, or for a rate the offending complement (denominator − numerator); numerator when omitted */
    shows?: 'numerator' | 'complement';
  };
}

/** A numerator and a denominator: what a run stores per region, and what roll-up sums (never averages of rates). */
export interface ComplianceFigure {
  numerator: number;
  denominator: number;
}

/** Rounding noise in a ratio of integers must not turn green into amber. */
const EPSILON = 1e-9;

/** The cell's value: a rate's ratio (null without a denominator) or a count's numerator. */
export function complianceValue(def: Pick<ComplianceIndicatorDefinition, 'measure'>, f: ComplianceFigure): number | null {
  if (def.measure === 'count') return f.denominator > 0 ? f.numerator : null;
  return f.denominator > 0 ? f.numerator / f.denominator : null;
}

/**
 * The traffic light (DHIS2/HISP three classes, policy-modules §4.2): green on the right side of the line (inclusive),
 * amber within `amberBand` past it, red beyond; `no_data` when nothing was there to count (an empty denominator).
 */
export function complianceStatus(
  def: Pick<ComplianceIndicatorDefinition, 'measure' | 'comparator'>,
  target: { threshold: number; amberBand: number },
  f: ComplianceFigure,
): { value: number | null; status: ComplianceStatus } {
  const value = complianceValue(def, f);
  if (value === null) return { value, status: 'no_data' };
  const shortfall = def.comparator === '>=' ? target.threshold - value : value - target.threshold;
  if (shortfall <= EPSILON) return { value, status: 'green' };
  if (shortfall <= target.amberBand + EPSILON) return { value, status: 'amber' };
  return { value, status: 'red' };
}

/** Roll-up: a parent's figure is the sum of its own records' and its children's numerators and denominators. */
export function sumFigures(figures: Iterable<ComplianceFigure>): ComplianceFigure {
  let numerator = 0;
  let denominator = 0;
  for (const f of figures) {
    numerator += f.numerator;
    denominator += f.denominator;
  }
  return { numerator, denominator };
}

/**
 * The arrow against the previous period: `up`/`down` when the value moved by more than the indicator's effective gap,
 * else null (also when either value is missing). Whether up is better is `highIsGood`.
 */
export function complianceTrendArrow(effectiveGap: number, current: number | null, previous: number | null): 'up' | 'down' | null {
  if (current === null || previous === null) return null;
  const change = current - previous;
  if (Math.abs(change) <= effectiveGap + EPSILON) return null;
  return change > 0 ? 'up' : 'down';
}
