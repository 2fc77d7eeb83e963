import type { ComplianceIndicatorDefinition } from './indicator';
import type { CompliancePeriod } from './period';

/**
 * A cell's drill-down filter: the indicator's `drillDown.filter` with `{regionCode}`, `{from}`, `{to}`, `{year}` and
 * `{period}` filled from the cell — what the explanation's link, the admin's list and the drill-down export all pass
 * to the target list, so they show the same records.
 */
export function complianceDrillDownFilter(
  def: Pick<ComplianceIndicatorDefinition, 'drillDown'>,
  regionCode: string,
  period: CompliancePeriod,
): Record<string, string> {
  const values: Record<string, string> = { regionCode, from: period.from, to: period.to, year: String(period.year), period: period.period };
  return Object.fromEntries(
    Object.entries(def.drillDown.filter).map(([field, template]) => [
      field,
      template.replace(/\{(regionCode|from|to|year|period)\}/g, (_, key: string) => values[key]),
    ]),
  );
}
