import { Injectable } from '@nestjs/common';
import { REPORTING_DUE_RULES_WORKFLOW, ReportingDueRules, validateReportingDueRules } from '@yibao/shared';
import { parameterSetKind, parameterSetService } from '../../../platform/parameter-sets/parameter-sets';
import { redatePendingReportingTasks } from '../reporting-tasks/reporting-task-receipts';
import { ReportingDueRuleSet } from './reporting-due-rule-set.entity';

/**
 * 报送时限 as a yearly parameter set of a province or a city: drafted by the unit itself, approved by the province.
 * The approved copy dates the tasks generated afterwards, and its approval re-dates the pending ones.
 */
const REPORTING_DUE_RULES_KIND = parameterSetKind<ReportingDueRuleSet, ReportingDueRules, 'dueRules'>({
  resource: 'reporting-due-rules',
  entity: ReportingDueRuleSet,
  definition: REPORTING_DUE_RULES_WORKFLOW,
  documentKey: 'dueRules',
  label: '报送时限',
  validate: validateReportingDueRules,
  regionField: 'regionCode',
  owner: {
    roles: ['province_supervisor', 'city_officer'],
    message: '报送时限由省级督导或市级医保局为本级设置 (the province or a city sets its own)',
  },
  effect: async (em, set, action) => {
    if (action === 'approve') await redatePendingReportingTasks(em, set);
  },
});

@Injectable()
export class ReportingDueRulesService extends parameterSetService(REPORTING_DUE_RULES_KIND) {}
