import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { NotificationRecord, NotificationsMarkedRead, NotificationUnreadCount } from '@yibao/shared';
import type { Actor } from '../../common/actor';
import { ListOf, type ListPage } from '../../common/list';
import { Authorize, CurrentActor } from '../auth/decorators';
import { jobRoutes } from '../jobs/job-routes';
import { JobsService } from '../jobs/jobs.service';
import { NoBodyDto } from './no-body.dto';
import { NOTIFICATION_LIST, NOTIFICATION_SWEEP, NotificationsService } from './notifications.service';

@ApiTags('notifications 站内消息')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Authorize('notifications', 'list')
  @ListOf(NOTIFICATION_LIST, '站内消息 (my own notifications, newest first; unread=true for the unread ones)')
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>): Promise<ListPage<NotificationRecord>> {
    return this.notifications.list(actor, query);
  }

  @Get('unread-count')
  @Authorize('notifications', 'list')
  @ApiOperation({ summary: '未读消息数 (how many of my notifications are unread): {unread}' })
  unreadCount(@CurrentActor() actor: Actor): Promise<NotificationUnreadCount> {
    return this.notifications.unreadCount(actor);
  }

  @Post('read-all')
  @Authorize('notifications', 'show')
  @HttpCode(200)
  @ApiOperation({ summary: '全部标为已读 (mark all my notifications read): {marked}' })
  readAll(@CurrentActor() actor: Actor, @Body() _body: NoBodyDto): Promise<NotificationsMarkedRead> {
    return this.notifications.markAllRead(actor);
  }

  @Post(':id/read')
  @Authorize('notifications', 'show')
  @HttpCode(200)
  @ApiOperation({ summary: '标为已读 (mark one of my notifications read); another user’s is 404' })
  read(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() _body: NoBodyDto): Promise<NotificationRecord> {
    return this.notifications.markRead(actor, id);
  }
}

@ApiTags('notification-sweeps 到期提醒')
@Controller('notification-sweeps')
export class NotificationSweepsController extends jobRoutes('notification-sweeps', NOTIFICATION_SWEEP, '到期提醒扫描') {
  constructor(jobs: JobsService) {
    super(jobs);
  }

  @Post()
  @Authorize('notification-sweeps', 'create')
  @HttpCode(202)
  @ApiOperation({
    summary:
      '到期提醒扫描 (the daily deadline sweep, now; idempotent): a notification per user, record and due date for what is due within NOTIFICATION_DUE_SOON_DAYS or overdue; 202 with the job, poll GET /api/notification-sweeps/:id',
  })
  start(@CurrentActor() actor: Actor, @Body() _body: NoBodyDto) {
    return this.jobs.start(actor, NOTIFICATION_SWEEP, {});
  }
}
