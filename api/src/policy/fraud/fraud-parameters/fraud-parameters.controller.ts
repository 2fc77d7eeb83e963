import { parameterSetController } from '../../../platform/parameter-sets/parameter-sets.controller';
import { FraudParametersService } from './fraud-parameters.service';

/** `/api/fraud-parameters`: the yearly parameter set's routes (list, show, create, edit, diff, changes, actions). */
export class FraudParametersController extends parameterSetController({
  resource: 'fraud-parameters',
  tag: 'fraud-parameters 欺诈骗保参数',
  documentKey: 'parameters',
  documentType:
    'FraudParameters（见 shared/src/fraud/parameters.ts：{regionCode（省）, year, timeLimits: {键: {value, source}}, thresholds: {键: {value, source}}, discretion: {条款: {lenient, ordinary, severe（十分之一倍）, source}}}）',
  service: FraudParametersService,
}) {}
