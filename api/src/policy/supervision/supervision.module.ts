import { Module } from '@nestjs/common';
import { AccountabilityRecordsController } from './accountability-records/accountability-records.controller';
import { AccountabilityRecordsService } from './accountability-records/accountability-records.service';
import { ReportingDueRulesController } from './reporting-due-rules/reporting-due-rules.controller';
import { ReportingDueRulesService } from './reporting-due-rules/reporting-due-rules.service';
import { ReportingRatesController } from './reporting-rates/reporting-rates.controller';
import { ReportingRatesService } from './reporting-rates/reporting-rates.service';
import { ReportingTaskAttachmentsController, ReportingTasksController } from './reporting-tasks/reporting-tasks.controller';
import { ReportingTasksService } from './reporting-tasks/reporting-tasks.service';
import { ResponsibilityTableAttachmentsController, ResponsibilityTablesController } from './responsibility-tables/responsibility-tables.controller';
import { ResponsibilityTablesService } from './responsibility-tables/responsibility-tables.service';

/** 督导问责: responsibility tables, reporting tasks and rates, accountability records; inspections later. */
@Module({
  controllers: [
    ResponsibilityTablesController,
    ResponsibilityTableAttachmentsController,
    ReportingTasksController,
    ReportingTaskAttachmentsController,
    ReportingDueRulesController,
    ReportingRatesController,
    AccountabilityRecordsController,
  ],
  providers: [ResponsibilityTablesService, ReportingTasksService, ReportingDueRulesService, ReportingRatesService, AccountabilityRecordsService],
  // the rectification area names an item's responsible person from the unit's approved table; an inspection
  // finding proposes accountability through the register's own service
  exports: [ResponsibilityTablesService, AccountabilityRecordsService, ReportingTasksService],
})
export class SupervisionModule {}
