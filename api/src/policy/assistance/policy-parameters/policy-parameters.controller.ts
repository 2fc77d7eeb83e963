import { parameterSetController } from '../../../platform/parameter-sets/parameter-sets.controller';
import { PolicyParametersService } from './policy-parameters.service';

export class PolicyParametersController extends parameterSetController({
  resource: 'policy-parameters',
  tag: 'policy-parameters 政策参数',
  documentKey: 'parameters',
  documentType: 'PolicyParameters（见 shared/src/settlement/types.ts）',
  service: PolicyParametersService,
}) {}
