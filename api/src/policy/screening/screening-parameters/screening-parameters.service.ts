import { Injectable } from '@nestjs/common';
import { defaultScreeningParameters, SCREENING_PARAMETERS_WORKFLOW, validateScreeningParameters, type ScreeningParameters } from '@yibao/shared';
import { parameterSetKind, parameterSetService } from '../../../platform/parameter-sets/parameter-sets';
import { ScreeningParameterSet } from './screening-parameter-set.entity';

/**
 * 规则参数 as a yearly parameter set of a pooling region: the city officer drafts (the kind's default owner), the province
 * approves (SCREENING_PARAMETERS_WORKFLOW); a region's first set starts from the catalogue's defaults.
 */
export const SCREENING_PARAMETERS_KIND = parameterSetKind<ScreeningParameterSet, ScreeningParameters, 'parameters'>({
  resource: 'screening-parameters',
  entity: ScreeningParameterSet,
  definition: SCREENING_PARAMETERS_WORKFLOW,
  documentKey: 'parameters',
  label: '智能监控规则参数',
  validate: validateScreeningParameters,
  regionField: 'regionCode',
  seed: defaultScreeningParameters,
});

@Injectable()
export class ScreeningParametersService extends parameterSetService(SCREENING_PARAMETERS_KIND) {}
