import { Injectable } from '@nestjs/common';
import {
  calculateSubsidy,
  decodeCategories,
  SUBSIDY_STANDARDS_WORKFLOW,
  SubsidyDecisionRecord,
  SubsidyStandards,
  validateSubsidyStandards,
} from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { parameterSetKind, parameterSetService } from '../../../platform/parameter-sets/parameter-sets';
import type { Beneficiary } from '../beneficiaries/beneficiary.entity';
import { SubsidyStandardSet } from './subsidy-standard-set.entity';

/** 资助参保标准 as a yearly parameter set of the pooling region (city drafts, province approves). */
const SUBSIDY_STANDARDS_KIND = parameterSetKind<SubsidyStandardSet, SubsidyStandards, 'standards'>({
  resource: 'subsidy-standards',
  entity: SubsidyStandardSet,
  definition: SUBSIDY_STANDARDS_WORKFLOW,
  documentKey: 'standards',
  label: '资助参保标准',
  validate: validateSubsidyStandards,
  regionField: 'poolingRegionCode',
});

@Injectable()
export class SubsidyStandardsService extends parameterSetService(SUBSIDY_STANDARDS_KIND) {
  /**
   * The subsidy a ledger entry earns in a year under its pooling region's approved standards (S3 §一, §四:
   * the highest once). 404 while the region has no approved standards for that year.
   */
  async decisionFor(actor: Actor, person: Beneficiary, year: number): Promise<SubsidyDecisionRecord> {
    const standards = await this.sets.inForce(actor, person.regionCode, year);
    return { year, standardsId: standards.id, ...calculateSubsidy(decodeCategories(person.identityCategories), standards.document) };
  }
}
