import { COMPLIANCE_AREA_CODES, COMPLIANCE_INDICATORS, type ComplianceArea, type ComplianceIndicatorId } from '@yibao/shared';

/** The scorecard's columns grouped by area, areas in their code-list order, indicators in the catalogue's order. */
export function indicatorGroups(ids: readonly ComplianceIndicatorId[]): Array<{ area: ComplianceArea; ids: ComplianceIndicatorId[] }> {
  return COMPLIANCE_AREA_CODES.values
    .map((area) => ({ area, ids: ids.filter((id) => COMPLIANCE_INDICATORS[id]?.area === area) }))
    .filter((g) => g.ids.length > 0);
}

/** The scorecard's URL parameters beside region and period: the view options and the open cell. */
export const SCORECARD_PARAMS = ['area', 'onlyRed', 'top', 'bottom'] as const;

/** `cell=450202:ENR-1` in the URL: the open drawer (kept across a drill-down and back). */
export function cellParam(text: string | null): { regionCode: string; indicatorId: ComplianceIndicatorId } | undefined {
  const m = text ? /^(\d{6}):([A-Z]{3}-\d)$/.exec(text) : null;
  if (!m || !(m[2] in COMPLIANCE_INDICATORS)) return undefined;
  return { regionCode: m[1], indicatorId: m[2] as ComplianceIndicatorId };
}
