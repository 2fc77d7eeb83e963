import { parameterSetController } from '../../../platform/parameter-sets/parameter-sets.controller';
import { SubsidyStandardsService } from './subsidy-standards.service';

/** `/api/subsidy-standards`: the yearly parameter set's routes (list, show, create, edit, diff, changes, actions). */
export class SubsidyStandardsController extends parameterSetController({
  resource: 'subsidy-standards',
  tag: 'subsidy-standards 资助参保标准',
  documentKey: 'standards',
  documentType: 'SubsidyStandards（见 shared/src/enrollment.ts；金额单位：分）',
  service: SubsidyStandardsService,
}) {}
