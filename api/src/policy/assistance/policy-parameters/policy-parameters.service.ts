import { Injectable } from '@nestjs/common';
import { POLICY_PARAMETERS_WORKFLOW, PolicyParameters, validatePolicyParameters } from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { parameterSetKind, parameterSetService } from '../../../platform/parameter-sets/parameter-sets';
import { PolicyParameterSet } from './policy-parameter-set.entity';

/** 政策参数 as a yearly parameter set: city drafts, province approves, the approved copy pays. */
const POLICY_PARAMETERS_KIND = parameterSetKind<PolicyParameterSet, PolicyParameters, 'parameters'>({
  resource: 'policy-parameters',
  entity: PolicyParameterSet,
  definition: POLICY_PARAMETERS_WORKFLOW,
  documentKey: 'parameters',
  label: '政策参数',
  validate: validatePolicyParameters,
  regionField: 'regionCode',
  yearBound: (year) => ({ effectiveFrom: `${year}-01-01`, effectiveTo: `${year}-12-31` }),
  columns: (doc) => ({ effectiveFrom: doc.effectiveFrom, effectiveTo: doc.effectiveTo }),
});

@Injectable()
export class PolicyParametersService extends parameterSetService(POLICY_PARAMETERS_KIND) {
  /** The approved parameters in force for a region (a county resolves to its city) and year. */
  async parametersFor(actor: Actor, regionCode: string, year: number): Promise<PolicyParameters> {
    return (await this.sets.inForce(actor, regionCode, year)).document;
  }
}
