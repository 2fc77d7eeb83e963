import { parameterSetController } from '../../../platform/parameter-sets/parameter-sets.controller';
import { ReportingDueRulesService } from './reporting-due-rules.service';

/** `/api/reporting-due-rules`: the yearly parameter set's routes (list, show, create, edit, diff, changes, actions). */
export class ReportingDueRulesController extends parameterSetController({
  resource: 'reporting-due-rules',
  tag: 'reporting-due-rules 报送时限',
  documentKey: 'dueRules',
  documentType:
    'ReportingDueRules（见 shared/src/supervision/reporting-duties.ts：{regionCode, year, rules: {任务代码: {monthDay | daysAfterPeriodEnd, source}}}）',
  service: ReportingDueRulesService,
}) {}
