import { Module } from '@nestjs/common';
import { SupervisionModule } from '../supervision';
import { OverProtectionScreeningsController } from './over-protection-screenings/over-protection-screenings.controller';
import { OverProtectionScreeningsService } from './over-protection-screenings/over-protection-screenings.service';
import { RectificationCampaignsController } from './rectification-campaigns/rectification-campaigns.controller';
import { RectificationCampaignsService } from './rectification-campaigns/rectification-campaigns.service';
import { RectificationItemAttachmentsController, RectificationItemsController } from './rectification-items/rectification-items.controller';
import { RectificationItemsService } from './rectification-items/rectification-items.service';

/**
 * 过度保障治理 (S4 §五): campaigns and the units' rectification items; the screening of flagged settlements (a
 * background job) opens items through RectificationItemsService. Reads the supervision area's approved
 * responsibility tables for the responsible persons.
 */
@Module({
  imports: [SupervisionModule],
  controllers: [RectificationCampaignsController, RectificationItemsController, RectificationItemAttachmentsController, OverProtectionScreeningsController],
  providers: [RectificationCampaignsService, RectificationItemsService, OverProtectionScreeningsService],
  exports: [RectificationItemsService],
})
export class RectificationModule {}
