import { parameterSetController } from '../../../platform/parameter-sets/parameter-sets.controller';
import { ComplianceTargetsService } from './compliance-targets.service';

/** `/api/compliance-targets`: the yearly parameter set's routes (list, show, create, edit, diff, changes, actions). */
export class ComplianceTargetsController extends parameterSetController({
  resource: 'compliance-targets',
  tag: 'compliance-targets 合规指标目标',
  documentKey: 'targets',
  documentType:
    'ComplianceTargets（见 shared/src/compliance/targets.ts：{regionCode（省或市）, year, indicators: {指标: {threshold（比例 0–1 或件数）, amberBand, source}}}，仅含可参数化的指标）',
  service: ComplianceTargetsService,
}) {}
