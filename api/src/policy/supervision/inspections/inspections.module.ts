import { Module } from '@nestjs/common';
import { RectificationModule } from '../../rectification';
import { InspectionFindingAttachmentsController, InspectionFindingsController } from '../inspection-findings/inspection-findings.controller';
import { InspectionFindingsService } from '../inspection-findings/inspection-findings.service';
import { SupervisionModule } from '../supervision.module';
import { InspectionAttachmentsController, InspectionsController } from './inspections.controller';
import { InspectionsService } from './inspections.service';

/**
 * 督导检查 and its findings: a module of its own within the supervision area because a finding opens rectification
 * items (RectificationModule) and the rectification area already imports SupervisionModule — one more import there
 * would be a cycle. Its entities are the area's (SUPERVISION_ENTITIES); areas.ts mounts it beside the area's module.
 */
@Module({
  imports: [SupervisionModule, RectificationModule],
  controllers: [InspectionsController, InspectionAttachmentsController, InspectionFindingsController, InspectionFindingAttachmentsController],
  providers: [InspectionsService, InspectionFindingsService],
  // the screening area's 双随机 draw plans its flight checks through the service
  exports: [InspectionsService],
})
export class InspectionsModule {}
