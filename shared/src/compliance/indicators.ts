import { ENROLLMENT_ASSISTANCE_INDICATORS } from './catalogue/enrollment-assistance';
import { OVERSIGHT_INDICATORS } from './catalogue/oversight';
import { COMPLIANCE_INDICATOR_IDS, type ComplianceIndicatorId } from './codes';
import type { ComplianceIndicatorDefinition } from './indicator';

/**
 * The compliance catalogue (issue 18, served at `GET /api/compliance/indicators`): every indicator once, in the
 * order of its code list (the scorecard's column order). Each part is written beside the module it counts.
 */
function combine(parts: readonly (readonly ComplianceIndicatorDefinition[])[]): Readonly<Record<ComplianceIndicatorId, ComplianceIndicatorDefinition>> {
  const byId = new Map<ComplianceIndicatorId, ComplianceIndicatorDefinition>();
  for (const def of parts.flat()) {
    if (byId.has(def.id)) throw new Error(`compliance indicator ${def.id} is declared twice`);
    byId.set(def.id, Object.freeze(def));
  }
  const missing = COMPLIANCE_INDICATOR_IDS.filter((id) => !byId.has(id));
  if (missing.length > 0) throw new Error(`compliance indicators without a definition: ${missing.join(', ')}`);
  return Object.freeze(
    Object.fromEntries(COMPLIANCE_INDICATOR_IDS.map((id) => [id, byId.get(id)!])) as Record<ComplianceIndicatorId, ComplianceIndicatorDefinition>,
  );
}

export const COMPLIANCE_INDICATORS = combine([ENROLLMENT_ASSISTANCE_INDICATORS, OVERSIGHT_INDICATORS]);

/** The catalogue in column order. */
export const COMPLIANCE_INDICATOR_LIST: readonly ComplianceIndicatorDefinition[] = COMPLIANCE_INDICATOR_IDS.map((id) => COMPLIANCE_INDICATORS[id]);
