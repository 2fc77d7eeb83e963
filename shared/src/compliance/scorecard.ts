import type { ComplianceIndicatorId } from './codes';

/**
 * The scorecard's pure parts (issue 18; HISP's view options, policy-modules §4.2): the child rows kept by "only red" and top/bottom N, and the average row. Table-tested (scorecard.spec.ts).
 */

/** The most rows top/bottom N may ask for (HISP offers 3, 5, 10). */
export const COMPLIANCE_RANK_MAX = 50;

/** What ranking and filtering read of a row. */
export interface RankableRow {
  regionCode: string;
  /** 0 the asked region, 1 its children, 2 grandchildren */
  depth: number;
  parentCode: string | null;
  redCount: number;
}

/**
 * The rows shown: the asked region always; with `onlyRed`, the child and grandchild rows with at least one red cell;
 * with `top`/`bottom` N, the N children with the most/fewest red cells (ties by code), each keeping its grandchildren.
 * The order stays the tree's (region, then each child followed by its own children).
 */
export function selectScorecardRows<R extends RankableRow>(rows: readonly R[], options: { onlyRed?: boolean; top?: number; bottom?: number }): R[] {
  let kept = rows.filter((r) => r.depth === 0 || !options.onlyRed || r.redCount > 0);
  const n = options.top ?? options.bottom;
  if (n !== undefined) {
    const children = kept.filter((r) => r.depth === 1);
    const ranked = [...children].sort(
      (a, b) => (options.top !== undefined ? b.redCount - a.redCount : a.redCount - b.redCount) || a.regionCode.localeCompare(b.regionCode),
    );
    const chosen = new Set(ranked.slice(0, n).map((r) => r.regionCode));
    kept = kept.filter((r) => r.depth === 0 || (r.depth === 1 ? chosen.has(r.regionCode) : chosen.has(r.parentCode ?? '')));
  }
  return kept;
}

/** HISP's average row: per indicator, the mean of the shown child rows' values (rows without a value left out; null when none has one). */
export function scorecardAverage(
  rows: readonly { depth: number; cells: Partial<Record<ComplianceIndicatorId, { value: number | null }>> }[],
  indicators: readonly ComplianceIndicatorId[],
): Partial<Record<ComplianceIndicatorId, number | null>> {
  const out: Partial<Record<ComplianceIndicatorId, number | null>> = {};
  const children = rows.filter((r) => r.depth === 1);
  for (const id of indicators) {
    const values = children.map((r) => r.cells[id]?.value).filter((v): v is number => typeof v === 'number');
    out[id] = values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
  }
  return out;
}
