import { Module } from '@nestjs/common';
import { AccountabilityRecordsController } from './accountability-records/accountability-records.controller';
import { AccountabilityRecordsService } from './accountability-records/accountability-records.service';
import { ResponsibilityTableAttachmentsController, ResponsibilityTablesController } from './responsibility-tables/responsibility-tables.controller';
import { ResponsibilityTablesService } from './responsibility-tables/responsibility-tables.service';

/** 督导问责: responsibility tables and accountability records; inspections later. */
@Module({
  controllers: [ResponsibilityTablesController, ResponsibilityTableAttachmentsController, AccountabilityRecordsController],
  providers: [ResponsibilityTablesService, AccountabilityRecordsService],
  // the rectification area names an item's responsible person from the unit's approved table
  exports: [ResponsibilityTablesService],
})
export class SupervisionModule {}
