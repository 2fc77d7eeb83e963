import { Module } from '@nestjs/common';
import { NotificationsController, NotificationSweepsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** 站内消息: fed by the workflow engine's transition hook and the daily deadline sweep (a job). */
@Module({
  controllers: [NotificationsController, NotificationSweepsController],
  providers: [NotificationsService],
  exports: [NotificationsService],
})
export class NotificationsModule {}
