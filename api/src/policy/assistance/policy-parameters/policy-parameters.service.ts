import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { POLICY_PARAMETERS_WORKFLOW, PolicyParameters, validatePolicyParameters } from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { ParameterSetKind, ParameterSets } from '../../../platform/parameter-sets/parameter-sets';
import { WorkflowService } from '../../../platform/workflow/workflow.service';
import { PolicyParameterSet } from './policy-parameter-set.entity';

/** 政策参数 as a yearly parameter set: city drafts, province approves, the approved copy pays. */
const POLICY_PARAMETERS_KIND: ParameterSetKind<PolicyParameterSet, PolicyParameters, 'parameters'> = {
  resource: 'policy-parameters',
  entity: PolicyParameterSet,
  definition: POLICY_PARAMETERS_WORKFLOW,
  documentKey: 'parameters',
  label: '政策参数',
  validate: validatePolicyParameters,
  regionField: 'regionCode',
  regionCodeOf: (doc) => doc.regionCode,
  yearOf: (doc) => doc.year,
  renew: (previous, year) => ({ ...previous, year, effectiveFrom: `${year}-01-01`, effectiveTo: `${year}-12-31` }),
  columns: (doc) => ({ effectiveFrom: doc.effectiveFrom, effectiveTo: doc.effectiveTo }),
  comparable: (doc) => ({ ...doc, year: undefined, effectiveFrom: undefined, effectiveTo: undefined }),
};

@Injectable()
export class PolicyParametersService {
  readonly sets: ParameterSets<PolicyParameterSet, PolicyParameters, 'parameters'>;

  constructor(@InjectDataSource() ds: DataSource, audit: AuditLogService, workflow: WorkflowService) {
    this.sets = new ParameterSets(ds, audit, workflow, POLICY_PARAMETERS_KIND);
  }

  /** The approved parameters in force for a region (a county resolves to its city) and year. */
  async parametersFor(actor: Actor, regionCode: string, year: number): Promise<PolicyParameters> {
    return (await this.sets.inForce(actor, regionCode, year)).document;
  }
}
