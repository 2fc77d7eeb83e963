import { parameterSetController } from '../../../platform/parameter-sets/parameter-sets.controller';
import { ScreeningParametersService } from './screening-parameters.service';

/** `/api/screening-parameters`: the yearly parameter set's routes (list, show, create, edit, diff, changes, actions). */
export class ScreeningParametersController extends parameterSetController({
  resource: 'screening-parameters',
  tag: 'screening-parameters 智能监控规则参数',
  documentKey: 'parameters',
  documentType: 'ScreeningParameters（见 shared/src/screening/parameters.ts：{regionCode（统筹地区：市）, year, rules: {规则: {参数: {value, source}}}}）',
  service: ScreeningParametersService,
}) {}
