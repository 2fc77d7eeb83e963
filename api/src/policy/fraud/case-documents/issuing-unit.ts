import type { EntityManager } from 'typeorm';
import { issuingUnitAbbreviation } from '@yibao/shared';
import type { RegionsService } from '../../../platform/regions/regions.service';
import type { IssuingUnit } from './case-documents';

/**
 * The handling unit as the case number and the documents name it, from one lookup of its region's name:
 * 柳州市 → 柳州市医疗保障局, 机关代字 柳医保 (shared `issuingUnitAbbreviation`). The filing (案件编号) and the
 * documents (文号, heading, seal line) both take it from here, so they never disagree.
 */
export async function issuingUnitOf(regions: RegionsService, regionCode: string, em?: EntityManager): Promise<Required<IssuingUnit>> {
  const regionName = await regions.name(regionCode, em);
  return {
    regionCode,
    regionName,
    unitName: `${regionName ?? regionCode}医疗保障局`,
    abbreviation: issuingUnitAbbreviation(regionCode, regionName),
  };
}
