import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  calculateSubsidy,
  decodeCategories,
  SUBSIDY_STANDARDS_WORKFLOW,
  SubsidyDecisionRecord,
  SubsidyStandards,
  validateSubsidyStandards,
} from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { ParameterSetKind, ParameterSets } from '../../../platform/parameter-sets/parameter-sets';
import { WorkflowService } from '../../../platform/workflow/workflow.service';
import type { Beneficiary } from '../beneficiaries/beneficiary.entity';
import { SubsidyStandardSet } from './subsidy-standard-set.entity';

/** 资助参保标准 as a yearly parameter set of the pooling region (city drafts, province approves). */
const SUBSIDY_STANDARDS_KIND: ParameterSetKind<SubsidyStandardSet, SubsidyStandards, 'standards'> = {
  resource: 'subsidy-standards',
  entity: SubsidyStandardSet,
  definition: SUBSIDY_STANDARDS_WORKFLOW,
  documentKey: 'standards',
  label: '资助参保标准',
  validate: validateSubsidyStandards,
  regionField: 'poolingRegionCode',
  regionCodeOf: (doc) => doc.poolingRegionCode,
  yearOf: (doc) => doc.year,
  renew: (previous, year) => ({ ...previous, year }),
  comparable: (doc) => ({ ...doc, year: undefined }),
};

@Injectable()
export class SubsidyStandardsService {
  readonly sets: ParameterSets<SubsidyStandardSet, SubsidyStandards, 'standards'>;

  constructor(@InjectDataSource() ds: DataSource, audit: AuditLogService, workflow: WorkflowService) {
    this.sets = new ParameterSets(ds, audit, workflow, SUBSIDY_STANDARDS_KIND);
  }

  /**
   * The subsidy a ledger entry earns in a year under its pooling region's approved standards (S3 §一, §四:
   * the highest once). 404 while the region has no approved standards for that year.
   */
  async decisionFor(actor: Actor, person: Beneficiary, year: number): Promise<SubsidyDecisionRecord> {
    const standards = await this.sets.inForce(actor, person.regionCode, year);
    return { year, standardsId: standards.id, ...calculateSubsidy(decodeCategories(person.identityCategories), standards.document) };
  }
}
