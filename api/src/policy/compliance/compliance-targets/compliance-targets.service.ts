import { Injectable } from '@nestjs/common';
import {
  applicableComplianceTargets,
  COMPLIANCE_TARGETS_WORKFLOW,
  defaultComplianceTargets,
  poolingRegionCodeOf,
  provinceCodeOf,
  validateComplianceTargets,
  type ApplicableComplianceTargets,
  type ComplianceTargets,
} from '@yibao/shared';
import { EntityManager, In, IsNull, Not } from 'typeorm';
import { parameterSetKind, parameterSetService } from '../../../platform/parameter-sets/parameter-sets';
import { ComplianceTargetSet } from './compliance-target-set.entity';

/**
 * 合规指标年度目标 as a yearly parameter set of a province, or of a pooling region whose line differs: drafted and
 * approved by the province supervisor (the province owns the compliance view); a region's first set starts from the
 * catalogue's lines with their sources.
 */
const COMPLIANCE_TARGETS_KIND = parameterSetKind<ComplianceTargetSet, ComplianceTargets, 'targets'>({
  resource: 'compliance-targets',
  entity: ComplianceTargetSet,
  definition: COMPLIANCE_TARGETS_WORKFLOW,
  documentKey: 'targets',
  label: '合规指标目标',
  validate: validateComplianceTargets,
  regionField: 'regionCode',
  seed: defaultComplianceTargets,
  owner: {
    roles: ['province_supervisor'],
    level: 'subtree',
    message: '合规指标目标由省级督导为本省或其下统筹地区设置 (the province supervisor sets its province’s and its cities’)',
  },
});

@Injectable()
export class ComplianceTargetsService extends parameterSetService(COMPLIANCE_TARGETS_KIND) {
  /**
   * The one reading of the lines (runs, the catalogue, explanations): the approved set of the region's pooling region
   * (its city) for the year, else its province's, else the catalogue's — the answer says which applied. Not scoped to a
   * caller: the region judged decides, and the lines are no secret.
   */
  async applicable(regionCode: string, year: number, em: EntityManager): Promise<ApplicableComplianceTargets> {
    const candidates = [poolingRegionCodeOf(regionCode), provinceCodeOf(regionCode)].filter((c): c is string => !!c);
    const rows = await em.find(ComplianceTargetSet, {
      select: { id: true, regionCode: true, approvedDocument: true },
      where: { regionCode: In(candidates), year, approvedDocument: Not(IsNull()) },
    });
    const row = candidates.map((c) => rows.find((r) => r.regionCode === c)).find((r) => r);
    return applicableComplianceTargets(year, row ? { id: row.id, document: JSON.parse(row.approvedDocument!) as ComplianceTargets } : null);
  }
}
