import { parentRegionCodeOf, regionScopePrefix } from '../regions';
import type { ComplianceIndicatorId } from './codes';
import { type ComplianceFigure, sumFigures } from './indicator';

/** One unit's figure as a computer answers it: the records' own region (county, city or province), never rolled up. */
export interface ComplianceUnitFigure extends ComplianceFigure {
  regionCode: string;
  indicatorId: ComplianceIndicatorId;
}

/**
 * The regions a run writes results for: every region of the tree under `rootCode` (given), plus any unit a figure names
 * and the regions between it and the root (a unit missing from the region table still reaches its parents). Units
 * outside the root are dropped — a computer counts only inside the run's region.
 */
export function complianceRunRegions(rootCode: string, treeCodes: Iterable<string>, units: readonly ComplianceUnitFigure[]): string[] {
  const prefix = regionScopePrefix(rootCode);
  const codes = new Set<string>([rootCode]);
  for (const c of treeCodes) if (c.startsWith(prefix)) codes.add(c);
  for (const u of units) {
    if (!u.regionCode.startsWith(prefix)) continue;
    for (let c: string | null = u.regionCode; c && c !== rootCode && !codes.has(c); c = parentRegionCodeOf(c)) codes.add(c);
  }
  return [...codes].sort();
}

/**
 * Roll-up (issue 18: "rolls counts up … by summing numerators and denominators (never by averaging rates)"): each
 * region's figure per indicator is its own units' figures plus its children's, by `sumFigures`, from the deepest
 * level up. Every region × indicator is answered: nothing to count is 0 / 0 (no_data). Figures for a unit outside
 * `regions` are left out (complianceRunRegions lists them all).
 */
export function rollUpComplianceFigures(
  regions: readonly string[],
  indicators: readonly ComplianceIndicatorId[],
  units: readonly ComplianceUnitFigure[],
): Map<string, Map<ComplianceIndicatorId, ComplianceFigure>> {
  const known = new Set(regions);
  const own = new Map<string, ComplianceUnitFigure[]>();
  for (const u of units) if (known.has(u.regionCode)) (own.get(u.regionCode) ?? own.set(u.regionCode, []).get(u.regionCode)!).push(u);
  const children = new Map<string, string[]>();
  for (const code of regions) {
    let parent = parentRegionCodeOf(code);
    while (parent && !known.has(parent)) parent = parentRegionCodeOf(parent);
    if (parent) (children.get(parent) ?? children.set(parent, []).get(parent)!).push(code);
  }
  const out = new Map<string, Map<ComplianceIndicatorId, ComplianceFigure>>();
  // deepest first: a code's children are longer codes or share its length with fewer trailing zeros
  const order = [...regions].sort((a, b) => depthOf(b) - depthOf(a) || a.localeCompare(b));
  for (const code of order) {
    const figures = new Map<ComplianceIndicatorId, ComplianceFigure>();
    const mine = own.get(code) ?? [];
    const kids = (children.get(code) ?? []).map((c) => out.get(c)!);
    for (const id of indicators)
      figures.set(
        id,
        sumFigures(
          [...mine.filter((u) => u.indicatorId === id), ...kids.map((k) => k.get(id)!)].map(({ numerator, denominator }) => ({ numerator, denominator })),
        ),
      );
    out.set(code, figures);
  }
  return out;
}

/** How far down the tree a code sits (province 1, city 2, county 3, township 4). */
function depthOf(code: string): number {
  let depth = 0;
  for (let c: string | null = code; c; c = parentRegionCodeOf(c)) depth++;
  return depth;
}

/**
 * An ancestor's figure after a run on one region of its subtree (a city or county run, issue 18's roll-up): the
 * ancestor's last figure with the region's old figure replaced by its new one — still the sum of its own units and
 * its children, each child as last computed, never an average. `previous` is what the ancestor's last run (or the
 * last re-run below it) computed: a frozen row's live figure when it has one.
 */
export function rollUpIntoAncestor(previous: ComplianceFigure, regionBefore: ComplianceFigure, regionAfter: ComplianceFigure): ComplianceFigure {
  return {
    numerator: previous.numerator - regionBefore.numerator + regionAfter.numerator,
    denominator: previous.denominator - regionBefore.denominator + regionAfter.denominator,
  };
}
