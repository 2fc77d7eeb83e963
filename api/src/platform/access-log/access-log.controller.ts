import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../common/actor';
import { ListOf } from '../../common/list';
import { Authorize, CurrentActor } from '../auth/decorators';
import { ACCESS_LOG_LIST, AccessLogService } from './access-log.service';

@ApiTags('access-logs 访问日志')
@Controller('access-logs')
export class AccessLogController {
  constructor(private readonly accessLog: AccessLogService) {}

  @Get()
  @Authorize('access-logs', 'list')
  @ListOf(ACCESS_LOG_LIST, '访问日志列表 (refusals and personal-data reads)')
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.accessLog.list(actor, query);
  }
}
