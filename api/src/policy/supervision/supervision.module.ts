import { Module } from '@nestjs/common';
import { ResponsibilityTableAttachmentsController, ResponsibilityTablesController } from './responsibility-tables/responsibility-tables.controller';
import { ResponsibilityTablesService } from './responsibility-tables/responsibility-tables.service';

/** 督导问责: responsibility tables now; inspections and accountability records later. */
@Module({
  controllers: [ResponsibilityTablesController, ResponsibilityTableAttachmentsController],
  providers: [ResponsibilityTablesService],
  // the rectification area names an item's responsible person from the unit's approved table
  exports: [ResponsibilityTablesService],
})
export class SupervisionModule {}
