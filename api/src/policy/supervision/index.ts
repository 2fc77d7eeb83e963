import { AccountabilityRecord } from './accountability-records/accountability-record.entity';
import { InspectionFinding } from './inspection-findings/inspection-finding.entity';
import { Inspection } from './inspections/inspection.entity';
import { ReportingDueRuleSet } from './reporting-due-rules/reporting-due-rule-set.entity';
import { ReportingTask } from './reporting-tasks/reporting-task.entity';
import { ResponsibilityTable } from './responsibility-tables/responsibility-table.entity';

/** 督导问责 as the API sees it: the module app.module mounts and the entities the data source maps (areas.ts). */
export { SupervisionModule } from './supervision.module';
/** What other areas read: the responsible persons of the approved responsibility tables (`approvedRows`). */
export { ResponsibilityTablesService } from './responsibility-tables/responsibility-tables.service';

/** What other areas call when their own record fulfils a reporting task (a published bulletin, a roster import). */
export { receiveReportingTask } from './reporting-tasks/reporting-task-receipts';

/** What the compliance view counts with: the reporting-rate counts and the task list's own conditions (SUP-1…3). */
export { ReportingTask };
export { reportingRateCounts } from './reporting-rates/reporting-rates.service';
export { ReportingTasksService, responsibilityTableApprovedInTimeSql } from './reporting-tasks/reporting-tasks.service';

export const SUPERVISION_ENTITIES = [ResponsibilityTable, ReportingTask, ReportingDueRuleSet, AccountabilityRecord, Inspection, InspectionFinding];
