import { COMPLIANCE_INDICATOR_CODES, isRegionCode, parseCompliancePeriod, type ComplianceIndicatorId, type CompliancePeriod } from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { fieldError } from '../../../common/errors';
import { isInScope, notFound } from '../../../common/region-scope';
import type { RegionsService } from '../../../platform/regions/regions.service';

/** A scorecard cell a follow-up is about, as checked: a region the caller reads, a period, an indicator. */
export interface CheckedCell {
  regionCode: string;
  regionName: string;
  period: CompliancePeriod;
  indicatorId: ComplianceIndicatorId;
}

/** The cell's key in messages, sources and `sourceRef`: `450202:2026-10:OVP-2`. */
export const cellRef = (c: { regionCode: string; period: string | CompliancePeriod; indicatorId: string }) =>
  `${c.regionCode}:${typeof c.period === 'string' ? c.period : c.period.period}:${c.indicatorId}`;

/**
 * The cell of a comment or action: the period and indicator well formed (400 naming them), the region one the caller
 * reads — outside its scope, or no such region, the cell is not found (404), like any record out of scope.
 */
export async function checkedCell(
  actor: Pick<Actor, 'regionCode'>,
  regions: RegionsService,
  cell: { regionCode: string; period: string; indicatorId: string },
): Promise<CheckedCell> {
  const period = parseCompliancePeriod(cell.period);
  if (!period) throw fieldError('period', 'period: 须为 2000–2100 年间的 2026-10、2026-Q3 或 2026 形式的期间 (a month, quarter or year)');
  if (!COMPLIANCE_INDICATOR_CODES.is(cell.indicatorId)) throw fieldError('indicatorId', 'indicatorId: 不是合规指标 (not an indicator id)');
  const name = isRegionCode(cell.regionCode) && isInScope(actor, cell.regionCode) ? await regions.name(cell.regionCode) : null;
  if (name === null) throw notFound('compliance-cells', cellRef(cell));
  return { regionCode: cell.regionCode, regionName: name, period, indicatorId: cell.indicatorId };
}
